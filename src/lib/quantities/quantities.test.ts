import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { annotationFile, PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { corpusUnits } from '../links/units.ts';
import { resolveCharts } from './charts.ts';
import { extractQuantities, quantitiesIn } from './extract.ts';
import { barChartSvg } from './svg.ts';

const { corpus } = siteModel(PROJECT_CONTENT);
const quantities = extractQuantities(corpusUnits(corpus));

describe('extractQuantities', () => {
  it('finds every figure with a unit, and no dates', () => {
    expect(quantities.map((q) => `${q.item}#${q.sentence} ${q.text}`)).toEqual([
      '2022-gaojineng-rencai#m2-s2 30%以上',
      '2022-gaojineng-rencai#m2-s2 1/3',
      '2022-gaojineng-rencai#m2-s2 35%',
      '2022-gaojineng-rencai#m3-s7 30%',
      '2022-gaojineng-rencai#m18-s3 60%以上',
      '2024-chanye-gongren#p1-s3 2000名左右',
      '2024-chanye-gongren#p1-s3 10000名左右',
      '2024-chanye-gongren#p1-s3 50000名左右',
      '2024-chanye-gongren#m10-s4 60%以上',
      '2024-ndrc-q4-economy#s6 4.8%',
      '2024-ndrc-q4-economy#s19 1000亿元',
      '2024-ndrc-q4-economy#s19 1000亿元',
      '2024-ndrc-q4-economy#s20 1000亿元',
      '2024-ndrc-q4-economy#s21 121个',
      '2024-ndrc-q4-economy#s21 约8800亿元',
      '2024-ndrc-q4-economy#s21 526个',
      '2024-ndrc-q4-economy#s21 约9300亿元',
      '2024-transport-power-patents#s1 1800余项',
      '2024-transport-power-patents#s1 800余项',
      '2024-xiyu-railway-tunnel#s3 7388米',
      '2024-xiyu-railway-tunnel#s3 6个',
      '2024-xiyu-railway-tunnel#s5 120米',
      '2024-xiyu-railway-tunnel#s5 约280吨',
    ]);
  });

  it('reads value, unit, qualifiers, target date and label', () => {
    const craftsmen = quantities.filter((q) => q.sentence === 'p1-s3');
    expect(craftsmen.map((q) => [q.value, q.unit, q.qualifiers, q.target, q.label, q.url])).toEqual([
      [2000, '名', ['左右'], '2035年', '大国工匠', '/documents/2024-chanye-gongren/#p1-s3'],
      [10000, '名', ['左右'], '2035年', '省管工匠', '/documents/2024-chanye-gongren/#p1-s3'],
      [50000, '名', ['左右'], '2035年', '市管工匠', '/documents/2024-chanye-gongren/#p1-s3'],
    ]);
    const s21 = quantities.filter((q) => q.sentence === 's21' && q.item === '2024-ndrc-q4-economy');
    expect(s21.map((q) => [q.value, q.unit, q.qualifiers, q.label])).toEqual([
      [121, '个', [], '“两重”建设项目'],
      [8800, '亿元', ['约'], '带动总投资'],
      [526, '个', [], '中央预算内投资计划项目'],
      [9300, '亿元', ['约'], '带动总投资'],
    ]);
    expect(quantitiesIn('力争到“十四五”时期末达到1/3。')[0]).toMatchObject({ value: 1 / 3, unit: '', text: '1/3', target: '“十四五”时期末' });
  });

  it('keeps the printed text at the span it reports', () => {
    for (const q of quantities) {
      const unit = corpusUnits(corpus).find((u) => u.key === q.unitKey)!;
      expect(unit.sentences.find((s) => s.id === q.sentence)!.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('skips dates, times and ordinals', () => {
    expect(quantitiesIn('10月22日8时10分，9月份以来，到2035年，第5年。')).toEqual([]);
  });
});

describe('charts', () => {
  const page = siteModel(PROJECT_CONTENT).quantities;

  it('resolves the curated charts to figures of the text', () => {
    expect(page.charts.map((c) => [c.id, c.unit, c.bars.map((b) => `${b.label}=${b.value}`)])).toEqual([
      ['craftsmen-2035', '名', ['大国工匠=2000', '省管工匠=10000', '市管工匠=50000']],
      ['advance-lists-projects', '个', ['“两重”建设项目=121', '中央预算内投资计划项目=526']],
      ['advance-lists-investment', '亿元', ['“两重”建设项目清单=1000', '“两重”提前批次带动总投资=8800', '中央预算内投资计划=1000', '预算内提前批次带动总投资=9300']],
    ]);
  });

  it('reports a quote that is missing, repeated, or holds no single figure, at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quantities-'));
    writeFileSync(
      join(dir, 'quantities.yaml'),
      [
        '- id: bad',
        '  title: t',
        '  sentence: 2024-ndrc-q4-economy#s21',
        '  bars:',
        '    - { quote: 不在句中, label: a }',
        '    - { quote: 带动总投资约, label: b }',
        '    - { quote: 121个，带动总投资约8800亿元, label: c }',
        '    - { quote: 526个, label: d, sentence: 2024-ndrc-q4-economy#s99 }',
        '',
      ].join('\n'),
    );
    try {
      resolveCharts(annotationFile(dir, 'charts'), quantities, corpus);
      expect.unreachable();
    } catch (e) {
      expect((e as ContentErrors).errors.map((x) => x.message)).toEqual([
        'quantities.yaml:5: "不在句中" occurs nowhere in 2024-ndrc-q4-economy#s21',
        'quantities.yaml:6: "带动总投资约" occurs more than once in 2024-ndrc-q4-economy#s21',
        'quantities.yaml:7: "121个，带动总投资约8800亿元" holds 2 figures; quote words around exactly one',
        'quantities.yaml:8: "2024-ndrc-q4-economy#s99" is not a sentence of the corpus',
      ]);
    }
  });
});

describe('barChartSvg', () => {
  const svg = barChartSvg({
    id: 'c1',
    title: 'A & B <chart>',
    bars: [
      { label: '甲', value: 1, valueText: '1名' },
      { label: '乙"丙', value: 4, valueText: '4名' },
    ],
  });
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg;

  it('is well-formed XML with escaped text', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title id="c1-title">A &amp; B &lt;chart&gt;</title>');
    expect(svg).toContain('乙&quot;丙');
  });

  it('is an image labelled by its title and described by its data', () => {
    expect(tree.role).toBe('img');
    expect(tree['aria-labelledby']).toBe('c1-title c1-desc');
    expect(tree.desc['#text']).toBe('甲：1名；乙"丙：4名');
    expect(svg).not.toMatch(/<script/);
  });

  it('draws bars in proportion to their values', () => {
    const widths = tree.g.map((g: { rect: { width: string } }) => Number(g.rect.width));
    expect(widths[1] / widths[0]).toBeCloseTo(4, 1);
  });

  it('widens the drawing for long labels instead of cutting them', () => {
    const long = barChartSvg({ id: 'c2', title: 't', bars: [{ label: '很'.repeat(40), value: 1, valueText: '1' }] });
    const width = Number(/ width="(\d+)"/.exec(long)![1]);
    expect(width).toBeGreaterThan(40 * 14 + 200);
  });

  it('refuses negative or missing values', () => {
    expect(() => barChartSvg({ id: 'c3', title: 't', bars: [{ label: 'a', value: -1, valueText: '-1' }] })).toThrow(/not negative/);
    expect(() => barChartSvg({ id: 'c3', title: 't', bars: [] })).toThrow(/no bars/);
  });
});

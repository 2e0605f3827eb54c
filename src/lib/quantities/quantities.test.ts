import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { annotationFile, FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { corpusUnits } from '../links/units.ts';
import { resolveCharts } from './charts.ts';
import { extractQuantities, quantitiesIn } from './extract.ts';
import { barChartSvg } from './svg.ts';

const { corpus } = siteModel(FIXTURE_CORPUS);
const quantities = extractQuantities(corpusUnits(corpus));

describe('extractQuantities', () => {
  it('finds every figure with a unit, and no dates', () => {
    // Not 2030年 (p1-s2), 5月12日 (the photo), 13日 (the interview, the report).
    expect(quantities.map((q) => `${q.item}#${q.sentence} ${q.text}`)).toEqual([
      '2023-gongjiang-peiyang#m2-s2 30%以上',
      '2023-gongjiang-peiyang#m2-s2 1/3',
      '2024-jineng-tisheng#p1-s2 1000名左右',
      '2024-jineng-tisheng#p1-s2 5000名左右',
      '2024-jineng-tisheng#p1-s2 20000名左右',
      '2024-jineng-tisheng#m3-s2 60%以上',
      '2024-robot-skills-contest#s2 120名',
      '2024-ndrc-equipment-renewal#s5 5.3%',
      '2024-ndrc-equipment-renewal#s7 1000亿元',
      '2024-ndrc-equipment-renewal#s7 1000亿元',
      '2024-ndrc-equipment-renewal#s9 150个',
      '2024-ndrc-equipment-renewal#s9 约3200亿元',
      '2024-ndrc-equipment-renewal#s9 60个',
      '2024-ndrc-equipment-renewal#s9 约900亿元',
      '2024-transport-pilot-patents#s1 900余项',
      '2024-transport-pilot-patents#s1 300余项',
    ]);
  });

  it('reads value, unit, qualifiers, target date and label', () => {
    const masters = quantities.filter((q) => q.sentence === 'p1-s2');
    expect(masters.map((q) => [q.value, q.unit, q.qualifiers, q.target, q.label, q.url])).toEqual([
      [1000, '名', ['左右'], '2030年', '大国工匠', '/documents/2024-jineng-tisheng/#p1-s2'],
      [5000, '名', ['左右'], '2030年', '省级技能大师', '/documents/2024-jineng-tisheng/#p1-s2'],
      [20000, '名', ['左右'], '2030年', '市级技能大师', '/documents/2024-jineng-tisheng/#p1-s2'],
    ]);
    const s9 = quantities.filter((q) => q.sentence === 's9' && q.item === '2024-ndrc-equipment-renewal');
    expect(s9.map((q) => [q.value, q.unit, q.qualifiers, q.label])).toEqual([
      [150, '个', [], '设备更新项目'],
      [3200, '亿元', ['约'], '带动总投资'],
      [60, '个', [], '回收循环利用项目'],
      [900, '亿元', ['约'], '带动总投资'],
    ]);
    // 确保60%以上用于一线职工教育和培训: the words after say more than the verb before.
    expect(quantities.find((q) => q.sentence === 'm3-s2')).toMatchObject({
      value: 60,
      unit: '%',
      qualifiers: ['以上'],
      label: '用于一线职工教育和培训',
    });
    expect(quantities.find((q) => q.text === '900余项')).toMatchObject({ value: 900, unit: '项', qualifiers: ['余'] });
    expect(quantitiesIn('力争到“十四五”时期末达到1/3。')[0]).toMatchObject({
      value: 1 / 3,
      unit: '',
      text: '1/3',
      target: '“十四五”时期末',
    });
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
  const page = siteModel(FIXTURE_CORPUS).quantities;

  it('resolves the curated charts to figures of the text', () => {
    expect(page.charts.map((c) => [c.id, c.unit, c.bars.map((b) => `${b.label}=${b.value}`)])).toEqual([
      ['masters-2030', '名', ['大国工匠=1000', '省级技能大师=5000', '市级技能大师=20000']],
      ['renewal-projects', '个', ['设备更新项目=150', '回收循环利用项目=60']],
      [
        'renewal-investment',
        '亿元',
        ['超长期特别国债资金=1000', '设备更新项目带动总投资=3200', '中央预算内投资=1000', '回收循环利用项目带动总投资=900'],
      ],
    ]);
  });

  it('reports a quote that is missing, repeated, or holds no single figure, at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quantities-'));
    writeFileSync(
      join(dir, 'quantities.yaml'),
      [
        '- id: bad',
        '  title: t',
        '  sentence: 2024-ndrc-equipment-renewal#s9',
        '  bars:',
        '    - { quote: 不在句中, label: a }',
        '    - { quote: 带动总投资约, label: b }',
        '    - { quote: 150个，带动总投资约3200亿元, label: c }',
        '    - { quote: 60个, label: d, sentence: 2024-ndrc-equipment-renewal#s99 }',
        '',
      ].join('\n'),
    );
    try {
      resolveCharts(annotationFile(dir, 'charts'), quantities, corpus);
      expect.unreachable();
    } catch (e) {
      expect((e as ContentErrors).errors.map((x) => x.message)).toEqual([
        'quantities.yaml:5: "不在句中" occurs nowhere in 2024-ndrc-equipment-renewal#s9',
        'quantities.yaml:6: "带动总投资约" occurs more than once in 2024-ndrc-equipment-renewal#s9',
        'quantities.yaml:7: "150个，带动总投资约3200亿元" holds 2 figures; quote words around exactly one',
        'quantities.yaml:8: "2024-ndrc-equipment-renewal#s99" is not a sentence of the corpus',
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

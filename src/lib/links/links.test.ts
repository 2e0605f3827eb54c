import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationFile, PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { buildLinkGraph, phraseFeatureSet, unitFeatureMap } from './graph.ts';
import { relatedUnits } from './related.ts';
import { clauses, findRepeatedPassages, repeatedLinksByUnit } from './repeated.ts';
import { corpusUnits, makeResolver } from './units.ts';

const { corpus, glossary } = siteModel(PROJECT_CONTENT);
const units = corpusUnits(corpus);
const curated = annotationFile(PROJECT_CONTENT, 'links', process.cwd());

function curatedFixture(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  writeFileSync(join(dir, 'links.yaml'), yaml);
  return annotationFile(dir, 'links');
}

describe('units and references', () => {
  it('lists preamble, parts with their own text, measures and news items', () => {
    const keys = units.map((u) => u.key);
    expect(keys.filter((k) => k.startsWith('2024-chanye-gongren'))).toHaveLength(1 + 1 + 27);
    expect(keys.filter((k) => k.startsWith('2022-gaojineng-rencai'))).toHaveLength(1 + 19);
    expect(keys.slice(-4)).toEqual(['2024-tianping-3-launch', '2024-ndrc-q4-economy', '2024-transport-power-patents', '2024-xiyu-railway-tunnel']);
  });

  it('resolves items, units, sentences and subheadings, and nothing else', () => {
    const resolve = makeResolver(corpus);
    expect(resolve('2024-chanye-gongren')?.kind).toBe('item');
    expect(resolve('2024-chanye-gongren#m14')?.kind).toBe('unit');
    expect(resolve('2024-chanye-gongren#p1')?.kind).toBe('unit');
    expect(resolve('2024-chanye-gongren#m14-s3')?.kind).toBe('sentence');
    expect(resolve('2024-ndrc-q4-economy#s21')?.kind).toBe('sentence');
    expect(resolve('2024-ndrc-q4-economy#h4')?.kind).toBe('subheading');
    for (const bad of ['2024-chanye-gongren#m28', '2024-chanye-gongren#p2', 'nope', '2024-chanye-gongren#m1#m2']) expect(resolve(bad)).toBeNull();
  });
});

describe('repeated passages', () => {
  const passages = findRepeatedPassages(units);
  const summary = passages.map((p) => `${p.kind} ${p.text} @ ${p.copies.map((c) => `${c.unit.key}/${c.sentence}`).join(' ')}`);

  it('splits clauses at punctuation other than 、', () => {
    expect(clauses('加强职业病防治，依法纠正劳动领域违法违规行为。').map((c) => c.text)).toEqual(['加强职业病防治', '依法纠正劳动领域违法违规行为']);
  });

  it('finds the sentences and long clauses the texts repeat word for word', () => {
    expect(summary).toEqual([
      'sentence 加强对高危行业建设项目、劳动安全保护。 @ 2024-chanye-gongren#m9/m9-s4 2024-chanye-gongren#m16/m16-s3',
      'sentence 加强职业病防治，依法纠正劳动领域违法违规行为。 @ 2024-chanye-gongren#m9/m9-s5 2024-chanye-gongren#m16/m16-s4',
      'clause 大力弘扬劳模精神、劳动精神、工匠精神 @ 2022-gaojineng-rencai#m1/m1-s2 2024-chanye-gongren#m3/m3-s1',
      'clause 支持制造业企业围绕转型升级和产业基础再造工程项目 @ 2022-gaojineng-rencai#m5/m5-s3 2024-chanye-gongren#m21/m21-s2',
      'clause 建立职业资格、职业技能等级与相应职称、学历的双向比照认定制度 @ 2022-gaojineng-rencai#m11/m11-s6 2024-chanye-gongren#m13/m13-s4',
      'clause 推进学历教育学习成果、非学历教育学习成果、职业技能等级学分转换互认 @ 2022-gaojineng-rencai#m11/m11-s6 2024-chanye-gongren#m13/m13-s3',
      'clause 发挥职工代表大会对企业安全生产工作的监督作用 @ 2024-chanye-gongren#m9/m9-s3 2024-chanye-gongren#m16/m16-s2',
      'clause 依法纠正劳动领域违法违规行为 @ 2024-chanye-gongren#m9/m9-s5 2024-chanye-gongren#m15/m15-s6 2024-chanye-gongren#m16/m16-s4',
    ]);
  });

  it('gives each copy the span of the passage in its sentence', () => {
    const clause = passages.find((p) => p.text === '依法纠正劳动领域违法违规行为')!;
    for (const c of clause.copies) {
      const text = c.unit.sentences.find((s) => s.id === c.sentence)!.text;
      expect(text.slice(c.start, c.end)).toBe(clause.text);
    }
  });

  it('links every copy both ways, without repeating a clause the sentence link covers', () => {
    const links = repeatedLinksByUnit(passages);
    expect(links.get('2024-chanye-gongren#m15')!.map((l) => [l.there.url, l.note])).toEqual([
      ['/documents/2024-chanye-gongren/m9/#m9-s5', '“依法纠正劳动领域违法违规行为”也逐字见于本文（九）加大复合型技术技能人才培训力度'],
      ['/documents/2024-chanye-gongren/m16/#m16-s4', '“依法纠正劳动领域违法违规行为”也逐字见于本文（十六）有效维护产业工人安全健康权益'],
    ]);
    const m9 = links.get('2024-chanye-gongren#m9')!.map((l) => `${l.passage.kind}→${l.there.sentence}`);
    expect(m9).toEqual(['sentence→m16-s3', 'sentence→m16-s4', 'clause→m16-s2', 'clause→m15-s6']);
    expect(links.get('2024-chanye-gongren#m13')![0]!.note).toBe(
      '“建立职业资格、职业技能等级与相应职称、学历的双向比照认定制度”也逐字见于《高技能人才意见》（十一）拓宽技能人才职业发展通道',
    );
  });
});

describe('related units', () => {
  const [a, b, c, d] = [units[0]!, units[25]!, units[26]!, units.at(-1)!];
  const set = (entries: Array<[string, string[]]>) => ({ kind: 'actor' as const, byUnit: new Map(entries), label: (id: string) => id.toUpperCase() });

  it('links units of different items that share a rare feature, saying what they share', () => {
    const links = relatedUnits([a, b, c, d], [set([[a.key, ['x']], [d.key, ['x']]])], { minScore: 0.5 });
    expect(links.get(a.key)!.map((l) => [l.to.key, l.note])).toEqual([[d.key, '共同主体：X']]);
    expect(links.get(d.key)!.map((l) => l.to.key)).toEqual([a.key]);
  });

  it('counts a name shared as a term and as an actor once', () => {
    const term = { kind: 'term' as const, byUnit: new Map([[a.key, ['t']], [d.key, ['t']]]), label: () => '高技能人才' };
    const links = relatedUnits([a, b, c, d], [term, set([[a.key, ['x']], [d.key, ['x']]])], { minScore: 0 });
    expect(links.get(a.key)![0]!.note).toBe('共同术语：高技能人才；共同主体：X');
    const sameName = { ...set([[a.key, ['x']], [d.key, ['x']]]), label: () => '高技能人才' };
    expect(relatedUnits([a, b, c, d], [term, sameName], { minScore: 0 }).get(a.key)![0]!.note).toBe('共同术语：高技能人才');
  });

  it('does not link two units of the same item, nor on a feature every unit has', () => {
    expect(b.item).toBe(c.item);
    expect(relatedUnits([a, b, c, d], [set([[b.key, ['x']], [c.key, ['x']]])], { minScore: 0 }).size).toBe(0);
    const everywhere = set([a, b, c, d].map((u) => [u.key, ['x']]));
    expect(relatedUnits([a, b, c, d], [everywhere], { minScore: 0.01 }).size).toBe(0);
  });

  it('maps per-sentence tags of a news item onto the item, and measure tags onto the measure', () => {
    const map = unitFeatureMap(
      [
        { item: '2024-ndrc-q4-economy', id: 's15', features: ['soes'] },
        { item: '2024-ndrc-q4-economy', id: 's25', features: ['private-firms', 'soes'] },
        { item: '2024-chanye-gongren', id: 'm26', features: ['soes', 'private-firms'] },
      ],
      corpus,
    );
    expect([...map]).toEqual([
      ['2024-ndrc-q4-economy', ['soes', 'private-firms']],
      ['2024-chanye-gongren#m26', ['soes', 'private-firms']],
    ]);
    expect(() => unitFeatureMap([{ item: '2024-chanye-gongren', id: 'm99', features: [] }], corpus)).toThrow(/no unit/);
  });
});

describe('phraseFeatureSet', () => {
  it('gives each unit the entries whose phrases its sentences contain', () => {
    const set = phraseFeatureSet('topic', [{ id: 'contract', label: '劳动合同', phrases: ['书面劳动合同', '劳动合同制度'] }], units);
    expect([...set.byUnit.keys()]).toEqual(['2024-chanye-gongren#m6', '2024-chanye-gongren#m15']);
    expect(set.label('contract')).toBe('劳动合同');
  });
});

describe('the link graph over the corpus', () => {
  const graph = buildLinkGraph({ corpus, glossary, curated });

  it('links the two opinions through shared glossary terms', () => {
    expect(graph.related('2022-gaojineng-rencai#m11').map((v) => [v.kind, v.url, v.note])).toEqual([
      ['related', '/documents/2024-chanye-gongren/m12/', '共同术语：新八级工'],
    ]);
  });

  it('applies curated additions (both ways) and vetoes', () => {
    expect(graph.related('2024-chanye-gongren#m14').map((v) => [v.kind, v.url])).toEqual([['curated', '/documents/2022-gaojineng-rencai/m9/']]);
    expect(graph.related('2022-gaojineng-rencai#m9').map((v) => [v.kind, v.url])).toEqual([['curated', '/documents/2024-chanye-gongren/m14/']]);
    expect(graph.related('2022-gaojineng-rencai#m16').map((v) => v.url)).not.toContain('/documents/2024-chanye-gongren/m16/');
    const unvetoed = buildLinkGraph({ corpus, glossary });
    expect(unvetoed.related('2022-gaojineng-rencai#m16').map((v) => v.url)).toContain('/documents/2024-chanye-gongren/m16/');
    expect(graph.unusedVetoes).toEqual([]);
  });

  it('collects backlinks from related items, repeated passages and glossary terms', () => {
    const back = graph.backlinks('2024-chanye-gongren#m16').map((v) => `${v.kind} ${v.url}`);
    expect(back).toEqual([
      'repeated /documents/2024-chanye-gongren/m9/#m9-s4',
      'repeated /documents/2024-chanye-gongren/m9/#m9-s5',
      'repeated /documents/2024-chanye-gongren/m9/#m9-s3',
      'repeated /documents/2024-chanye-gongren/m15/#m15-s6',
      'glossary /terms/zhigong-daibiao-dahui/',
    ]);
    expect(graph.backlinks('2024-transport-power-patents').map((v) => `${v.kind} ${v.url}`)).toEqual([
      'curated /documents/2024-chanye-gongren/m19/',
      'glossary /terms/jiaotong-qiangguo/',
    ]);
    expect(graph.backlinks('no-such-unit')).toEqual([]);
  });

  it('reports curated-link problems at their line', () => {
    const bad = curatedFixture(
      [
        '- { from: 2024-chanye-gongren#m99, to: 2024-chanye-gongren#m1, action: add, note: n }',
        '- { from: 2024-chanye-gongren#m1-s1, to: 2024-chanye-gongren#m1, action: add, note: n }',
        '- { from: 2024-chanye-gongren#m14, to: 2024-chanye-gongren#m27, action: veto, note: n }',
        '- { from: 2024-chanye-gongren#m2, to: 2024-xiyu-railway-tunnel, action: add, note: n }',
        '- { from: 2024-xiyu-railway-tunnel, to: 2024-chanye-gongren#m2, action: add, note: n }',
        '',
      ].join('\n'),
    );
    try {
      buildLinkGraph({ corpus, glossary, curated: bad });
      expect.unreachable();
    } catch (e) {
      expect((e as ContentErrors).errors.map((x) => x.message)).toEqual([
        'links.yaml:1: from "2024-chanye-gongren#m99" is not an item, measure, part or sentence of the corpus',
        'links.yaml:2: from and to are the same unit (2024-chanye-gongren#m1)',
        'links.yaml:5: 2024-chanye-gongren#m2 ↔ 2024-xiyu-railway-tunnel is already curated by entry 4',
      ]);
    }
    const unused = buildLinkGraph({ corpus, glossary, curated: curatedFixture('- { from: 2024-chanye-gongren#m14, to: 2022-gaojineng-rencai#m1, action: veto, note: n }\n') });
    expect(unused.unusedVetoes).toEqual([{ line: 1, from: '2024-chanye-gongren#m14', to: '2022-gaojineng-rencai#m1' }]);
    expect(() => curatedFixture('- { from: a, to: b, action: maybe, note: n }\n')).toThrow(/links.yaml:1/);
  });
});

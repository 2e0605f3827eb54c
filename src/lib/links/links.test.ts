import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationFile, FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { buildLinkGraph, phraseFeatureSet, unitFeatureMap } from './graph.ts';
import { relatedUnits } from './related.ts';
import { repeatedMargins } from './repeated-margins.ts';
import { clauses, findRepeatedPassages } from './repeated.ts';
import { corpusUnits, makeResolver } from './units.ts';

// The synthetic corpus: an opinion that repeats two sentences of its (五) in its (二) and a
// clause in its (六), a second opinion sharing clauses and a term with it, and three news items.
const { corpus, glossary } = siteModel(FIXTURE_CORPUS);
const units = corpusUnits(corpus);
const curated = annotationFile(FIXTURE_CORPUS, 'links', process.cwd());

function curatedFixture(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  writeFileSync(join(dir, 'links.yaml'), yaml);
  return annotationFile(dir, 'links');
}

describe('units and references', () => {
  it('lists preamble, parts with their own text, measures and news items', () => {
    const keys = units.map((u) => u.key);
    expect(keys.filter((k) => k.startsWith('2024-jineng-tisheng'))).toHaveLength(1 + 1 + 9);
    expect(keys.filter((k) => k.startsWith('2023-gongjiang-peiyang'))).toHaveLength(1 + 6);
    expect(keys.slice(-3)).toEqual(['2024-robot-skills-contest', '2024-ndrc-equipment-renewal', '2024-transport-pilot-patents']);
  });

  it('resolves items, units, sentences and subheadings, and nothing else', () => {
    const resolve = makeResolver(corpus);
    expect(resolve('2024-jineng-tisheng')?.kind).toBe('item');
    expect(resolve('2024-jineng-tisheng#m4')?.kind).toBe('unit');
    expect(resolve('2024-jineng-tisheng#p1')?.kind).toBe('unit');
    expect(resolve('2024-jineng-tisheng#m4-s2')?.kind).toBe('sentence');
    expect(resolve('2024-ndrc-equipment-renewal#s9')?.kind).toBe('sentence');
    expect(resolve('2024-ndrc-equipment-renewal#h2')?.kind).toBe('subheading');
    // p2 has measures but no text of its own, so it is no unit.
    for (const bad of ['2024-jineng-tisheng#m10', '2024-jineng-tisheng#p2', 'nope', '2024-jineng-tisheng#m1#m2'])
      expect(resolve(bad)).toBeNull();
  });
});

describe('repeated passages', () => {
  const passages = findRepeatedPassages(units);
  const summary = passages.map((p) => `${p.kind} ${p.text} @ ${p.copies.map((c) => `${c.unit.key}/${c.sentence}`).join(' ')}`);

  it('splits clauses at punctuation other than 、', () => {
    expect(clauses('加强职业病防治，依法纠正劳动领域违法违规行为。').map((c) => c.text)).toEqual([
      '加强职业病防治',
      '依法纠正劳动领域违法违规行为',
    ]);
  });

  it('finds the sentences and long clauses the texts repeat word for word', () => {
    // 推动企业落实安全生产主体责任 (14 Han) is only ever inside the repeated sentence: not listed apart.
    expect(summary).toEqual([
      'sentence 加强对高危行业从业人员的安全技能培训。 @ 2024-jineng-tisheng#m2/m2-s3 2024-jineng-tisheng#m5/m5-s3',
      'sentence 推动企业落实安全生产主体责任，依法纠正劳动领域违法违规行为。 @ 2024-jineng-tisheng#m2/m2-s4 2024-jineng-tisheng#m5/m5-s4',
      'clause 大力弘扬劳模精神、劳动精神、工匠精神 @ 2023-gongjiang-peiyang#m1/m1-s2 2024-jineng-tisheng#m1/m1-s1',
      'clause 建立职业资格、职业技能等级与相应职称、学历的双向比照认定制度 @ 2023-gongjiang-peiyang#m3/m3-s3 2024-jineng-tisheng#m7/m7-s4',
      'clause 发挥班组长在安全生产中的带头作用 @ 2024-jineng-tisheng#m2/m2-s2 2024-jineng-tisheng#m5/m5-s2',
      'clause 依法纠正劳动领域违法违规行为 @ 2024-jineng-tisheng#m2/m2-s4 2024-jineng-tisheng#m5/m5-s4 2024-jineng-tisheng#m6/m6-s4',
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
    const { links } = repeatedMargins(passages);
    expect(links('2024-jineng-tisheng#m6').map((l) => [l.there.url, l.note])).toEqual([
      ['/documents/2024-jineng-tisheng/m2/#m2-s4', '“依法纠正劳动领域违法违规行为”也逐字见于本文（二）加大安全技能培训力度'],
      ['/documents/2024-jineng-tisheng/m5/#m5-s4', '“依法纠正劳动领域违法违规行为”也逐字见于本文（五）有效维护职工安全健康权益'],
    ]);
    const m2 = links('2024-jineng-tisheng#m2').map((l) => `${l.passage.kind}→${l.there.sentence}`);
    expect(m2).toEqual(['sentence→m5-s3', 'sentence→m5-s4', 'clause→m5-s2', 'clause→m6-s4']);
    expect(links('2024-jineng-tisheng#m7')[0]!.note).toBe(
      '“建立职业资格、职业技能等级与相应职称、学历的双向比照认定制度”也逐字见于《工匠意见》（三）健全职业技能等级制度',
    );
  });
});

describe('related units', () => {
  const [a, b, c, d] = [units[0]!, units[10]!, units[11]!, units.at(-1)!];
  const set = (entries: Array<[string, string[]]>) => ({
    kind: 'actor' as const,
    byUnit: new Map(entries),
    label: (id: string) => id.toUpperCase(),
  });

  it('links units of different items that share a rare feature, saying what they share', () => {
    const links = relatedUnits(
      [a, b, c, d],
      [
        set([
          [a.key, ['x']],
          [d.key, ['x']],
        ]),
      ],
      { minScore: 0.5 },
    );
    expect(links.get(a.key)!.map((l) => [l.to.key, l.note])).toEqual([[d.key, '共同主体：X']]);
    expect(links.get(d.key)!.map((l) => l.to.key)).toEqual([a.key]);
  });

  it('counts a name shared as a term and as an actor once', () => {
    const term = {
      kind: 'term' as const,
      byUnit: new Map([
        [a.key, ['t']],
        [d.key, ['t']],
      ]),
      label: () => '高技能人才',
    };
    const links = relatedUnits(
      [a, b, c, d],
      [
        term,
        set([
          [a.key, ['x']],
          [d.key, ['x']],
        ]),
      ],
      { minScore: 0 },
    );
    expect(links.get(a.key)![0]!.note).toBe('共同术语：高技能人才；共同主体：X');
    const sameName = {
      ...set([
        [a.key, ['x']],
        [d.key, ['x']],
      ]),
      label: () => '高技能人才',
    };
    expect(relatedUnits([a, b, c, d], [term, sameName], { minScore: 0 }).get(a.key)![0]!.note).toBe('共同术语：高技能人才');
  });

  it('does not link two units of the same item, nor on a feature every unit has', () => {
    expect(b.item).toBe(c.item);
    expect(
      relatedUnits(
        [a, b, c, d],
        [
          set([
            [b.key, ['x']],
            [c.key, ['x']],
          ]),
        ],
        { minScore: 0 },
      ).size,
    ).toBe(0);
    const everywhere = set([a, b, c, d].map((u) => [u.key, ['x']]));
    expect(relatedUnits([a, b, c, d], [everywhere], { minScore: 0.01 }).size).toBe(0);
  });

  it('maps per-sentence tags of a news item onto the item, and measure tags onto the measure', () => {
    const map = unitFeatureMap(
      [
        { item: '2024-ndrc-equipment-renewal', id: 's6', features: ['soes'] },
        { item: '2024-ndrc-equipment-renewal', id: 's11', features: ['private-firms', 'soes'] },
        { item: '2024-jineng-tisheng', id: 'm9', features: ['soes', 'private-firms'] },
      ],
      corpus,
    );
    expect([...map]).toEqual([
      ['2024-ndrc-equipment-renewal', ['soes', 'private-firms']],
      ['2024-jineng-tisheng#m9', ['soes', 'private-firms']],
    ]);
    expect(() => unitFeatureMap([{ item: '2024-jineng-tisheng', id: 'm99', features: [] }], corpus)).toThrow(/no unit/);
  });
});

describe('phraseFeatureSet', () => {
  it('gives each unit the entries whose phrases its sentences contain', () => {
    const set = phraseFeatureSet('topic', [{ id: 'contract', label: '劳动合同', phrases: ['书面劳动合同', '劳动合同制度'] }], units);
    expect([...set.byUnit.keys()]).toEqual(['2024-jineng-tisheng#m3', '2024-jineng-tisheng#m6']);
    expect(set.label('contract')).toBe('劳动合同');
  });
});

describe('the link graph over the corpus', () => {
  const graph = buildLinkGraph({ corpus, glossary, curated });

  it('links the two opinions through shared glossary terms', () => {
    // 八级工 in the 2023 (三), 新八级工 in the 2024 (七): one term, in no other unit.
    expect(graph.related('2023-gongjiang-peiyang#m3').map((v) => [v.kind, v.url, v.note])).toEqual([
      ['related', '/documents/2024-jineng-tisheng/m7/', '共同术语：新八级工'],
    ]);
  });

  it('applies curated additions (both ways) and vetoes', () => {
    expect(graph.related('2024-jineng-tisheng#m4').map((v) => [v.kind, v.url])).toEqual([
      ['curated', '/documents/2023-gongjiang-peiyang/m4/'],
    ]);
    expect(graph.related('2023-gongjiang-peiyang#m4').map((v) => [v.kind, v.url])).toEqual([
      ['curated', '/documents/2024-jineng-tisheng/m4/'],
    ]);
    // Both (六) of 2023 and (五) of 2024 name 职工代表大会, and links.yaml vetoes the link.
    expect(graph.related('2023-gongjiang-peiyang#m6').map((v) => v.url)).not.toContain('/documents/2024-jineng-tisheng/m5/');
    const unvetoed = buildLinkGraph({ corpus, glossary });
    expect(unvetoed.related('2023-gongjiang-peiyang#m6').map((v) => v.url)).toContain('/documents/2024-jineng-tisheng/m5/');
    expect(graph.unusedVetoes).toEqual([]);
  });

  it('collects backlinks from related items, repeated passages and glossary terms', () => {
    const back = graph.backlinks('2024-jineng-tisheng#m5').map((v) => `${v.kind} ${v.url}`);
    expect(back).toEqual([
      'repeated /documents/2024-jineng-tisheng/m2/#m2-s3',
      'repeated /documents/2024-jineng-tisheng/m2/#m2-s4',
      'repeated /documents/2024-jineng-tisheng/m2/#m2-s2',
      'repeated /documents/2024-jineng-tisheng/m6/#m6-s4',
      'glossary /terms/zhigong-daibiao-dahui/',
    ]);
    expect(graph.backlinks('2024-transport-pilot-patents').map((v) => `${v.kind} ${v.url}`)).toEqual([
      'curated /documents/2024-jineng-tisheng/m8/',
      'glossary /terms/jiaotong-qiangguo/',
    ]);
    expect(graph.backlinks('no-such-unit')).toEqual([]);
  });

  it('reports curated-link problems at their line', () => {
    const bad = curatedFixture(
      [
        '- { from: 2024-jineng-tisheng#m99, to: 2024-jineng-tisheng#m1, action: add, note: n }',
        '- { from: 2024-jineng-tisheng#m1-s1, to: 2024-jineng-tisheng#m1, action: add, note: n }',
        '- { from: 2024-jineng-tisheng#m4, to: 2024-jineng-tisheng#m9, action: veto, note: n }',
        '- { from: 2024-jineng-tisheng#m2, to: 2024-robot-skills-contest, action: add, note: n }',
        '- { from: 2024-robot-skills-contest, to: 2024-jineng-tisheng#m2, action: add, note: n }',
        '',
      ].join('\n'),
    );
    try {
      buildLinkGraph({ corpus, glossary, curated: bad });
      expect.unreachable();
    } catch (e) {
      expect((e as ContentErrors).errors.map((x) => x.message)).toEqual([
        'links.yaml:1: from "2024-jineng-tisheng#m99" is not an item, measure, part or sentence of the corpus',
        'links.yaml:2: from and to are the same unit (2024-jineng-tisheng#m1)',
        'links.yaml:5: 2024-jineng-tisheng#m2 ↔ 2024-robot-skills-contest is already curated by entry 4',
      ]);
    }
    const unused = buildLinkGraph({
      corpus,
      glossary,
      curated: curatedFixture('- { from: 2024-jineng-tisheng#m4, to: 2023-gongjiang-peiyang#m1, action: veto, note: n }\n'),
    });
    expect(unused.unusedVetoes).toEqual([{ line: 1, from: '2024-jineng-tisheng#m4', to: '2023-gongjiang-peiyang#m1' }]);
    expect(() => curatedFixture('- { from: a, to: b, action: maybe, note: n }\n')).toThrow(/links.yaml:1/);
  });
});

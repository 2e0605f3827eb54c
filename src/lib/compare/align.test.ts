import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteModel } from '../../../tests/support/site.ts';
import { alignDocuments, reasonText } from './align.ts';
import { clausesOf, nearClauses } from './near.ts';

// The pair of tests/fixtures/compare: its README says, by hand, what aligns with what.
const model = siteModel(resolve('tests/fixtures/compare'));
const unitsOf = (item: string) => model.units.filter((u) => u.item === item);
const alignment = alignDocuments({
  unitsA: unitsOf('2020-shili-a'),
  unitsB: unitsOf('2021-shili-b'),
  terms: new Map(),
  actors: new Map(),
  termLabel: (id) => id,
  actorLabel: (id) => id,
});
const status = (unit: string, sentence: string) => alignment.sentences.get(`${unit}\u0000${sentence}`)?.status;

describe('alignDocuments', () => {
  it('pairs each measure of B with the measure of A it repeats, and nothing else', () => {
    expect(alignment.rows.map((r) => [r.b, r.a])).toEqual([
      ['2021-shili-b#preamble', null],
      ['2021-shili-b#m1', '2020-shili-a#m1'],
      ['2021-shili-b#m2', '2020-shili-a#m2'],
      ['2021-shili-b#m3', null],
      ['2021-shili-b#m4', null],
    ]);
    expect(alignment.dropped).toEqual(['2020-shili-a#preamble', '2020-shili-a#m3', '2020-shili-a#m4']);
  });

  it('scores each pair and says why', () => {
    const [m1, m2] = [alignment.rows[1]!.pair!, alignment.rows[2]!.pair!];
    expect([m1.score, reasonText(m1.reason)]).toEqual([3, '1句逐字相同']);
    expect([m2.score, reasonText(m2.reason)]).toEqual([1.75, '1个分句逐字相同；1个分句相近']);
  });

  it('says of every sentence whether the other document repeats it, nearly repeats it, adds or drops it', () => {
    expect(status('2021-shili-b#m1', 'm1-s3')).toBe('verbatim');
    expect(status('2020-shili-a#m1', 'm1-s3')).toBe('verbatim');
    expect(status('2021-shili-b#m1', 'm1-s2')).toBe('new');
    expect(status('2020-shili-a#m1', 'm1-s2')).toBe('dropped');
    expect(status('2021-shili-b#m2', 'm2-s2')).toBe('near');
    expect(status('2020-shili-a#m2', 'm2-s3')).toBe('dropped');
    // 明确目标任务。 is too short to pair measures on, but it is the same sentence in both.
    expect(status('2021-shili-b#m1', 'm1-s1')).toBe('verbatim');
    expect(status('2020-shili-a#m1', 'm1-s1')).toBe('verbatim');
    expect(status('2020-shili-a#m3', 'm3-s1')).toBe('dropped');
    const near = alignment.sentences.get('2021-shili-b#m2\u0000m2-s2')!;
    const text = model.units.find((u) => u.key === '2021-shili-b#m2')!.sentences.find((s) => s.id === 'm2-s2')!.text;
    expect(near.spans.map((s) => [text.slice(s.start, s.end), s.kind, s.partner])).toEqual([
      ['支持职业院校开设示例专业课程', 'verbatim', { unit: '2020-shili-a#m2', sentence: 'm2-s2' }],
      ['推动校企合作共建实习实训基地', 'near', { unit: '2020-shili-a#m2', sentence: 'm2-s2' }],
    ]);
  });

  it('counts shared terms and actors in the score but pairs on them alone only when two terms are shared', () => {
    const withTerms = alignDocuments({
      unitsA: unitsOf('2020-shili-a'),
      unitsB: unitsOf('2021-shili-b'),
      terms: new Map([
        ['2020-shili-a#m4', ['t1', 't2']],
        ['2021-shili-b#m3', ['t1', 't2']],
        ['2020-shili-a#m3', ['t1']],
        ['2021-shili-b#m4', ['t1']],
        // Six terms score 3, as much as B（一）'s shared sentence with A（一）: the words win the tie.
        ['2020-shili-a#preamble', ['t1', 't2', 't3', 't4', 't5', 't6']],
        ['2021-shili-b#m1', ['t1', 't2', 't3', 't4', 't5', 't6']],
      ]),
      actors: new Map([
        ['2020-shili-a#m4', ['a1']],
        ['2021-shili-b#m3', ['a1']],
      ]),
      termLabel: (id) => `术语${id}`,
      actorLabel: (id) => `主体${id}`,
    });
    const m3 = withTerms.rows.find((r) => r.b === '2021-shili-b#m3')!;
    expect([m3.a, m3.pair!.score, reasonText(m3.pair!.reason)]).toEqual([
      '2020-shili-a#m4',
      1.25,
      '共有术语：术语t1、术语t2；共有主体：主体a1',
    ]);
    expect(withTerms.rows.find((r) => r.b === '2021-shili-b#m4')!.a).toBeNull();
    expect(withTerms.pairs.filter((p) => p.b === '2021-shili-b#m1').map((p) => [p.a, p.score])).toEqual([
      ['2020-shili-a#m1', 3],
      ['2020-shili-a#preamble', 3],
      ['2020-shili-a#m4', 1],
    ]);
    expect(withTerms.rows.find((r) => r.b === '2021-shili-b#m1')!.a).toBe('2020-shili-a#m1');
  });
});

describe('nearClauses', () => {
  const refs = (texts: string[]) =>
    clausesOf(
      texts.map((text, i) => ({ unit: 'u', sentence: `s${i}`, text })),
      8,
    );

  it('finds clauses a few characters apart, not identical ones or unrelated ones', () => {
    const a = refs(['推动校企合作共建实训基地，完善职业技能等级认定制度。', '加强高技能人才队伍建设工作。']);
    const b = refs(['推动校企合作共建实习实训基地。', '完善职业技能等级认定制度。', '建设示例人才信息平台。']);
    expect(nearClauses(a, b).map((p) => [p.a.text, p.b.text])).toEqual([['推动校企合作共建实训基地', '推动校企合作共建实习实训基地']]);
  });
});

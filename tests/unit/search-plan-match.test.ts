import { describe, expect, it } from 'vitest';
import { matchUnit, rangesOf } from '../../src/lib/search/match.ts';
import { literalOnly, planQuery } from '../../src/lib/search/plan.ts';
import { compareRanked, tier } from '../../src/lib/search/rank.ts';
import { indexThesaurus, readerWordsIn } from '../../src/lib/search/thesaurus-index.ts';
import type { Clause, SearchUnit } from '../../src/lib/search/unit.ts';

const unit = (id: string, title: string, clauses: Clause[]): SearchUnit => ({
  item: 'doc',
  unit: id,
  page: `/documents/doc/${id}/`,
  title,
  context: '',
  kind: '措施',
  clauses,
  actors: [],
  filters: {},
});

const m17 = unit('m17', '(十七)做好新就业形态劳动者维权服务工作', [
  ['m17-s1', '做好新就业形态劳动者维权服务工作。'],
  ['m17-s2', '全面推行工会劳动法律监督“一函两书”，加强对平台企业的监管。'],
  ['m17-s3', '健全灵活就业人员、新就业形态劳动者社保制度，扩大职业伤害保障试点。'],
]);
const m15 = unit('m15', '(十五)加强产业工人服务保障', [
  ['m15-s1', '加强产业工人服务保障。'],
  ['m15-s2', '完善劳动争议多元处理机制。'],
  ['m15-s3', '加强与劳动人事争议调解仲裁联动。'],
]);

const thesaurus = indexThesaurus([
  { id: 'xjy', concept: '新就业形态劳动者', terms: ['新就业形态劳动者', '新就业形态'], reader: ['外卖骑手', '骑手'] },
  { id: 'gs', concept: '职业伤害保障', terms: ['职业伤害保障'], reader: ['工伤', 'GDP'] },
]);

describe('planQuery', () => {
  it('gives each term itself first, then the thesaurus terms for a reader word', () => {
    const plan = planQuery('外卖骑手', thesaurus);
    expect(plan.expandable).toBe(true);
    expect(plan.terms[0]!.alternatives).toEqual([
      { text: '外卖骑手', via: 'literal' },
      { text: '新就业形态劳动者', via: 'expanded' },
      { text: '新就业形态', via: 'expanded' },
    ]);
  });

  it('cuts a typed string around the reader words inside it, dropping a lone character left over', () => {
    expect(planQuery('外卖骑手社保', thesaurus).terms.map((t) => t.typed)).toEqual(['外卖骑手', '社保']);
    expect(planQuery('骑手的', thesaurus).terms.map((t) => t.typed)).toEqual(['骑手']);
  });

  it('finds the longest reader word at each place, whatever the letter case', () => {
    expect(readerWordsIn('外卖骑手', thesaurus).map((h) => h.word)).toEqual(['外卖骑手']);
    expect(planQuery('gdp', thesaurus).terms[0]!.concepts.map((c) => c.id)).toEqual(['gs']);
  });

  it('stays literal without a thesaurus, when expansion is off, and in literalOnly', () => {
    expect(planQuery('外卖骑手').expandable).toBe(false);
    expect(planQuery('外卖骑手', thesaurus, false).terms[0]!.alternatives).toHaveLength(1);
    expect(literalOnly(planQuery('外卖骑手', thesaurus)).terms[0]!.alternatives).toEqual([{ text: '外卖骑手', via: 'literal' }]);
  });
});

describe('matchUnit', () => {
  it('finds an exact phrase in one sentence and lands on it', () => {
    const m = matchUnit(m17, planQuery('一函两书'))!;
    expect([m.kind, m.via, m.clause?.[0]]).toEqual(['exact', 'literal', 'm17-s2']);
    expect(m.marks).toEqual([[13, 17]]);
    expect(m.missing).toEqual([]);
  });

  it('counts a match in the lead as a match in the title', () => {
    expect(matchUnit(m17, planQuery('新就业形态劳动者'))!.inTitle).toBe(true);
    expect(matchUnit(m17, planQuery('一函两书'))!.inTitle).toBe(false);
  });

  it('treats words typed together as a phrase first (工会 劳动法律 → 工会劳动法律)', () => {
    expect(matchUnit(m17, planQuery('工会 劳动法律'))!.kind).toBe('exact');
  });

  it('has all words when every term is in one clause, or spread over the unit', () => {
    const one = matchUnit(m17, planQuery('平台企业 工会'))!;
    expect([one.kind, one.oneClause, one.clause?.[0]]).toEqual(['all', true, 'm17-s2']);
    const spread = matchUnit(m17, planQuery('平台企业 社保'))!;
    expect([spread.kind, spread.oneClause]).toEqual(['all', false]);
  });

  it('accepts the words of one typed string only inside one sentence (劳动仲裁 → 劳动…仲裁)', () => {
    const m = matchUnit(m15, planQuery('劳动仲裁'))!;
    expect([m.kind, m.clause?.[0]]).toEqual(['all', 'm15-s3']);
    expect(matchUnit(m17, planQuery('劳动法律制度'))!.kind).toBe('partial');
  });

  it('labels a unit holding only some of the query as partial, naming what is missing', () => {
    const m = matchUnit(m17, planQuery('平台企业 区块链'))!;
    expect([m.kind, m.missing]).toEqual(['partial', ['区块链']]);
    expect(m.coverage).toBeCloseTo(4 / 7);
  });

  it('returns nothing for a unit without any of it', () => {
    expect(matchUnit(m15, planQuery('区块链'))).toBeUndefined();
    expect(matchUnit(m15, planQuery('外卖骑手', thesaurus))).toBeUndefined();
  });

  it('matches a reader word through the thesaurus, marked as expanded', () => {
    const m = matchUnit(m17, planQuery('外卖骑手 社保', thesaurus))!;
    expect([m.kind, m.via, m.clause?.[0]]).toEqual(['all', 'expanded', 'm17-s3']);
    expect(m.found).toEqual(['新就业形态劳动者', '社保']);
  });

  it('ranks literal matches above expanded ones, full above partial', () => {
    const literal = matchUnit(m17, planQuery('职业伤害保障', thesaurus))!;
    const expanded = matchUnit(m17, planQuery('工伤', thesaurus))!;
    const partial = matchUnit(m17, planQuery('平台企业 区块链'))!;
    expect(tier(literal)).toBeGreaterThan(tier(expanded));
    expect(tier(expanded)).toBeGreaterThan(tier(partial));
    const sorted = [
      { match: partial, order: 0 },
      { match: expanded, order: 1 },
      { match: literal, order: 2 },
    ].sort(compareRanked);
    expect(sorted.map((r) => r.order)).toEqual([2, 1, 0]);
  });
});

describe('rangesOf', () => {
  it('finds every occurrence and merges overlaps', () => {
    expect(rangesOf('新就业形态劳动者和新就业形态', ['新就业形态劳动者', '新就业形态'])).toEqual([
      [0, 8],
      [9, 14],
    ]);
    expect(rangesOf('aaa', ['aa'])).toEqual([[0, 2]]);
  });
});

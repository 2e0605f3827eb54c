import { describe, expect, it } from 'vitest';
import { catalogueQuery, facetCounts, parseCatalogueQuery } from './catalogue-state.ts';

// Values 0, 1: kinds (通知, 意见); 2, 3: years (2019, 2018); 4: an issuer.
const facetOf = new Map([
  [0, 'kind'],
  [1, 'kind'],
  [2, 'year'],
  [3, 'year'],
  [4, 'issuer'],
]);
const rows = [
  [0, 2, 4], // 通知 2019
  [0, 3], // 通知 2018
  [1, 2, 4], // 意见 2019
  [1, 3], // 意见 2018
];
const sel = (entries: Array<[string, number[]]>) => new Map(entries.map(([f, ns]) => [f, new Set(ns)]));
const counts = (m: Map<number, number>) => [0, 1, 2, 3, 4].map((n) => m.get(n) ?? 0);

describe('the catalogue’s choice', () => {
  it('shows every row and counts every value when nothing is chosen', () => {
    const r = facetCounts(rows, facetOf, new Map());
    expect(r.shown).toEqual([true, true, true, true]);
    expect(counts(r.counts)).toEqual([2, 2, 2, 2, 2]);
  });

  it('adds up values of one facet, narrows by another, and counts each value as if it were checked too', () => {
    const kind = facetCounts(rows, facetOf, sel([['kind', [0]]]));
    expect(kind.shown).toEqual([true, true, false, false]);
    // 意见 still counts 2 (checking it would add two rows); the years count within 通知.
    expect(counts(kind.counts)).toEqual([2, 2, 1, 1, 1]);
    const both = facetCounts(rows, facetOf, sel([['kind', [0, 1]]]));
    expect(both.shown).toEqual([true, true, true, true]);
    const narrowed = facetCounts(
      rows,
      facetOf,
      sel([
        ['kind', [0]],
        ['year', [2]],
      ]),
    );
    expect(narrowed.shown).toEqual([true, false, false, false]);
    expect(counts(narrowed.counts)).toEqual([1, 1, 1, 1, 1]);
  });

  it('treats a facet with nothing checked as no filter', () => {
    expect(facetCounts(rows, facetOf, sel([['kind', []]])).shown).toEqual([true, true, true, true]);
  });

  it('is kept in the address as facet=value pairs and the sort, and read back', () => {
    const query = catalogueQuery(
      [
        { facet: 'kind', value: 'notice' },
        { facet: 'kind', value: 'opinion' },
        { facet: 'year', value: '2019' },
      ],
      'title',
    );
    expect(query).toBe('?kind=notice&kind=opinion&year=2019&sort=title');
    const back = parseCatalogueQuery(query);
    expect(back.sort).toBe('title');
    expect([...back.values].map(([f, v]) => [f, [...v]])).toEqual([
      ['kind', ['notice', 'opinion']],
      ['year', ['2019']],
    ]);
    expect(catalogueQuery([], '')).toBe('');
    expect(parseCatalogueQuery('?sort=bogus').sort).toBe('');
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteModel } from '../../../tests/support/site.ts';
import { buildReferences } from '../references/relations.ts';
import { comparePairs } from './pairs.ts';

const model = siteModel(resolve('tests/fixtures/compare'));

describe('comparePairs', () => {
  it('pairs two documents that share repeated words or refer to each other, the earlier first', () => {
    // tests/fixtures/compare/README.md: one sentence and one clause of 12 characters or more shared; B implements A.
    expect(model.comparisons.pairs).toEqual([
      { a: '2020-shili-a', b: '2021-shili-b', sentences: 1, clauses: 1, relations: ['implements'] },
    ]);
  });

  it('gives no page to a pair that shares nothing', () => {
    const none = buildReferences({ entries: [] }, []);
    expect(comparePairs(model.corpus, [], none)).toEqual([]);
  });

  it('pairs on a reference alone, and orders by date whichever end cites', () => {
    const refs = buildReferences(model.corpus, model.units);
    expect(comparePairs(model.corpus, [], refs)).toEqual([
      { a: '2020-shili-a', b: '2021-shili-b', sentences: 0, clauses: 0, relations: ['implements'] },
    ]);
  });
});

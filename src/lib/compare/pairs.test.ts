import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteModel } from '../../../tests/support/site.ts';
import { buildReferences } from '../references/relations.ts';
import { documentChars } from '../corpus.ts';
import type { RepeatedPassage } from '../links/repeated.ts';
import { MIN_SHARE, STOCK_DOCUMENTS, comparePairs } from './pairs.ts';

const model = siteModel(resolve('tests/fixtures/compare'));
/** The fixture's two documents: the share is of the shorter. */
const shorterOfTwo = Math.min(...model.corpus.documents.map(documentChars));

describe('comparePairs', () => {
  it('pairs two documents that share repeated words or refer to each other, the earlier first', () => {
    // tests/fixtures/compare/README.md: one sentence and one clause of 12 characters or more shared; B implements A.
    expect(model.comparisons.pairs).toEqual([
      {
        a: '2020-shili-a',
        b: '2021-shili-b',
        sentences: 1,
        clauses: 1,
        sharedChars: 35,
        share: 35 / shorterOfTwo,
        relations: ['implements'],
      },
    ]);
  });

  it('gives no page to a pair that shares nothing', () => {
    const none = buildReferences({ entries: [] }, []);
    expect(comparePairs(model.corpus, [], none)).toEqual([]);
  });

  it('pairs on a reference alone, and orders by date whichever end cites', () => {
    const refs = buildReferences(model.corpus, model.units);
    expect(comparePairs(model.corpus, [], refs)).toEqual([
      { a: '2020-shili-a', b: '2021-shili-b', sentences: 0, clauses: 0, sharedChars: 0, share: 0, relations: ['implements'] },
    ]);
  });

  it('gives no page to two documents that share only a stock phrase or less than the threshold of their text', () => {
    const none = buildReferences({ entries: [] }, []);
    const [a, b] = model.corpus.documents;
    const shorter = Math.min(documentChars(a!), documentChars(b!));
    const passage = (length: number, items: string[]) =>
      ({ text: '字'.repeat(length), kind: 'sentence', copies: items.map((item) => ({ unit: { item } })) }) as unknown as RepeatedPassage;
    const others = Array.from({ length: STOCK_DOCUMENTS - 1 }, (_, i) => ({ ...a!, id: `other-${i}` }));
    const wider = { entries: [...model.corpus.entries, ...others] };
    // Printed in one more document than a stock phrase may be: no page, however long; in one fewer, a page.
    expect(comparePairs(wider, [passage(shorter, [a!.id, b!.id, ...others.map((o) => o.id)])], none)).toEqual([]);
    expect(comparePairs(wider, [passage(shorter, [a!.id, b!.id, ...others.slice(1).map((o) => o.id)])], none)).not.toEqual([]);
    // Just under the share: no page; at it: a page.
    const under = Math.ceil(shorter * MIN_SHARE) - 1;
    expect(comparePairs(model.corpus, [passage(under, [a!.id, b!.id])], none)).toEqual([]);
    expect(comparePairs(model.corpus, [passage(under + 1, [a!.id, b!.id])], none)).toHaveLength(1);
  });
});

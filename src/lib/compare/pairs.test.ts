import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteModel } from '../../../tests/support/site.ts';
import { buildReferences } from '../references/relations.ts';
import { type DocumentEntry, documentChars } from '../corpus.ts';
import type { RepeatedPassage } from '../links/repeated.ts';
import { COMPARISONS_PER_DOCUMENT, type ComparePair, MIN_SHARE, STOCK_DOCUMENTS, comparePairs } from './pairs.ts';

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

describe('comparePairs, bounded per document', () => {
  /** A document of `chars` characters (only its id, date and size matter here). */
  const doc = (id: string, chars = 1000) =>
    ({ kind: 'document', id, meta: { date: '2020-01-01' }, sentences: [{ text: '字'.repeat(chars) }] }) as unknown as DocumentEntry;
  const passage = (length: number, items: string[]) =>
    ({ text: '文'.repeat(length), kind: 'sentence', copies: items.map((item) => ({ unit: { item } })) }) as unknown as RepeatedPassage;
  const none = buildReferences({ entries: [] }, []);
  const perDocument = (pairs: ComparePair[]) => {
    const counts = new Map<string, number>();
    for (const p of pairs) for (const d of [p.a, p.b]) counts.set(d, (counts.get(d) ?? 0) + 1);
    return Math.max(0, ...counts.values());
  };

  it('keeps a pair when it is among the strongest of both its documents, the larger share first', () => {
    // A hub shares a passage with each of 30 documents, the longer the later the document.
    const others = Array.from({ length: 30 }, (_, i) => doc(`d${String(i).padStart(2, '0')}`));
    const corpus = { entries: [doc('hub'), ...others] };
    const pairs = comparePairs(
      corpus,
      others.map((o, i) => passage(20 + i, ['hub', o.id])),
      none,
    );
    expect(pairs).toHaveLength(COMPARISONS_PER_DOCUMENT);
    expect(pairs.map((p) => p.b).sort()).toEqual(others.slice(-COMPARISONS_PER_DOCUMENT).map((o) => o.id));
  });

  it('keeps a relation before a larger share', () => {
    const others = Array.from({ length: COMPARISONS_PER_DOCUMENT + 1 }, (_, i) => doc(`d${String(i).padStart(2, '0')}`));
    const corpus = { entries: [doc('hub'), ...others] };
    // The document with the smallest share implements the hub.
    const cites = {
      ...none,
      relations: [
        {
          from: others[0]!.id,
          to: { kind: 'corpus' as const, id: 'hub' },
          type: 'implements' as const,
          basis: 'metadata' as const,
          occurrences: [],
        },
      ],
    };
    const pairs = comparePairs(
      corpus,
      others.map((o, i) => passage(20 + i, ['hub', o.id])),
      cites,
    );
    expect(pairs.map((p) => p.b)).toContain(others[0]!.id);
    expect(pairs.map((p) => p.b)).not.toContain(others[1]!.id);
  });

  it('holds every document to COMPARISONS_PER_DOCUMENT pairs among near-identical documents', () => {
    // 400 variants, every four consecutive ones sharing a passage of their own, 10 passages each:
    // about 40 candidate pairs a document, 6,000 in all.
    const docs = Array.from({ length: 400 }, (_, i) => doc(`v${String(i).padStart(3, '0')}`));
    const passages = docs.flatMap((_, i) =>
      Array.from({ length: 10 }, (_, k) =>
        passage(
          15 + k,
          [0, 1 + k, 3 + 2 * k, 7 + 3 * k].map((o) => docs[(i + o) % docs.length]!.id),
        ),
      ),
    );
    const candidates = new Map<string, ComparePair>();
    for (const p of passages)
      for (const x of p.copies)
        for (const y of p.copies)
          if (x.unit.item < y.unit.item) candidates.set(`${x.unit.item} ${y.unit.item}`, { a: x.unit.item, b: y.unit.item } as ComparePair);
    expect(perDocument([...candidates.values()])).toBeGreaterThan(3 * COMPARISONS_PER_DOCUMENT);
    const pairs = comparePairs({ entries: docs }, passages, none);
    expect(perDocument(pairs)).toBeLessThanOrEqual(COMPARISONS_PER_DOCUMENT);
    expect(pairs.length).toBeLessThanOrEqual((docs.length * COMPARISONS_PER_DOCUMENT) / 2);
    expect(pairs.length).toBeGreaterThan(0);
  });
});

// Which pairs of documents get a comparison page. Every pair would be n² pages, most of them two
// texts with nothing in common, every row of which would read "new"; so a pair gets a page when
// the two share substance, not a few stock phrases: the words they repeat verbatim (the
// repeated-passage linker's sentences and clauses) make at least MIN_SHARE of the shorter text,
// counting only passages found in at most STOCK_DOCUMENTS documents (a salutation or a slogan
// that every 国务院 document prints is the genre's, not these two's); or one refers to the other
// (an explanation and what it explains, a document and the one it implements, cites or repeals).
// News items are not compared: they report, they do not restate measures.
//
// The candidates come from an inverted index, never from every pair of documents: each passage
// (the linker's map of words to their copies) pairs the at most STOCK_DOCUMENTS documents that
// print it, and each reference pairs its two ends. Each document then keeps its
// COMPARISONS_PER_DOCUMENT strongest pairs (a relation first, then the larger share), and a pair
// gets a page when both of its documents keep it: pages and alignments grow with the documents,
// not with the square of those that share text.
import { type Corpus, type CorpusEntry, type DocumentEntry, documentChars } from '../corpus.ts';
import { itemDate } from '../schema/item-date.ts';
import type { RepeatedPassage } from '../links/repeated.ts';
import type { References, RelationType } from '../references/relations.ts';

/** A passage printed in more documents than this is a stock phrase: it does not count toward a pair's share. */
export const STOCK_DOCUMENTS = 4;
/** The share of the shorter text two documents must repeat verbatim for a comparison page. */
export const MIN_SHARE = 0.01;
/** The most comparisons one document is in: its strongest. The collection's most compared document has 8. */
export const COMPARISONS_PER_DOCUMENT = 12;

export interface ComparePair {
  /** The earlier document (by its date, else its publication), then the later. */
  a: string;
  b: string;
  sentences: number;
  clauses: number;
  /** Characters of the passages (not stock phrases) both print word for word. */
  sharedChars: number;
  /** sharedChars over the shorter document's size (documentChars). */
  share: number;
  /** Relations between the two, either way. */
  relations: RelationType[];
}

export function comparePairs(corpus: Pick<Corpus, 'entries'>, repeated: readonly RepeatedPassage[], references: References): ComparePair[] {
  const docs = corpus.entries.filter((e): e is DocumentEntry => e.kind === 'document');
  const rank = new Map(docs.map((e, i) => [e.id, i]));
  // An undated text sorts after every dated one.
  const when = (e: CorpusEntry) => itemDate(e.meta) ?? '9999';
  const ordered = (x: string, y: string): [string, string] => {
    const [ex, ey] = [docs[rank.get(x)!]!, docs[rank.get(y)!]!];
    return when(ex) < when(ey) || (when(ex) === when(ey) && rank.get(x)! < rank.get(y)!) ? [x, y] : [y, x];
  };
  const pairs = new Map<string, ComparePair>();
  const pair = (x: string, y: string) => {
    const [a, b] = ordered(x, y);
    const key = `${a}\u0000${b}`;
    return pairs.get(key) ?? pairs.set(key, { a, b, sentences: 0, clauses: 0, sharedChars: 0, share: 0, relations: [] }).get(key)!;
  };
  for (const p of repeated) {
    const items = [...new Set(p.copies.map((c) => c.unit.item))].filter((id) => rank.has(id));
    if (items.length > STOCK_DOCUMENTS) continue;
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const found = pair(items[i]!, items[j]!);
        found[p.kind === 'sentence' ? 'sentences' : 'clauses']++;
        found.sharedChars += p.text.length;
      }
  }
  const size = new Map(docs.map((e) => [e.id, documentChars(e)]));
  for (const p of pairs.values()) p.share = p.sharedChars / Math.max(1, Math.min(size.get(p.a)!, size.get(p.b)!));
  for (const r of references.relations) {
    if (r.to.kind !== 'corpus' || !rank.has(r.from) || !rank.has(r.to.id) || r.from === r.to.id) continue;
    const p = pair(r.from, r.to.id);
    if (!p.relations.includes(r.type)) p.relations.push(r.type);
  }
  const candidates = [...pairs.values()].filter((p) => p.share >= MIN_SHARE || p.relations.length > 0);
  const kept = strongestOfEach(candidates, (p) => rank.get(p.a)! * docs.length + rank.get(p.b)!);
  return candidates.filter((p) => kept.has(p)).sort((x, y) => rank.get(x.a)! - rank.get(y.a)! || rank.get(x.b)! - rank.get(y.b)!);
}

/**
 * The pairs among both of their documents' COMPARISONS_PER_DOCUMENT strongest: a pair with a
 * relation before one without, then the larger share, then the earlier pair in the corpus.
 */
function strongestOfEach(candidates: readonly ComparePair[], place: (p: ComparePair) => number): Set<ComparePair> {
  const stronger = (x: ComparePair, y: ComparePair) =>
    Number(y.relations.length > 0) - Number(x.relations.length > 0) || y.share - x.share || place(x) - place(y);
  const byDocument = new Map<string, ComparePair[]>();
  for (const p of candidates) for (const d of [p.a, p.b]) (byDocument.get(d) ?? byDocument.set(d, []).get(d)!).push(p);
  const strongest = new Map<ComparePair, number>();
  for (const list of byDocument.values())
    for (const p of list.sort(stronger).slice(0, COMPARISONS_PER_DOCUMENT)) strongest.set(p, (strongest.get(p) ?? 0) + 1);
  return new Set(candidates.filter((p) => strongest.get(p) === 2));
}

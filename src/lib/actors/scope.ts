import type { CorpusEntry } from '../corpus.ts';
import type { Measure, Part, Sentence } from '../schema/tree.ts';

/** What a unit id points at: a measure of a document, or one sentence of a news item. */
export type UnitScope =
  { kind: 'measure'; measure: Measure; part: Part; sentences: Sentence[] } | { kind: 'statement'; sentences: [Sentence] };

export function unitScope(entry: CorpusEntry, unitId: string): UnitScope | undefined {
  if (entry.kind === 'document') {
    const measure = byId(entry, entry.measures).get(unitId);
    return measure && { kind: 'measure', measure, part: entry.partOf(measure.id), sentences: measure.sentences };
  }
  const sentence = byId(entry, entry.sentences).get(unitId);
  return sentence && { kind: 'statement', sentences: [sentence] };
}

/** An item's measures or sentences by id, made once per item: every unit of its tag file is looked up. */
const idIndexes = new WeakMap<CorpusEntry, Map<string, Measure | Sentence>>();
function byId<T extends Measure | Sentence>(entry: CorpusEntry, list: readonly T[]): Map<string, T> {
  let index = idIndexes.get(entry);
  if (!index) {
    index = new Map();
    // The first with an id, as find() would give.
    for (const x of list) if (!index.has(x.id)) index.set(x.id, x);
    idIndexes.set(entry, index);
  }
  return index as Map<string, T>;
}

/** Where `quote` sits in `text`, or why it cannot serve as evidence: absent, or ambiguous. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | { problem: string } {
  const first = text.indexOf(quote);
  if (first < 0) return { problem: 'is not in' };
  if (text.indexOf(quote, first + 1) >= 0) return { problem: 'occurs more than once in' };
  return { start: first, end: first + quote.length };
}

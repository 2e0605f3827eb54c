import type { CorpusEntry } from '../corpus.ts';
import type { Measure, Part, Sentence } from '../schema/tree.ts';
import { PAGE_KINDS } from '../units/units.ts';

/** What a unit id points at: a measure of a document, or one sentence of a news item. */
export type UnitScope =
  { kind: 'measure'; measure: Measure; part: Part | undefined; sentences: Sentence[] } | { kind: 'statement'; sentences: [Sentence] };

export function unitScope(entry: CorpusEntry, unitId: string): UnitScope | undefined {
  if (entry.kind === 'document') {
    // Actor tags are on the units with a page of their own (measures, articles, points) of the unit list.
    const unit = entry.units.byId.get(unitId);
    if (!unit || !PAGE_KINDS.has(unit.kind)) return undefined;
    const measure = entry.measure(unitId)!;
    return { kind: 'measure', measure, part: entry.partOf(measure.id), sentences: measure.sentences };
  }
  const sentence = sentenceIndex(entry).get(unitId);
  return sentence && { kind: 'statement', sentences: [sentence] };
}

/** A news item's sentences by id, made once per item: every unit of its tag file is looked up. */
const sentenceIndexes = new WeakMap<CorpusEntry, Map<string, Sentence>>();
function sentenceIndex(entry: CorpusEntry): Map<string, Sentence> {
  let index = sentenceIndexes.get(entry);
  if (!index) {
    index = new Map();
    // The first with an id, as find() would give.
    for (const s of entry.sentences) if (!index.has(s.id)) index.set(s.id, s);
    sentenceIndexes.set(entry, index);
  }
  return index;
}

/** Where `quote` sits in `text`, or why it cannot serve as evidence: absent, or ambiguous. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | { problem: string } {
  const first = text.indexOf(quote);
  if (first < 0) return { problem: 'is not in' };
  if (text.indexOf(quote, first + 1) >= 0) return { problem: 'occurs more than once in' };
  return { start: first, end: first + quote.length };
}

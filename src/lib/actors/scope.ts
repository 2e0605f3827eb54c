import type { CorpusEntry } from '../corpus.ts';
import type { Measure, Part, Sentence } from '../schema/tree.ts';

/** What a unit id points at: a measure of a document, or one sentence of a news item. */
export type UnitScope =
  | { kind: 'measure'; measure: Measure; part: Part; sentences: Sentence[] }
  | { kind: 'statement'; sentences: [Sentence] };

export function unitScope(entry: CorpusEntry, unitId: string): UnitScope | undefined {
  if (entry.kind === 'document') {
    const measure = entry.measures.find((m) => m.id === unitId);
    return measure && { kind: 'measure', measure, part: entry.partOf(measure.id), sentences: measure.sentences };
  }
  const sentence = entry.sentences.find((s) => s.id === unitId);
  return sentence && { kind: 'statement', sentences: [sentence] };
}

/** Where `quote` sits in `text`, or why it cannot serve as evidence: absent, or ambiguous. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | { problem: string } {
  const first = text.indexOf(quote);
  if (first < 0) return { problem: 'is not in' };
  if (text.indexOf(quote, first + 1) >= 0) return { problem: 'occurs more than once in' };
  return { start: first, end: first + quote.length };
}

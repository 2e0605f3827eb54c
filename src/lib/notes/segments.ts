import type { ApparatusEntry, NoteEntry, RepairEntry } from './apparatus.ts';

/** A run of sentence text and the notes whose quotes cover it, or the point where a repair joined two halves. */
export type Segment =
  | { type: 'text'; text: string; start: number; end: number; notes: NoteEntry[] }
  | { type: 'join'; at: number; repair: RepairEntry };

/**
 * Cuts a sentence's text at every mark so a page can wrap each run in the notes that cover it
 * (quotes may overlap) and put a repair marker between runs. Joining the text runs gives the
 * sentence back unchanged: marks never alter the text.
 */
export function segmentSentence(text: string, marks: readonly ApparatusEntry[]): Segment[] {
  const notes = marks.filter((m): m is NoteEntry => m.type === 'note');
  const joins = marks.filter((m): m is RepairEntry => m.type === 'repair');
  const cuts = [...new Set([0, text.length, ...notes.flatMap((n) => [n.start, n.end]), ...joins.map((j) => j.at)])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!;
    for (const repair of joins.filter((j) => j.at === start)) out.push({ type: 'join', at: start, repair });
    const end = cuts[i + 1];
    if (end === undefined || end === start) continue;
    const covering = notes.filter((n) => n.start <= start && n.end >= end);
    out.push({ type: 'text', text: text.slice(start, end), start, end, notes: covering });
  }
  return out;
}

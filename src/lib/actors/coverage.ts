// How much of each document the actor tags cover, said as it is: of the units a reader codes (its
// measures, articles or points), how many name who is responsible (a lead or participant) and on
// what footing — the document's own division of labour, a person's tag, or the machine's unreviewed
// guess — and how many name no one. /actors/ states it instead of claiming every unit is tagged.
import type { DocumentEntry } from '../corpus.ts';
import type { Actors } from './model.ts';

export interface Coverage {
  doc: DocumentEntry;
  /** Units a reader codes: measures, articles, points (PAGE_KINDS). */
  units: number;
  /** Units with a responsible actor from the document's own notes (官方分工). */
  official: number;
  /** Units whose responsible actor a person tagged or confirmed (and no note names). */
  reviewed: number;
  /** Units whose only responsible actor is the machine's unreviewed tag. */
  machine: number;
  /** Units that name no responsible actor at all. */
  none: number;
}

/** The coverage of each document, in corpus order. */
export function actorCoverage(actors: Actors, documents: readonly DocumentEntry[]): Coverage[] {
  return documents.map((doc) => {
    const tagged = new Map(actors.unitsOf(doc.id).map((u) => [u.id, u.tags.filter((t) => t.role !== 'beneficiary')]));
    const counts = { official: 0, reviewed: 0, machine: 0, none: 0 };
    for (const m of doc.measures) {
      const tags = tagged.get(m.id) ?? [];
      if (tags.some((t) => t.basis === 'official')) counts.official++;
      else if (tags.some((t) => t.basis === 'explicit' || t.basis === 'implied')) counts.reviewed++;
      else if (tags.length) counts.machine++;
      else counts.none++;
    }
    return { doc, units: doc.measures.length, ...counts };
  });
}

// Which tags stand where the three sources of actor tags meet on one unit. The document's own
// division of labour (official tags, ./official.ts) outranks the machine's reading of the text
// (./machine.ts); a person's review (a hand file, ./review.ts) replaces the machine's tags and may
// veto official ones, since a note can be misread or not apply where it is carried.
import type { LoadedTagFile } from './check.ts';
import type { MachineTag } from './machine.ts';
import { type Note, type OfficialTag } from './official.ts';
import type { OfficialVeto } from './schema.ts';

/**
 * The machine tags that stand beside a unit's official tags. A machine tag of an actor the note
 * names is not shown as a second, weaker guess: the official tag stands. A machine lead where the
 * note names a lead contradicts the document (the machine reads the grammatical subject, the note
 * says who leads) and is dropped, not kept in another role: a participant or beneficiary tag would
 * be a reading the machine never made. The words stay in the text for a reviewer to tag by hand.
 * A note naming no lead (…指导) contradicts no machine lead, so that one stays, labelled as before.
 */
export function besideOfficial(official: readonly OfficialTag[], machine: readonly MachineTag[]): MachineTag[] {
  if (official.length === 0) return [...machine];
  const named = new Set(official.flatMap((t) => (t.actor === undefined ? [] : [t.actor])));
  const leads = official.some((t) => t.role === 'lead');
  return machine.filter((t) => !named.has(t.actor) && !(leads && t.role === 'lead'));
}

/** A unit's official tags without those its hand review vetoes: a whole note, or one body of it. */
export function withoutVetoed(official: readonly OfficialTag[], vetoes: readonly OfficialVeto[]): OfficialTag[] {
  return official.filter((t) => !vetoes.some((v) => v.sentence === t.sentence && (v.body === undefined || v.body === t.name)));
}

/**
 * The notes a hand file says are misread: vetoed whole (no `body`) in the unit that prints them.
 * They are left out before notes are carried over, so an earlier note that carries over covers
 * what follows instead.
 */
export function misreadNotes(file: LoadedTagFile | undefined, notes: readonly Note[]): Set<string> {
  const out = new Set<string>();
  if (!file) return out;
  const pageOf = new Map(notes.map((n) => [n.sentence.id, n.page?.id]));
  for (const [unit, review] of Object.entries(file.data.units)) {
    for (const v of review.vetoOfficial) if (v.body === undefined && pageOf.get(v.sentence) === unit) out.add(v.sentence);
  }
  return out;
}

// The official division of labour of a unit, as its margin shows it, apart from the chips of
// machine and hand tags: each responsibility note covering the unit (its own, or one carried over
// by 下同) with its lead (牵头) and its other bodies, as the document prints them. A registry actor
// links to its page; a body the registry lacks shows by its printed name, marked as unregistered.
import type { DocumentEntry } from '../corpus.ts';
import { actorUrl } from '../routes.ts';
import { unitTitle } from '../units/titles.ts';
import type { ResolvedTag, ResolvedUnit } from './model.ts';
import { type OfficialTag, documentNotes } from './official.ts';
import { OFFICIAL_LABEL, ROLE_LABELS } from './schema.ts';

/** What the margin's heading calls the official division, beside 主体 for the other tags. */
export const DIVISION_HEADING = OFFICIAL_LABEL;

/** Said of a note, or a body of it, that a person's review set aside for a unit. */
export const VETO_LABEL = '经编者审核，本条不采';

/** Said of a body a note names that the actor registry does not list. */
export const UNREGISTERED_LABEL = '主体名录未收';

export interface DivisionBody {
  /** As the note prints it. */
  name: string;
  /** The actor's page; null for a body the registry lacks. */
  href: string | null;
  /** The registry actor, for the reader's highlighting of its words; null when there is none. */
  actor: string | null;
}

export interface DivisionGroup {
  role: OfficialTag['role'];
  /** 牵头, 参与. */
  label: string;
  bodies: DivisionBody[];
}

/** A note, or one body of it, that a person's review set aside for the unit, and why. */
export interface DivisionVeto {
  /** The note's sentence, and its place in the text. */
  sentence: string;
  href: string;
  /** The one body set aside; null for the whole note. */
  body: string | null;
  reason: string;
}

export interface DivisionNote {
  /** The note's sentence, and its place in the text. */
  sentence: string;
  href: string;
  /** The lead's group (when the note names a lead), then the other bodies'. */
  groups: DivisionGroup[];
  /** For a note carried over (下同) from an earlier measure: that measure's title, e.g. （一）完善服务机制. */
  carriedFrom: string | null;
}

type Official = ResolvedTag & { basis: 'official' };

/** The notes covering a unit with their bodies by role, in the order the unit's tags list them; [] when none. */
export function officialDivision(unit: ResolvedUnit, doc: DocumentEntry): DivisionNote[] {
  const official = unit.tags.filter((t): t is Official => t.basis === 'official');
  return [...Map.groupBy(official, (t) => t.sentence)].map(([sentence, tags]): DivisionNote => {
    const from = tags[0]!.carriedFrom;
    const holder = from === undefined ? undefined : doc.units.byId.get(from);
    const groups = (['lead', 'participant'] as const).map((role) => ({
      role,
      label: ROLE_LABELS[role],
      bodies: tags.filter((t) => t.role === role).map(bodyOf),
    }));
    return {
      sentence,
      href: tags[0]!.href,
      groups: groups.filter((g) => g.bodies.length > 0),
      carriedFrom: holder ? unitTitle(holder) : null,
    };
  });
}

/** The review's vetoes of the notes covering the unit, each linked to the note where it is printed. */
export function officialVetoes(unit: ResolvedUnit, doc: DocumentEntry): DivisionVeto[] {
  if (unit.vetoOfficial.length === 0) return [];
  const notes = new Map(documentNotes(doc).map((n) => [n.sentence.id, n]));
  return unit.vetoOfficial.map((v) => {
    const note = notes.get(v.sentence)!;
    return { sentence: v.sentence, href: `${(note.page ?? note.holder).page}#${v.sentence}`, body: v.body ?? null, reason: v.reason };
  });
}

const bodyOf = (t: Official): DivisionBody => ({
  name: t.name,
  href: t.actor === undefined ? null : actorUrl(t.actor),
  actor: t.actor ?? null,
});

import { actorUrl } from '../routes.ts';
import type { DocumentEntry } from '../corpus.ts';
import { type Actors, ROLES, type ResolvedTag, type ResolvedUnit } from './model.ts';
import type { Annotation } from '../view/sentence-runs.ts';
import { ACTOR_KIND_LABELS, type Actor, ActorKind, MACHINE_LABEL, ROLE_LABELS, type Role } from './schema.ts';

/** One tag of an actor, with the unit it sits in. */
export interface ActorEntry {
  unit: ResolvedUnit;
  tag: ResolvedTag;
}

export interface ActorPage {
  actor: Actor;
  parent: Actor | undefined;
  children: Actor[];
  /** Every tag of this actor, by role, in corpus order. */
  byRole: Record<Role, ActorEntry[]>;
  total: number;
}

/** Every tag of each actor, in corpus order: gathered in one pass, shared by all the actor pages. */
const tagsByActor = new WeakMap<Actors, Map<string, ActorEntry[]>>();

function entriesOf(actors: Actors, id: string): ActorEntry[] {
  let index = tagsByActor.get(actors);
  if (!index) {
    index = new Map();
    for (const unit of actors.units) {
      for (const tag of unit.tags) {
        const list = index.get(tag.actor);
        if (list) list.push({ unit, tag });
        else index.set(tag.actor, [{ unit, tag }]);
      }
    }
    tagsByActor.set(actors, index);
  }
  return index.get(id) ?? [];
}

export function actorPage(actors: Actors, id: string): ActorPage {
  const actor = actors.actor(id);
  const byRole: Record<Role, ActorEntry[]> = { lead: [], participant: [], beneficiary: [] };
  for (const { unit, tag } of entriesOf(actors, id)) byRole[tag.role].push({ unit, tag });
  return {
    actor,
    parent: actor.parent === undefined ? undefined : actors.actor(actor.parent),
    children: actors.children(id),
    byRole,
    total: ROLES.reduce((n, r) => n + byRole[r].length, 0),
  };
}

/** The actor index: kinds in a fixed order, actors in registry order, with how often each is tagged. */
export function actorIndex(
  actors: Actors,
): Array<{ kind: ActorKind; label: string; actors: Array<{ actor: Actor; counts: Record<Role, number> }> }> {
  const counts = new Map(actors.registry.map((a) => [a.id, { lead: 0, participant: 0, beneficiary: 0 }]));
  for (const unit of actors.units) for (const tag of unit.tags) counts.get(tag.actor)![tag.role]++;
  return ActorKind.options
    .map((kind) => ({
      kind,
      label: ACTOR_KIND_LABELS[kind],
      actors: actors.registry.filter((a) => a.kind === kind).map((actor) => ({ actor, counts: counts.get(actor.id)! })),
    }))
    .filter((group) => group.actors.length > 0);
}

/** A chip on a measure or statement: one actor in one role, with the tags behind it. */
export interface Chip {
  actor: Actor;
  role: Role;
  /** machine: found by the machine and not reviewed by hand (labelled 机器标注，未经审核). */
  basis: ResolvedTag['basis'];
  tags: ResolvedTag[];
}

/** Chips of a unit: leads first, then participants, then beneficiaries; explicit if any tag is. */
export function unitChips(actors: Actors, unit: ResolvedUnit): Chip[] {
  const chips = new Map<string, Chip>();
  for (const tag of unit.tags) {
    const key = `${tag.role}/${tag.actor}`;
    const chip = chips.get(key) ?? { actor: actors.actor(tag.actor), role: tag.role, basis: tag.basis, tags: [] };
    chip.tags.push(tag);
    if (tag.basis === 'explicit') chip.basis = 'explicit';
    chips.set(key, chip);
  }
  return [...chips.values()].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/** A range of a sentence's text to mark as evidence for an actor. */
export interface EvidenceMark {
  start: number;
  end: number;
  actor: string;
  role: Role;
  /** Evidence of a machine tag, which the reader is told is unreviewed. */
  machine?: true;
}

/** Sentence id → evidence marks, for every tagged unit of an item (fits its full page and its measure pages). */
export function evidenceMarks(actors: Actors, item: string): Map<string, EvidenceMark[]> {
  const marks = new Map<string, EvidenceMark[]>();
  for (const unit of actors.unitsOf(item)) {
    for (const tag of unit.tags) {
      if (tag.basis === 'implied') continue;
      const list = marks.get(tag.sentence) ?? [];
      const machine = tag.basis === 'machine' ? { machine: true as const } : {};
      list.push({ start: tag.start, end: tag.end, actor: tag.actor, role: tag.role, ...machine });
      marks.set(tag.sentence, list);
    }
  }
  for (const list of marks.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks;
}

/** The actor's page. */

/** Evidence marks as reading-view annotations (sentenceRuns cuts overlapping ones into flat runs). */
export function evidenceAnnotations(actors: Actors, marks: readonly EvidenceMark[]): Annotation[] {
  return marks.map((m) => ({
    kind: 'actor',
    start: m.start,
    end: m.end,
    ref: m.actor,
    href: actorUrl(m.actor),
    label: `${actors.actor(m.actor).name}（${ROLE_LABELS[m.role]}${m.machine ? `，${MACHINE_LABEL}` : ''}）`,
  }));
}

/** Measure id → ids of the actors tagged on it (any role), for filtering a document page to one actor. */
export function measureActorIds(actors: Actors, doc: string): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const unit of actors.unitsOf(doc)) ids.set(unit.id, [...new Set(unit.tags.map((t) => t.actor))]);
  return ids;
}

export interface MatrixCell {
  part: string;
  /** Distinct measures of the part that tag the actor in each role. */
  counts: Record<Role, number>;
  measures: Record<Role, string[]>;
}

export interface ActorPartMatrix {
  document: string;
  parts: Array<{ id: string; n: number; numeral: string; heading: string }>;
  rows: Array<{ actor: Actor; cells: MatrixCell[]; total: Record<Role, number> }>;
}

/** Actor × part for one document: rows are the actors tagged in it, by kind then registry order. */
export function actorPartMatrix(actors: Actors, doc: DocumentEntry): ActorPartMatrix {
  const parts = doc.outline.parts.filter((p) => p.measures.length > 0);
  const units = actors.unitsOf(doc.id);
  const tagged = new Set(units.flatMap((u) => u.tags.map((t) => t.actor)));
  const kindOrder = (a: Actor) => ActorKind.options.indexOf(a.kind);
  const rowActors = actors.registry.filter((a) => tagged.has(a.id)).sort((a, b) => kindOrder(a) - kindOrder(b));
  // One pass over the tags: actor → part → the measures tagging it in each role, in text order.
  const cellsOf = new Map<string, Map<string, Record<Role, string[]>>>();
  for (const unit of units) {
    if (unit.part === undefined) continue;
    const counted = new Set<string>();
    for (const { actor, role } of unit.tags) {
      if (counted.has(`${actor}\u0000${role}`)) continue;
      counted.add(`${actor}\u0000${role}`);
      const byPart = cellsOf.get(actor) ?? cellsOf.set(actor, new Map()).get(actor)!;
      const measures =
        byPart.get(unit.part.id) ?? byPart.set(unit.part.id, { lead: [], participant: [], beneficiary: [] }).get(unit.part.id)!;
      measures[role].push(unit.id);
    }
  }
  const rows = rowActors.map((actor) => {
    const cells = parts.map((part): MatrixCell => {
      const measures = cellsOf.get(actor.id)?.get(part.id) ?? { lead: [], participant: [], beneficiary: [] };
      return { part: part.id, measures, counts: countsOf(measures) };
    });
    const total = { lead: 0, participant: 0, beneficiary: 0 };
    for (const c of cells) for (const r of ROLES) total[r] += c.counts[r];
    return { actor, cells, total };
  });
  return { document: doc.id, parts: parts.map(({ id, n, numeral, heading }) => ({ id, n, numeral, heading })), rows };
}

function countsOf(measures: Record<Role, string[]>): Record<Role, number> {
  return { lead: measures.lead.length, participant: measures.participant.length, beneficiary: measures.beneficiary.length };
}

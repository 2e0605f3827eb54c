import { actorUrl } from '../routes.ts';
import type { DocumentEntry } from '../corpus.ts';
import { type Actors, ROLES, type RegisteredTag, type ResolvedTag, type ResolvedUnit, registeredTags } from './model.ts';
import type { Annotation } from '../view/sentence-runs.ts';
import { ACTOR_KIND_LABELS, type Actor, ActorKind, BASIS_LABELS, ROLE_LABELS, type Role } from './schema.ts';

/** One tag of an actor, with the unit it sits in. */
export interface ActorEntry {
  unit: ResolvedUnit;
  tag: RegisteredTag;
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
      for (const tag of registeredTags(unit)) {
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
  for (const unit of actors.units) for (const tag of registeredTags(unit)) counts.get(tag.actor)![tag.role]++;
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
  /**
   * The strongest basis of its tags: official (the document's division of labour), explicit (a
   * person read the words), implied, machine (found by the machine and not reviewed by hand,
   * labelled 机器标注，未经审核).
   */
  basis: ResolvedTag['basis'];
  tags: RegisteredTag[];
}

/** How far a basis is to be taken: the document's own statement, then a person's reading, then the machine's. */
const STRENGTH: Record<ResolvedTag['basis'], number> = { official: 3, explicit: 2, implied: 1, machine: 0 };

/**
 * Chips of a unit's registry actors: leads first, then participants, then beneficiaries; a chip
 * takes its strongest tag's basis. Bodies of a note the registry lacks have no chip (no actor to
 * link, filter or search by): the official division shows them (./division.ts).
 */
export function unitChips(actors: Actors, unit: ResolvedUnit): Chip[] {
  const chips = new Map<string, Chip>();
  for (const tag of registeredTags(unit)) {
    const key = `${tag.role}/${tag.actor}`;
    const chip = chips.get(key) ?? { actor: actors.actor(tag.actor), role: tag.role, basis: tag.basis, tags: [] };
    chip.tags.push(tag);
    if (STRENGTH[tag.basis] > STRENGTH[chip.basis]) chip.basis = tag.basis;
    chips.set(key, chip);
  }
  return [...chips.values()].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/** The label a chip's role carries: the role, and its basis where it needs saying (·文件所列分工, ·推断, ·机器标注，未经审核). */
export const chipRoleLabel = (chip: Pick<Chip, 'role' | 'basis'>): string =>
  [ROLE_LABELS[chip.role], BASIS_LABELS[chip.basis]].filter(Boolean).join('·');

/** A range of a sentence's text to mark as evidence for an actor. */
export interface EvidenceMark {
  start: number;
  end: number;
  /** The registry actor; undefined for a body a note names that the registry lacks. */
  actor: string | undefined;
  /** The words marked: the quote, or a note's body as printed (the only name of a body the registry lacks). */
  name: string;
  role: Role;
  basis: Exclude<ResolvedTag['basis'], 'implied'>;
}

/** Sentence id → evidence marks, for every tagged unit of an item (fits its full page and its measure pages). */
export function evidenceMarks(actors: Actors, item: string): Map<string, EvidenceMark[]> {
  const marks = new Map<string, EvidenceMark[]>();
  for (const unit of actors.unitsOf(item)) {
    for (const tag of unit.tags) {
      // A carried note's words are marked once, by the unit that prints the note.
      if (tag.basis === 'implied' || (tag.basis === 'official' && tag.carriedFrom !== undefined)) continue;
      const list = marks.get(tag.sentence) ?? [];
      const name = tag.basis === 'official' ? tag.name : tag.quote;
      list.push({ start: tag.start, end: tag.end, actor: tag.actor, name, role: tag.role, basis: tag.basis });
      marks.set(tag.sentence, list);
    }
  }
  for (const list of marks.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks;
}

/** The actor's page. */

/**
 * Evidence marks as reading-view annotations (sentenceRuns cuts overlapping ones into flat runs).
 * A body the registry lacks is marked with no actor to light up or link to (ref '').
 */
export function evidenceAnnotations(actors: Actors, marks: readonly EvidenceMark[]): Annotation[] {
  return marks.map((m) => {
    const label = `（${[ROLE_LABELS[m.role], BASIS_LABELS[m.basis]].filter(Boolean).join('，')}）`;
    if (m.actor === undefined) return { kind: 'actor', start: m.start, end: m.end, ref: '', label: `${m.name}${label}` };
    return {
      kind: 'actor',
      start: m.start,
      end: m.end,
      ref: m.actor,
      href: actorUrl(m.actor),
      label: `${actors.actor(m.actor).name}${label}`,
    };
  });
}

/** Measure id → ids of the registry actors tagged on it (any role), for filtering a document page to one actor. */
export function measureActorIds(actors: Actors, doc: string): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const unit of actors.unitsOf(doc)) ids.set(unit.id, [...new Set(registeredTags(unit).map((t) => t.actor))]);
  return ids;
}

export interface MatrixCell {
  part: string;
  /** Distinct measures of the part that tag the actor in each role. */
  counts: Record<Role, number>;
  measures: Record<Role, string[]>;
}

/**
 * A column of the matrix: a part (or chapter) with measures, or the units that stand outside every
 * part (a communiqué's points 第一，…, a notice's measures, the articles of a regulation without
 * chapters), gathered in one column so that every tag of the document has a cell.
 */
export interface MatrixColumn {
  id: string;
  /** The part's number (1 for 一、); 0 for the column of units outside the parts. */
  n: number;
  /** 一 as printed; empty for the column outside the parts. */
  numeral: string;
  /** The part's heading; for the column outside the parts, what it holds, in words. */
  heading: string;
  /** Where the column's text begins: the part, or the first unit outside the parts. */
  href: string;
  /** True for the column of units outside every part. */
  outside: boolean;
}

export interface ActorPartMatrix {
  document: string;
  parts: MatrixColumn[];
  rows: Array<{ actor: Actor; cells: MatrixCell[]; total: Record<Role, number> }>;
}

/** The column id of the units outside every part (no part id has a colon). */
export const OUTSIDE_PARTS = ':body';

/** The head of the column outside the parts: the whole text when the document has no parts, else what is left of it. */
export const outsideHeading = (hasParts: boolean) => (hasParts ? '不属于任何部分的条目' : '全文（本文件不分部分）');

/**
 * Actor × part for one document: rows are the actors tagged in it, by kind then registry order;
 * columns are the parts with measures in reading order and, where the document has units outside
 * every part, one column for them where the first of them stands.
 */
export function actorPartMatrix(actors: Actors, doc: DocumentEntry): ActorPartMatrix {
  const units = actors.unitsOf(doc.id);
  const tagged = new Set(units.flatMap((u) => registeredTags(u).map((t) => t.actor)));
  const kindOrder = (a: Actor) => ActorKind.options.indexOf(a.kind);
  const rowActors = actors.registry.filter((a) => tagged.has(a.id)).sort((a, b) => kindOrder(a) - kindOrder(b));
  const hasParts = doc.outline.parts.some((p) => p.measures.length > 0);
  // The columns in reading order: each part with measures, and the units outside the parts where the first of them stands.
  const columns: MatrixColumn[] = [];
  for (const m of doc.outline.measures) {
    const part = doc.partOf(m.id);
    const id = part?.id ?? OUTSIDE_PARTS;
    if (columns.some((c) => c.id === id)) continue;
    columns.push(
      part
        ? { id, n: part.n, numeral: part.numeral, heading: part.heading, href: `${doc.url}#${part.id}`, outside: false }
        : { id, n: 0, numeral: '', heading: outsideHeading(hasParts), href: `${doc.url}#${m.id}`, outside: true },
    );
  }
  // One pass over the tags: actor → column → the measures tagging it in each role, in text order.
  const cellsOf = new Map<string, Map<string, Record<Role, string[]>>>();
  for (const unit of units) {
    const column = unit.part?.id ?? OUTSIDE_PARTS;
    const counted = new Set<string>();
    for (const { actor, role } of registeredTags(unit)) {
      if (counted.has(`${actor}\u0000${role}`)) continue;
      counted.add(`${actor}\u0000${role}`);
      const byPart = cellsOf.get(actor) ?? cellsOf.set(actor, new Map()).get(actor)!;
      const measures = byPart.get(column) ?? byPart.set(column, { lead: [], participant: [], beneficiary: [] }).get(column)!;
      measures[role].push(unit.id);
    }
  }
  const rows = rowActors.map((actor) => {
    const cells = columns.map((col): MatrixCell => {
      const measures = cellsOf.get(actor.id)?.get(col.id) ?? { lead: [], participant: [], beneficiary: [] };
      return { part: col.id, measures, counts: countsOf(measures) };
    });
    const total = { lead: 0, participant: 0, beneficiary: 0 };
    for (const c of cells) for (const r of ROLES) total[r] += c.counts[r];
    return { actor, cells, total };
  });
  return { document: doc.id, parts: columns, rows };
}

function countsOf(measures: Record<Role, string[]>): Record<Role, number> {
  return { lead: measures.lead.length, participant: measures.participant.length, beneficiary: measures.beneficiary.length };
}

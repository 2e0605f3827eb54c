import { type Actors, ROLES, type RegisteredTag, type ResolvedUnit, registeredTags } from './model.ts';
import { ACTOR_KIND_LABELS, type Actor, ActorKind, type Role } from './schema.ts';
import type { ActorEntry, ActorPage, ActorPartMatrix } from './views.ts';
import { unitKey } from '../links/units.ts';
import { documentUrl, newsUrl } from '../routes.ts';
import { sentenceOrdinal } from '../view/paragraphs.ts';

/** One measure or news statement on an actor's page, with every tag of the actor in it (one role). */
export interface UnitGroup {
  unit: ResolvedUnit;
  tags: RegisteredTag[];
}

/** The units of one document or news item that tag an actor in one role. */
export interface ItemGroup {
  item: string;
  itemKind: ResolvedUnit['itemKind'];
  itemTitle: string;
  itemUrl: string;
  units: UnitGroup[];
}

/**
 * An actor's entries in one role, gathered by item, then by unit (a unit that names the actor
 * twice in the same role is listed once with both quotes). Keeps the entries' corpus order.
 */
export function groupByItem(entries: readonly ActorEntry[]): ItemGroup[] {
  const items = new Map<string, ItemGroup>();
  for (const { unit, tag } of entries) {
    let group = items.get(unit.item);
    if (!group) {
      const itemUrl = unit.itemKind === 'document' ? documentUrl(unit.item) : newsUrl(unit.item);
      group = { item: unit.item, itemKind: unit.itemKind, itemTitle: unit.itemTitle, itemUrl, units: [] };
      items.set(unit.item, group);
    }
    const last = group.units.at(-1);
    if (last?.unit === unit) last.tags.push(tag);
    else group.units.push({ unit, tags: [tag] });
  }
  return [...items.values()];
}

/**
 * Where an actor page's entry finds its words: （十四）第3句; for a note carried over (下同) from an
 * earlier measure, that the measure follows the earlier note (its link leads there).
 */
export function evidencePlace(unit: ResolvedUnit, tag: Extract<RegisteredTag, { sentence: string }>): string {
  if (tag.basis === 'official' && tag.carriedFrom !== undefined) return '沿用前文括注（下同）';
  return `${unit.measure?.label ?? ''}第${sentenceOrdinal(tag.sentence)}句`;
}

/** A body responsibility notes name that the registry lacks: no actor page, so the actor index lists it with its measures. */
export interface UnregisteredBody {
  name: string;
  /** By document, each measure naming it (its own note or one carried over), in corpus order, with the role the note gives. */
  items: Array<{ item: string; itemTitle: string; units: Array<{ unit: ResolvedUnit; role: Role }> }>;
}

/** The bodies of every document's notes that no registry alias names, in the order they first appear. */
export function unregisteredBodies(actors: Actors): UnregisteredBody[] {
  const bodies = new Map<string, UnregisteredBody>();
  for (const unit of actors.units) {
    for (const tag of unit.tags) {
      if (tag.actor !== undefined || tag.basis !== 'official') continue;
      const body = bodies.get(tag.name) ?? bodies.set(tag.name, { name: tag.name, items: [] }).get(tag.name)!;
      let item = body.items.at(-1);
      if (item?.item !== unit.item) body.items.push((item = { item: unit.item, itemTitle: unit.itemTitle, units: [] }));
      if (!item.units.some((u) => u.unit === unit && u.role === tag.role)) item.units.push({ unit, role: tag.role });
    }
  }
  return [...bodies.values()];
}

/** An actor a document's filter offers, with how many of the document's measures tag it (any role). */
export interface FilterOption {
  actor: Actor;
  measures: number;
}

/** The actors tagged in one document, by kind (fixed kind order), registry order within a kind. */
export function documentActorOptions(actors: Actors, doc: string): Array<{ kind: ActorKind; label: string; options: FilterOption[] }> {
  const measures = new Map<string, number>();
  for (const unit of actors.unitsOf(doc)) {
    for (const id of new Set(registeredTags(unit).map((t) => t.actor))) measures.set(id, (measures.get(id) ?? 0) + 1);
  }
  return ActorKind.options
    .map((kind) => ({
      kind,
      label: ACTOR_KIND_LABELS[kind],
      options: actors.registry
        .filter((a) => a.kind === kind && measures.has(a.id))
        .map((actor) => ({ actor, measures: measures.get(actor.id)! })),
    }))
    .filter((group) => group.options.length > 0);
}

/** One-character role marks for the matrix cells, explained in the table's caption. */
export const ROLE_MARKS: Record<Role, string> = { lead: '牵', participant: '参', beneficiary: '受' };

/** A part heading's first clause (二、强化思想政治引领，团结… → 强化思想政治引领), short enough for a column head. */
export function shortPartHeading(heading: string): string {
  return heading.split(/[，；：]/)[0]!.trim() || heading;
}

/** The matrix's rows in runs of one kind (they are already sorted by kind), for one row group per kind. */
export function matrixRowsByKind(matrix: ActorPartMatrix): Array<{ kind: ActorKind; label: string; rows: ActorPartMatrix['rows'] }> {
  const groups: Array<{ kind: ActorKind; label: string; rows: ActorPartMatrix['rows'] }> = [];
  for (const row of matrix.rows) {
    const last = groups.at(-1);
    if (last?.kind === row.actor.kind) last.rows.push(row);
    else groups.push({ kind: row.actor.kind, label: ACTOR_KIND_LABELS[row.actor.kind], rows: [row] });
  }
  return groups;
}

/** How many distinct measures and news statements tag the actor (in any role). */
export function taggedUnitCounts(page: ActorPage): { measures: number; statements: number } {
  const seen = new Map<string, ResolvedUnit>();
  for (const role of ROLES) for (const { unit } of page.byRole[role]) seen.set(unitKey(unit.item, unit.id), unit);
  const units = [...seen.values()];
  return { measures: units.filter((u) => u.itemKind === 'document').length, statements: units.filter((u) => u.itemKind === 'news').length };
}

import { type Actors, ROLES, type ResolvedTag, type ResolvedUnit } from './model.ts';
import { ACTOR_KIND_LABELS, type Actor, ActorKind, type Role } from './schema.ts';
import type { ActorEntry, ActorPage, ActorPartMatrix } from './views.ts';
import { unitKey } from '../links/units.ts';
import { documentUrl, newsUrl } from '../routes.ts';

/** One measure or news statement on an actor's page, with every tag of the actor in it (one role). */
export interface UnitGroup {
  unit: ResolvedUnit;
  tags: ResolvedTag[];
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

/** An actor a document's filter offers, with how many of the document's measures tag it (any role). */
export interface FilterOption {
  actor: Actor;
  measures: number;
}

/** The actors tagged in one document, by kind (fixed kind order), registry order within a kind. */
export function documentActorOptions(actors: Actors, doc: string): Array<{ kind: ActorKind; label: string; options: FilterOption[] }> {
  const measures = new Map<string, number>();
  for (const unit of actors.unitsOf(doc)) {
    for (const id of new Set(unit.tags.map((t) => t.actor))) measures.set(id, (measures.get(id) ?? 0) + 1);
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

import { type Actors, ROLES, type RegisteredTag, type ResolvedUnit, registeredTags } from './model.ts';
import { ACTOR_KIND_LABELS, type Actor, ActorKind, ROLE_LABELS, type Role } from './schema.ts';
import { type Coverage, actorCoverage } from './coverage.ts';
import { type ActorEntry, type ActorPage, type ActorPartMatrix, actorPartMatrix } from './views.ts';
import type { DocumentEntry } from '../corpus.ts';
import { unitKey } from '../links/units.ts';
import { documentActorsUrl, documentUrl, newsUrl } from '../routes.ts';
import { type DatedRow, datedRow, groupByYear } from '../view/by-year.ts';
import { sentenceOrdinal } from '../view/paragraphs.ts';
import { numberedNoun } from '../view/unit-summary.ts';
import { type Paging, groupedPageOf, pageCount, paging } from '../view/paging.ts';

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

/** The bodies of every document's notes (or one item's) that no registry alias names, in the order they first appear. */
export function unregisteredBodies(actors: Actors, item?: string): UnregisteredBody[] {
  const bodies = new Map<string, UnregisteredBody>();
  for (const unit of item === undefined ? actors.units : actors.unitsOf(item)) {
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

/** A row of a list of documents with counts: the document's page for the topic, its date, its figures. */
export interface CountRow {
  /** The row's fragment and its head's, where the list keeps permalinks (the actor index: matrix-<doc>, matrix-<doc>-h). */
  id?: string | undefined;
  headId?: string | undefined;
  href: string;
  name: string;
  dateText: string;
  values: number[];
}

/** A list of documents with counts by year, as the actor and instrument indexes show it (src/components/DocumentCountTable.astro). */
export interface CountTable {
  /** Prefix of the year rows' fragments: <prefix>2018. */
  yearPrefix: string;
  caption: string;
  columns: Array<{ label: string; title?: string | undefined }>;
  years: Array<{ year: string; label: string; rows: CountRow[] }>;
  totals: number[];
}

/** Rows by year with their counts, and the sums of each column. */
export function countTable<T extends DatedRow>(
  rows: readonly T[],
  shape: Omit<CountTable, 'years' | 'totals'> & { row: (row: T) => Omit<CountRow, 'name' | 'dateText'> },
): CountTable {
  const { row, ...rest } = shape;
  const years = groupByYear(rows).map((g) => ({
    year: g.year,
    label: g.label,
    rows: g.rows.map((r) => ({ ...row(r), name: r.name, dateText: r.dateText })),
  }));
  const totals = rest.columns.map((_, i) => years.reduce((n, y) => n + y.rows.reduce((k, r) => k + r.values[i]!, 0), 0));
  return { ...rest, years, totals };
}

/**
 * How many documents one page of a count table lists (the actor index's, the instrument index's).
 * A row is about 80 bytes of HTML gzipped with real titles (8.8 KB for today's 108 documents on
 * /actors/), so a table of every document would pass 100 KB at about 1,200; 200 rows keep it near
 * 16 KB. Today's documents are all on the first page, /actors/ or /instruments/, where the table
 * sorts by any column; a table of more pages is read page by page, newest first (a sort would
 * reorder one page's rows only), at /actors/page/2/, /instruments/page/2/ and on.
 */
export const COUNT_TABLE_ROWS_PER_PAGE = 200;

/** One page of a count table: its years cut to the page's rows, and every year of the table to link to. */
export interface CountTablePage extends Omit<CountTable, 'years'> {
  /**
   * This page's rows by year; `count` is the year's documents in the whole table, `continued` that
   * it began on the page before; `heading` its row's words, an ideographic space (U+3000) before
   * the count: 2018年\u300012份, 2018年（续）\u300012份，本页5份.
   */
  years: Array<{ year: string; label: string; heading: string; rows: CountRow[]; count: number; continued: boolean }>;
  /** Every year of the whole table, at the page its first row is on (a fragment alone on this page). */
  yearLinks: Array<{ label: string; count: number; href: string }>;
  /** Documents in the whole table; `totals` are the whole table's too. */
  count: number;
  paging: Paging;
}

/** The fragment of a year's first row in a count table: #actors-y-2018. */
export const yearFragment = (table: Pick<CountTable, 'yearPrefix'>, year: string) => `${table.yearPrefix}y-${year}`;

/** Page `n` of a count table, COUNT_TABLE_ROWS_PER_PAGE rows, a year cut by the boundary on both pages. */
export function countTablePage(table: CountTable, n: number, urlOf: (n: number) => string): CountTablePage {
  const { years, ...rest } = table;
  const slice = groupedPageOf(years, (y) => y.rows, COUNT_TABLE_ROWS_PER_PAGE, n, urlOf);
  let before = 0;
  const yearLinks = years.map((y) => {
    const page = Math.floor(before / COUNT_TABLE_ROWS_PER_PAGE) + 1;
    before += y.rows.length;
    const fragment = `#${yearFragment(table, y.year)}`;
    return { label: y.label, count: y.rows.length, href: page === n ? fragment : `${urlOf(page)}${fragment}` };
  });
  return {
    ...rest,
    years: slice.groups.map(({ group, entries, continued }) => ({
      year: group.year,
      label: group.label,
      heading:
        `${group.label}${continued ? '（续）' : ''}　${group.rows.length}份` +
        (entries.length < group.rows.length ? `，本页${entries.length}份` : ''),
      rows: entries,
      count: group.rows.length,
      continued,
    })),
    yearLinks,
    count: before,
    paging: slice.paging,
  };
}

/** One document's line on the actor index: coverage, how many actors it names, its tags by role; the matrix is on its own page. */
export interface DocumentActorRow extends DatedRow {
  /** The document's actor page (its actor × part matrix). */
  href: string;
  coverage: Omit<Coverage, 'doc'>;
  /** Registry actors tagged in it, in any role. */
  actors: number;
  /** Tags of registry actors by role, each actor counted once per unit and role (the matrix's cells add up to these). */
  roles: Record<Role, number>;
}

/** The actor index's list of documents, one compact row each, in the order given (groupByYear orders them). */
export function documentActorRows(actors: Actors, documents: readonly DocumentEntry[]): DocumentActorRow[] {
  const coverage = actorCoverage(actors, documents);
  return documents.map((doc, i) => {
    const roles = { lead: 0, participant: 0, beneficiary: 0 };
    const named = new Set<string>();
    for (const unit of actors.unitsOf(doc.id)) {
      const pairs = new Set<string>();
      for (const { actor, role } of registeredTags(unit)) {
        named.add(actor);
        if (pairs.has(`${actor} ${role}`)) continue;
        pairs.add(`${actor} ${role}`);
        roles[role]++;
      }
    }
    const { doc: _, ...counts } = coverage[i]!;
    return { ...datedRow(doc), href: documentActorsUrl(doc.id), coverage: counts, actors: named.size, roles };
  });
}

// Every page of /actors/ renders from the same table (cut into pages): made once per actors and documents.
const actorTables = new WeakMap<Actors, WeakMap<readonly DocumentEntry[], CountTable>>();

/** The actor index's table of documents: coverage, actors named, tags by role; each row links the document's matrix and keeps the matrix's old fragment. */
export function documentActorTable(actors: Actors, documents: readonly DocumentEntry[]): CountTable {
  const byDocuments = actorTables.get(actors) ?? actorTables.set(actors, new WeakMap()).get(actors)!;
  let table = byDocuments.get(documents);
  if (!table) byDocuments.set(documents, (table = actorTableOf(actors, documents)));
  return table;
}

function actorTableOf(actors: Actors, documents: readonly DocumentEntry[]): CountTable {
  return countTable(documentActorRows(actors, documents), {
    yearPrefix: 'actors-',
    caption: '各文件的负责主体标注：覆盖情况、点名的主体数和各角色的标注数',
    columns: [
      { label: '条数', title: '措施、条文、要点的条数' },
      { label: '文件所列分工', title: '按文件括注的分工确定负责主体的条数' },
      { label: '人工标注', title: '由人工标注或确认负责主体的条数' },
      { label: '仅机器标注', title: '负责主体只有机器标注（未经审核）的条数' },
      { label: '未能确定', title: '没有标注牵头或参与主体的条数' },
      { label: '主体', title: '标注到的主体（名录所收）个数' },
      { label: ROLE_LABELS.lead, title: '牵头的标注数（每条每个主体计一次）' },
      { label: ROLE_LABELS.participant, title: '参与的标注数（每条每个主体计一次）' },
      { label: ROLE_LABELS.beneficiary, title: '受益或对象的标注数（每条每个主体计一次）' },
    ],
    row: (r) => ({
      id: `matrix-${r.id}`,
      headId: `matrix-${r.id}-h`,
      href: r.href,
      values: [
        r.coverage.units,
        r.coverage.official,
        r.coverage.reviewed,
        r.coverage.machine,
        r.coverage.none,
        r.actors,
        r.roles.lead,
        r.roles.participant,
        r.roles.beneficiary,
      ],
    }),
  });
}

/** A registry-less body on the index: how many units name it, and the documents whose actor pages list them. */
export interface UnregisteredSummary {
  name: string;
  units: number;
  /** The first UNREGISTERED_DOCUMENTS_SHOWN of them, in corpus order. */
  documents: Array<{ id: string; name: string; href: string }>;
  /** Documents naming it that the line leaves out (each lists it on its own actor page). */
  more: number;
}

/**
 * How many documents the index names for one unregistered body, and how many bodies it lists: a
 * body named in the division of labour of every 国务院 document would otherwise list thousands, and
 * a collection of local documents names more bodies than any registry holds. Past these the index
 * lists the bodies named in the most units, each with its first documents and how many more; every
 * document's actor page lists its own (#unregistered), and measure-actors.csv has every tag.
 */
export const UNREGISTERED_DOCUMENTS_SHOWN = 10;
export const UNREGISTERED_BODIES_SHOWN = 100;

/** The unregistered bodies for the index, one line each linking the documents' actor pages (which list the units); `total` counts every body. */
export function unregisteredSummary(actors: Actors, documents: readonly DocumentEntry[]): { bodies: UnregisteredSummary[]; total: number } {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const all = unregisteredBodies(actors).map((body) => ({
    name: body.name,
    units: body.items.reduce((n, i) => n + i.units.length, 0),
    documents: body.items.slice(0, UNREGISTERED_DOCUMENTS_SHOWN).map((i) => ({
      id: i.item,
      name: byId.get(i.item)?.meta.shortTitle ?? i.itemTitle,
      href: `${documentActorsUrl(i.item)}#unregistered`,
    })),
    more: Math.max(0, body.items.length - UNREGISTERED_DOCUMENTS_SHOWN),
  }));
  // The most named, kept in the order they first appear (a stable sort keeps ties in it).
  const kept = new Set(all.toSorted((a, b) => b.units - a.units).slice(0, UNREGISTERED_BODIES_SHOWN));
  return { bodies: all.filter((b) => kept.has(b)), total: all.length };
}

/** What the index says when it lists only some of the bodies ('' when it lists them all). */
export const unregisteredShownText = ({ bodies, total }: { bodies: readonly UnregisteredSummary[]; total: number }) =>
  total > bodies.length ? `共${total}个单位，这里列出点名条数最多的${bodies.length}个；其余见各文件的主体页和 measure-actors.csv。` : '';

/** One document's actor page: its coverage, its actor × part matrix in runs of one kind, the bodies its notes name that the registry lacks. */
export interface DocumentActorsPage {
  doc: DocumentEntry;
  name: string;
  coverage: Omit<Coverage, 'doc'>;
  matrix: ActorPartMatrix;
  groups: ReturnType<typeof matrixRowsByKind>;
  unregistered: UnregisteredBody[];
  /** What a column of the matrix is: 部分, or 章 in a text of chapters. */
  partWord: string;
  /** What the document calls its units (措施, 条文, 要点), as the document page's filters say. */
  noun: string;
}

export function documentActorsPage(actors: Actors, doc: DocumentEntry): DocumentActorsPage {
  const matrix = actorPartMatrix(actors, doc);
  const { doc: _, ...coverage } = actorCoverage(actors, [doc])[0]!;
  return {
    doc,
    name: doc.meta.shortTitle ?? doc.meta.title,
    coverage,
    matrix,
    groups: matrixRowsByKind(matrix),
    unregistered: unregisteredBodies(actors, doc.id),
    partWord: doc.outline.parts.some((p) => p.kind === 'chapter') ? '章' : '部分',
    noun: numberedNoun(doc.units.list) ?? '措施',
  };
}

/**
 * How many measures and news statements (units) of each role one page of an actor lists. An actor
 * the texts name often (各级政府, 企业) is tagged in most documents, so its page would grow with the
 * collection: a unit with its quoted words is 60 to 100 bytes of HTML gzipped in today's texts
 * (/actors/local-governments/: 143 units, 13.4 KB), so three roles of 100 keep a page near 30 KB.
 * Page 1 at /actors/<id>/ (its role anchors #lead, #participant, #beneficiary unchanged), then
 * /actors/<id>/2/ and on, each page the next 100 of every role that has more. Today no actor has
 * more than 100 units in a role, so every actor page is whole.
 */
export const ACTOR_UNITS_PER_PAGE = 100;

/** One role's part of one page of an actor: its items cut to the page's units, a document cut by the boundary marked `continued`. */
export interface ActorRoleSlice {
  role: Role;
  /** Its tags in all (处), on every page. */
  count: number;
  /** Its units in all, and the 1-based numbers of this page's first and last (0, 0 when this page lists none of them). */
  units: number;
  from: number;
  to: number;
  items: Array<ItemGroup & { continued: boolean }>;
}

/** How many pages an actor's page takes: the most any of its roles needs. */
export const actorPageCount = (page: ActorPage) =>
  Math.max(
    ...ROLES.map((role) =>
      pageCount(
        groupByItem(page.byRole[role]).reduce((n, g) => n + g.units.length, 0),
        ACTOR_UNITS_PER_PAGE,
      ),
    ),
  );

/** Page `n` of an actor's page: each role's units (ACTOR_UNITS_PER_PAGE of them from the same place in its list), and where the page stands. */
export function actorPageSlice(page: ActorPage, n: number, urlOf: (n: number) => string): { roles: ActorRoleSlice[]; paging: Paging } {
  const roles = ROLES.map((role): ActorRoleSlice => {
    const groups = groupByItem(page.byRole[role]);
    const units = groups.reduce((sum, g) => sum + g.units.length, 0);
    const base = { role, count: page.byRole[role].length, units };
    if (n > pageCount(units, ACTOR_UNITS_PER_PAGE)) return { ...base, from: 0, to: 0, items: [] };
    const slice = groupedPageOf(groups, (g) => g.units, ACTOR_UNITS_PER_PAGE, n, urlOf);
    return {
      ...base,
      from: slice.paging.from,
      to: slice.paging.to,
      items: slice.groups.map(({ group, entries, continued }) => ({ ...group, units: entries, continued })),
    };
  });
  const most = Math.max(...roles.map((r) => r.units));
  return { roles, paging: paging(most, ACTOR_UNITS_PER_PAGE, n, urlOf) };
}

// Build side: the searchable units of the corpus, the records of the search index: a map over
// each document's unit list (src/lib/units/units.ts), so every unit of every kind is a record.
// Units with a page of their own (measures, articles, points) point to their page; the others to
// their place in the document page. Pure functions of corpus entries.
import { type CorpusEntry, type DocumentEntry, type NewsEntry } from '../corpus.ts';
import { itemYear } from '../schema/item-date.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { UNIT_NAMES } from '../schema/unit-words.ts';
import { HEADED_KINDS, unitTitle } from '../units/titles.ts';
import { type DocUnit, PAGE_KINDS } from '../units/units.ts';
import type { Clause, SearchUnit } from './unit.ts';
import { newsUrl } from '../routes.ts';

/** Actor names by unit (`<item>#<unit>`), when the actor registry is available. */
export type ActorLookup = (item: string, unit: string) => string[];

const noActors: ActorLookup = () => [];
const noLevels: LevelLookup = () => [];

/** Instrument names (供给型·人才培养) by unit, for the instrument filter; the same shape as the actors'. */
export type InstrumentLookup = ActorLookup;

const docName = (doc: DocumentEntry) => doc.meta.shortTitle ?? doc.meta.title;

/** The levels (中央, 国务院部门, 地方) a document is issued at, as the actor registry places its issuers. */
export type LevelLookup = (doc: DocumentEntry) => string[];

/**
 * The document's own facets, on every record of it: its kind (文种), issuers, level and year. The
 * document facet is its full title: a short title (《条例》, 《意见》) may name several documents
 * of a collection, and a filter must name one.
 */
function documentFacets(doc: DocumentEntry, levels: LevelLookup): Record<string, string[]> {
  const year = itemYear(doc.meta);
  const out: Record<string, string[]> = { doctype: [KIND_NAMES[doc.meta.kind]], document: [doc.meta.title] };
  if (doc.meta.issuers.length) out['issuer'] = [...doc.meta.issuers];
  const level = levels(doc);
  if (level.length) out['level'] = level;
  if (year) out['year'] = [`${year}年`];
  return out;
}

/** What a unit is called as the kind facet: 总体要求 for a part so headed and its measures, else the unit's name. */
function kindOf(doc: DocumentEntry, u: DocUnit): string {
  const part = u.part ? doc.units.byId.get(u.part) : undefined;
  if (part?.heading === '总体要求' && (u.kind === 'measure' || (u.kind === 'part' && u.sentences.length > 0))) return '总体要求';
  if (u.kind === 'part' && u.sentences.length === 0) return '部分标题';
  return UNIT_NAMES[u.kind];
}

/** The unit's clauses: its heading (a division's, an attachment's), its sentences, or a table's cells and a signature's lines. */
function clausesOf(u: DocUnit): Clause[] {
  // A heading is found as the unit's own clause; a measure's lead is its first sentence already.
  const head: Clause[] = u.heading !== null && HEADED_KINDS.has(u.kind) ? [[u.id, unitTitle(u)]] : [];
  return [...head, ...u.sentences.map((s): Clause => [s.id, s.text]), ...u.lines.map((l): Clause => [u.id, l.text])];
}

/** One unit of a document as its search record. */
export function documentUnit(
  doc: DocumentEntry,
  u: DocUnit,
  actors: ActorLookup = noActors,
  instruments: InstrumentLookup = noActors,
  levels: LevelLookup = noLevels,
): SearchUnit {
  const name = docName(doc);
  const part = u.part ? doc.units.byId.get(u.part) : undefined;
  const names = actors(doc.id, u.id);
  const coded = instruments(doc.id, u.id);
  const kind = kindOf(doc, u);
  const filters: Record<string, string[]> = { ...documentFacets(doc, levels), kind: [kind] };
  if (part) filters['part'] = [`${doc.meta.title}${unitTitle(part)}`];
  return {
    item: doc.id,
    unit: u.id,
    page: u.page,
    title: unitTitle(u),
    context: part ? `${name} · ${unitTitle(part)}` : name,
    kind,
    clauses: clausesOf(u),
    actors: names,
    filters: withInstruments(withActors(filters, names), coded),
  };
}

/** One measure, article or point page. */
export function measureUnit(
  doc: DocumentEntry,
  measure: { id: string },
  actors: ActorLookup = noActors,
  instruments: InstrumentLookup = noActors,
  levels: LevelLookup = noLevels,
): SearchUnit {
  const u = doc.units.byId.get(measure.id);
  if (!u || !PAGE_KINDS.has(u.kind)) throw new Error(`${doc.id}: ${measure.id} is no unit with a page of its own`);
  return documentUnit(doc, u, actors, instruments, levels);
}

/** One news page: its headline, subheadings and sentences. */
export function newsUnit(item: NewsEntry, actors: ActorLookup = noActors): SearchUnit {
  const kind = item.meta.kind === 'photo' ? '图片新闻' : '新闻';
  const clauses: Clause[] = [['', item.meta.title]];
  for (const b of item.outline.blocks) {
    if (b.type === 'subheading') clauses.push([b.id, b.text]);
    else for (const s of b.sentences) clauses.push([s.id, s.text]);
  }
  const names = actors(item.id, item.id);
  return {
    item: item.id,
    unit: item.id,
    page: newsUrl(item.id),
    title: item.meta.title,
    context: kind,
    kind,
    clauses,
    actors: names,
    filters: withActors({ document: [item.meta.title], kind: [kind] }, names),
  };
}

/** A unit is a record when it holds something to find: sentences, a heading, lines. */
const searchable = (u: DocUnit) => u.sentences.length > 0 || u.lines.length > 0 || (u.heading !== null && !PAGE_KINDS.has(u.kind));

/**
 * A document's units without a page of their own (the preamble, each part's heading and own text,
 * chapters, the closing, attachments, a notice's text, tables…): the index gets them as custom
 * records pointing into the document page, so a search still finds 2035 or a part heading there.
 */
export function looseUnits(
  doc: DocumentEntry,
  actors: ActorLookup = noActors,
  instruments: InstrumentLookup = noActors,
  levels: LevelLookup = noLevels,
): SearchUnit[] {
  return doc.units.list
    .filter((u) => !PAGE_KINDS.has(u.kind) && searchable(u))
    .map((u) => documentUnit(doc, u, actors, instruments, levels));
}

/**
 * Every unit of the corpus in reading order, page or not: the records of the search index
 * (src/lib/site/pagefind.ts), with the actors, instruments and levels the registry gives.
 */
export function searchUnits(
  entries: readonly CorpusEntry[],
  actors: ActorLookup = noActors,
  instruments: InstrumentLookup = noActors,
  levels: LevelLookup = noLevels,
): SearchUnit[] {
  return entries.flatMap((e) =>
    e.kind === 'news' ? [newsUnit(e, actors)] : recordUnits(e).map((u) => documentUnit(e, u, actors, instruments, levels)),
  );
}

/** How many units of an item searchUnits gives, without making them. */
export function searchUnitCount(entry: CorpusEntry): number {
  return entry.kind === 'news' ? 1 : recordUnits(entry).length;
}

/** A document's units that are records: those with a page of their own, and those with text to find. */
function recordUnits(doc: DocumentEntry): DocUnit[] {
  return doc.units.list.filter((u) => PAGE_KINDS.has(u.kind) || searchable(u));
}

function withActors(filters: Record<string, string[]>, names: string[]): Record<string, string[]> {
  return names.length ? { ...filters, actor: names } : filters;
}

function withInstruments(filters: Record<string, string[]>, names: string[]): Record<string, string[]> {
  return names.length ? { ...filters, instrument: names } : filters;
}

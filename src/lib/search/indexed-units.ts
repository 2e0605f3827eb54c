// Build side: the searchable units of the corpus, as SearchMeta.astro and the Pagefind script
// write them. Pure functions of corpus entries.
import { type CorpusEntry, type DocumentEntry, type NewsEntry } from '../corpus.ts';
import type { Measure, Part } from '../schema/tree.ts';
import type { Clause, SearchUnit } from './unit.ts';
import { documentUrl, measureUrl, newsUrl } from '../routes.ts';

/** Actor names by unit (`<item>#<unit>`), when the actor registry is available. */
export type ActorLookup = (item: string, unit: string) => string[];

const noActors: ActorLookup = () => [];

/** Instrument names (供给型·人才培养) by unit, for the instrument filter; the same shape as the actors'. */
export type InstrumentLookup = ActorLookup;

const docName = (doc: DocumentEntry) => doc.meta.shortTitle ?? doc.meta.title;
const partLabel = (part: Part) => `${part.numeral}、${part.heading}`;
const kindOfPart = (part: Part) => (part.heading === '总体要求' ? '总体要求' : '措施');

/** One measure page. */
export function measureUnit(
  doc: DocumentEntry,
  measure: Measure,
  actors: ActorLookup = noActors,
  instruments: InstrumentLookup = noActors,
): SearchUnit {
  const part = doc.partOf(measure.id);
  const names = actors(doc.id, measure.id);
  const coded = instruments(doc.id, measure.id);
  return {
    item: doc.id,
    unit: measure.id,
    page: measureUrl(doc.id, measure.id),
    title: `${measure.label}${measure.lead ?? ''}`,
    context: `${docName(doc)} · ${partLabel(part)}`,
    kind: kindOfPart(part),
    clauses: measure.sentences.map((s): Clause => [s.id, s.text]),
    actors: names,
    filters: withInstruments(
      withActors({ document: [docName(doc)], kind: [kindOfPart(part)], part: [`${docName(doc)}${partLabel(part)}`] }, names),
      coded,
    ),
  };
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

/**
 * A document's text outside its measures: the preamble, and each part's heading with any
 * sentences printed before its measures (all of 一、总体要求 in the 2024 opinion). These have
 * no page of their own, so the index gets them as custom records pointing into the document
 * page, and a search still finds 2035 or a part heading there.
 */
export function looseUnits(doc: DocumentEntry, actors: ActorLookup = noActors, instruments: InstrumentLookup = noActors): SearchUnit[] {
  const page = documentUrl(doc.id);
  const unit = (id: string, title: string, context: string, kind: string, clauses: Clause[], part?: string): SearchUnit => {
    const names = actors(doc.id, id);
    const filters: Record<string, string[]> = { document: [docName(doc)], kind: [kind] };
    if (part) filters['part'] = [part];
    const coded = instruments(doc.id, id);
    return {
      item: doc.id,
      unit: id,
      page,
      title,
      context,
      kind,
      clauses,
      actors: names,
      filters: withInstruments(withActors(filters, names), coded),
    };
  };
  const units: SearchUnit[] = [];
  if (doc.outline.preamble.length)
    units.push(
      unit(
        'preamble',
        '前言',
        docName(doc),
        '前言',
        doc.outline.preamble.map((s): Clause => [s.id, s.text]),
      ),
    );
  for (const part of doc.outline.parts) {
    const kind = part.sentences.length ? kindOfPart(part) : '部分标题';
    const clauses: Clause[] = [[part.id, partLabel(part)], ...part.sentences.map((s): Clause => [s.id, s.text])];
    units.push(unit(part.id, partLabel(part), `${docName(doc)} · ${partLabel(part)}`, kind, clauses, `${docName(doc)}${partLabel(part)}`));
  }
  return units;
}

/** Every unit of the corpus in reading order: what the index holds, page or custom record. */
export function searchUnits(entries: readonly CorpusEntry[], actors: ActorLookup = noActors): SearchUnit[] {
  return entries.flatMap((e) => {
    if (e.kind === 'news') return [newsUnit(e, actors)];
    const loose = new Map(looseUnits(e, actors).map((u) => [u.unit, u]));
    const ordered = [
      loose.get('preamble'),
      ...e.outline.parts.flatMap((p) => [loose.get(p.id), ...p.measures.map((m) => measureUnit(e, m, actors))]),
    ];
    return ordered.filter((u): u is SearchUnit => u !== undefined);
  });
}

function withActors(filters: Record<string, string[]>, names: string[]): Record<string, string[]> {
  return names.length ? { ...filters, actor: names } : filters;
}

function withInstruments(filters: Record<string, string[]>, names: string[]): Record<string, string[]> {
  return names.length ? { ...filters, instrument: names } : filters;
}

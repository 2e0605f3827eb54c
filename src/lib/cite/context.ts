import type { CorpusEntry } from '../corpus.ts';
import type { CitableDocument, CitableNews, CitableSentence, CitableUnit, DocumentCiteMeta, NewsCiteMeta } from './citable.ts';
import { type Citation, citeDocument, citeDocumentSentence, citeMeasure, citeNews, citePart } from './cite.ts';
import { clause, placeOfMeasure, placeOfPart, placeOfSentence } from './locators.ts';
import { DIVISION_KINDS as DIVISIONS, PAGE_KINDS } from '../units/kinds.ts';

/**
 * Everything citing one item needs, as plain JSON: the build writes it to /data/cite/<item>.json
 * and the reader's browser formats citations from it with the same code (cite.ts), so the only
 * thing the browser adds is the day of access.
 */
export type CiteContext = DocumentCiteContext | NewsCiteContext;

export interface DocumentCiteContext {
  kind: 'document';
  /** The site's absolute base URL, as the build's citations use it. */
  site: string;
  id: string;
  url: string;
  meta: DocumentCiteMeta;
  /** Its units as citing reads them, in reading order (src/lib/units/units.ts). */
  units: CitableUnit[];
}

export interface NewsCiteContext {
  kind: 'news';
  site: string;
  id: string;
  url: string;
  meta: NewsCiteMeta;
  sentences: CitableSentence[];
}

/** What is cited: the whole item, or one measure, part or sentence of it. */
export type CiteTarget = { kind: 'item' } | { kind: 'measure' | 'part' | 'sentence'; id: string };

/** Keeps the named keys whose value is defined, so the JSON holds no nulls for absent fields. */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;
}

const sentences = (list: readonly CitableSentence[]): CitableSentence[] => list.map(({ id, text }) => ({ id, text }));

/** The context of a corpus entry (build side). */
export function citeContext(entry: CorpusEntry, site: string): CiteContext {
  const base = { site, id: entry.id, url: entry.url };
  if (entry.kind === 'news') {
    return {
      kind: 'news',
      ...base,
      meta: pick(entry.meta, ['title', 'titleEditorial', 'publisher', 'place', 'published', 'kind']),
      sentences: sentences(entry.sentences),
    };
  }
  return {
    kind: 'document',
    ...base,
    meta: pick(entry.meta, ['kind', 'title', 'shortTitle', 'issuers', 'docNumber', 'date', 'published', 'publisher']),
    units: entry.units.list.map((u) => ({
      id: u.id,
      kind: u.kind,
      label: u.label,
      numeral: u.numeral,
      parent: u.parent,
      sentences: sentences(u.sentences),
      ...(u.places ? { places: u.places } : {}),
      ...(u.kind === 'issued' ? { heading: u.heading } : {}),
    })),
  };
}

/** The item the cite functions read, rebuilt from a context (browser side). */
export function citableDocument(ctx: DocumentCiteContext): CitableDocument {
  const { id, url, meta, units } = ctx;
  return { id, url, meta, units: { list: units } };
}

export const citableNews = ({ id, url, meta, sentences: list }: NewsCiteContext): CitableNews => ({ id, url, meta, sentences: list });

/** Every form of citation for a target, with the reader's day of access (YYYY-MM-DD). */
export function citationFor(ctx: CiteContext, target: CiteTarget, accessed: string): Citation {
  const opts = { site: ctx.site, accessed };
  if (ctx.kind === 'news') {
    if (target.kind === 'measure' || target.kind === 'part') throw new Error(`a news item has no ${target.kind} ${target.id}`);
    return citeNews(citableNews(ctx), opts, target.kind === 'sentence' ? target.id : undefined);
  }
  const doc = citableDocument(ctx);
  if (target.kind === 'item') return citeDocument(doc, opts);
  if (target.kind === 'measure') return citeMeasure(doc, target.id, opts);
  if (target.kind === 'part') return citePart(doc, target.id, opts);
  return citeDocumentSentence(doc, target.id, opts);
}

/** What an id on the page names: '' is the whole item, else a measure, part or sentence id. */
export function targetOf(ctx: CiteContext, id: string): CiteTarget {
  if (id === '') return { kind: 'item' };
  if (ctx.kind === 'document') {
    const unit = ctx.units.find((u) => u.id === id);
    if (unit && DIVISIONS.has(unit.kind)) return { kind: 'part', id };
    if (unit && PAGE_KINDS.has(unit.kind)) return { kind: 'measure', id };
  }
  const all = ctx.kind === 'news' ? ctx.sentences : ctx.units.flatMap((u) => u.sentences);
  if (all.some((s) => s.id === id)) return { kind: 'sentence', id };
  throw new Error(`nothing with id "${id}" in ${ctx.id}`);
}

export interface CiteScope {
  target: CiteTarget;
  /** How the choice reads: 本句, 第（十四）条, 第一部分, 全文. */
  label: string;
}

/**
 * The choices offered when a target is cited, narrowest first: a sentence, then the measure or
 * part holding it, then the whole item.
 */
export function citeScopes(ctx: CiteContext, target: CiteTarget): CiteScope[] {
  const whole: CiteScope = { target: { kind: 'item' }, label: '全文' };
  if (target.kind === 'item') return [whole];
  const own: CiteScope = { target, label: '本句' };
  if (ctx.kind === 'news') return [own, whole];
  const doc = citableDocument(ctx);
  if (target.kind === 'measure') return [{ target, label: clause(placeOfMeasure(doc, target.id)) }, whole];
  if (target.kind === 'part') return [{ target, label: clause(placeOfPart(doc, target.id)) }, whole];
  // The measure or part around the sentence, as its place says.
  const place = placeOfSentence(doc, target.id);
  const container: CiteScope[] =
    place.kind === 'measure'
      ? [{ target: { kind: 'measure', id: place.measure.id }, label: clause(placeOfMeasure(doc, place.measure.id)) }]
      : place.kind === 'part'
        ? [{ target: { kind: 'part', id: place.part.id }, label: clause(place) }]
        : [];
  return [own, ...container, whole];
}

/** The reader's calendar day, YYYY-MM-DD in local time (toISOString would give the UTC day). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

import type { CitableDocument, CitableNews } from './citable.ts';

import { bibAuthors, escapeBib, formatBibtex } from './bibtex.ts';
import { type CslItem, cslDate, formatCslJson } from './csl.ts';
import { itemDate } from '../schema/item-date.ts';
import { gbt7714 } from './gbt7714.ts';
import {
  type DocumentPlace,
  clause,
  fullForm,
  newsFullForm,
  newsTitle,
  placeOfMeasure,
  placeOfPart,
  placeOfSentence,
  quoteForm,
  shortForm,
} from './locators.ts';
import { absoluteUrl, measureUrl } from '../routes.ts';
import { KINDS } from '../schema/kind-names.ts';

export interface CiteOptions {
  /** The site's absolute base URL, e.g. https://example.org */
  site: string;
  /** The day the reader copies the citation, YYYY-MM-DD (GB/T 7714 引用日期, BibTeX urldate). */
  accessed: string;
}

/** Every form the "cite" control offers for one unit. */
export interface Citation {
  permalink: string;
  /** 《意见》第（十四）条 */
  short: string;
  /** 《中共中央 国务院关于深化产业工人队伍建设改革的意见》六（十四） */
  full: string;
  /** For a sentence: “…。”（《意见》第（十四）条）. */
  quote?: string;
  /** GB/T 7714-2015 reference to the whole item (pinpoints go in the text, not the reference list). */
  gbt7714: string;
  bibtex: string;
  csl: CslItem;
  cslJson: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkOptions(opts: CiteOptions): void {
  if (!ISO_DATE.test(opts.accessed)) throw new Error(`accessed must be YYYY-MM-DD, got "${opts.accessed}"`);
}

/** Path of the page and fragment a place is read at: a measure's own page, else the document page. */
function placePath(doc: CitableDocument, place: DocumentPlace, sentenceId?: string): string {
  const page = place.kind === 'measure' ? measureUrl(doc.id, place.measure.id) : doc.url;
  const fragment = sentenceId ?? (place.kind === 'measure' ? undefined : placeId(place));
  return fragment ? `${page}#${fragment}` : page;
}

/** The id a place has on the document page: the unit's, or `preamble`, `closing`. */
function placeId(place: DocumentPlace): string {
  if (place.kind === 'measure') return place.measure.id;
  if (place.kind === 'part') return place.part.id;
  if (place.kind === 'unit') return place.unit.id;
  return place.id ?? place.kind;
}

function citeDocumentPlace(doc: CitableDocument, place: DocumentPlace | null, opts: CiteOptions, sentenceId?: string): Citation {
  checkOptions(opts);
  const { meta } = doc;
  const kind = KINDS[meta.kind];
  const permalink = absoluteUrl(opts.site, place ? placePath(doc, place, sentenceId) : doc.url);
  const date = itemDate(doc.meta);
  const key = [doc.id, sentenceId ?? (place && placeId(place))].filter(Boolean).join('-');
  const pinpoint = place ? clause(place) : undefined;
  const csl: CslItem = {
    id: key,
    // An explanation 说明 is a speech by its author about a document, not legislation.
    type: kind.legislative ? 'legislation' : 'speech',
    title: meta.title,
    author: meta.issuers.map((literal) => ({ literal })),
    ...(kind.legislative ? { authority: meta.issuers.join('、') } : {}),
    genre: kind.name,
    ...(meta.docNumber ? { number: meta.docNumber } : {}),
    ...(pinpoint ? { section: pinpoint } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(date ? { issued: cslDate(date) } : {}),
    accessed: cslDate(opts.accessed),
    URL: permalink,
    language: 'zh-CN',
  };
  return {
    permalink,
    short: place ? shortForm(doc, place) : (meta.shortTitle ?? `《${meta.title}》`),
    full: place ? fullForm(doc, place) : `《${meta.title}》`,
    ...(sentenceId && place ? { quote: quoteForm(sentenceText(doc, sentenceId), shortForm(doc, place)) } : {}),
    gbt7714: gbt7714({
      authors: meta.issuers,
      title: meta.title,
      type: 'EB',
      published: meta.published,
      accessed: opts.accessed,
      url: absoluteUrl(opts.site, doc.url),
    }),
    bibtex: formatBibtex({
      type: 'misc',
      key,
      fields: [
        ['author', bibAuthors(meta.issuers)],
        ['title', escapeBib(meta.title)],
        ['number', meta.docNumber && escapeBib(meta.docNumber)],
        ['howpublished', meta.publisher && escapeBib(meta.publisher)],
        ['year', date?.slice(0, 4)],
        ['date', date],
        ['url', permalink],
        ['urldate', opts.accessed],
        ['note', pinpoint],
        ['langid', 'chinese'],
      ],
    }),
    csl,
    cslJson: formatCslJson([csl]),
  };
}

function sentenceText(entry: CitableDocument | CitableNews, sentenceId: string): string {
  const all = 'units' in entry ? entry.units.list.flatMap((u) => u.sentences) : entry.sentences;
  const s = all.find((x) => x.id === sentenceId);
  if (!s) throw new Error(`no sentence ${sentenceId} in ${entry.id}`);
  return s.text;
}

/** The whole document. */
export const citeDocument = (doc: CitableDocument, opts: CiteOptions) => citeDocumentPlace(doc, null, opts);

/** A measure: citeMeasure(doc, 'm14', opts). */
export const citeMeasure = (doc: CitableDocument, measureId: string, opts: CiteOptions) =>
  citeDocumentPlace(doc, placeOfMeasure(doc, measureId), opts);

/** A part's own text (a part with no measures, like 一、总体要求 of 2024). */
export const citePart = (doc: CitableDocument, partId: string, opts: CiteOptions) => citeDocumentPlace(doc, placeOfPart(doc, partId), opts);

/**
 * One sentence of a document: cited by its clause (Chinese writers cite clauses, not sentence
 * numbers), with the sentence's own permalink and a quotation form.
 */
export const citeDocumentSentence = (doc: CitableDocument, sentenceId: string, opts: CiteOptions) =>
  citeDocumentPlace(doc, placeOfSentence(doc, sentenceId), opts, sentenceId);

/** A news item or photo caption, or (with a sentence id) one of its sentences. */
export function citeNews(news: CitableNews, opts: CiteOptions, sentenceId?: string): Citation {
  checkOptions(opts);
  const { meta } = news;
  const permalink = absoluteUrl(opts.site, sentenceId ? `${news.url}#${sentenceId}` : news.url);
  const key = sentenceId ? `${news.id}-${sentenceId}` : news.id;
  // The schema requires a news item's publisher; a missing one is left out rather than printed empty.
  const authors = meta.publisher ? [meta.publisher] : [];
  const csl: CslItem = {
    id: key,
    type: 'article-newspaper',
    title: meta.title,
    author: authors.map((literal) => ({ literal })),
    ...(meta.publisher ? { 'container-title': meta.publisher, publisher: meta.publisher } : {}),
    ...(meta.place ? { 'publisher-place': meta.place } : {}),
    issued: cslDate(meta.published),
    accessed: cslDate(opts.accessed),
    URL: permalink,
    language: 'zh-CN',
  };
  const short = newsTitle(news);
  return {
    permalink,
    short,
    full: newsFullForm(news),
    ...(sentenceId ? { quote: quoteForm(sentenceText(news, sentenceId), `${meta.publisher ?? ''}${short}`) } : {}),
    gbt7714: gbt7714({
      authors,
      title: meta.title,
      type: 'EB',
      published: meta.published,
      accessed: opts.accessed,
      url: absoluteUrl(opts.site, news.url),
    }),
    bibtex: formatBibtex({
      type: 'misc',
      key,
      fields: [
        ['author', bibAuthors(authors)],
        ['title', escapeBib(meta.title)],
        ['howpublished', meta.publisher && escapeBib(meta.publisher)],
        ['year', meta.published.slice(0, 4)],
        ['date', meta.published],
        ['url', permalink],
        ['urldate', opts.accessed],
        ['note', meta.titleEditorial ? '题名为编者所拟' : undefined],
        ['langid', 'chinese'],
      ],
    }),
    csl,
    cslJson: formatCslJson([csl]),
  };
}

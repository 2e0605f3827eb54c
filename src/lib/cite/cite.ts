import type { CitableDocument, CitableNews } from './citable.ts';

import { bibAuthors, escapeBib, formatBibtex } from './bibtex.ts';
import { type CslItem, cslDate, formatCslJson } from './csl.ts';
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
  /**
   * GB/T 7714-2015 reference to the item, its access path the permalink of what is cited: exactly
   * what citeproc-js makes of `csl` in the official numeric style (src/lib/cite/citeproc.test.ts).
   */
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
  const key = [doc.id, sentenceId ?? (place && placeId(place))].filter(Boolean).join('-');
  const pinpoint = place ? clause(place) : undefined;
  // The copy cited is a web page (ours, of the text its publisher printed): GB/T 7714's electronic
  // resource [EB/OL], CSL `webpage`, biblatex @online, each dated by the copy's publication.
  const copyDate = citedDate(meta);
  const csl: CslItem = {
    id: key,
    type: 'webpage',
    title: meta.title,
    author: meta.issuers.map((literal) => ({ literal })),
    genre: kind.name,
    ...(meta.docNumber ? { number: meta.docNumber } : {}),
    ...(pinpoint ? { section: pinpoint } : {}),
    ...(meta.publisher ? { 'container-title': meta.publisher } : {}),
    ...(copyDate ? { issued: cslDate(copyDate) } : {}),
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
      number: meta.docNumber,
      type: 'EB',
      published: copyDate,
      accessed: opts.accessed,
      url: permalink,
    }),
    bibtex: formatBibtex({
      type: 'online',
      key,
      fields: [
        ['author', bibAuthors(meta.issuers)],
        ['title', escapeBib(meta.title)],
        ['titleaddon', meta.docNumber && escapeBib(meta.docNumber)],
        ['organization', meta.publisher && escapeBib(meta.publisher)],
        ['year', copyDate?.slice(0, 4)],
        // biblatex requires a date of every entry; a text that carries none gets EDTF's
        // unspecified year, XXXX, which biber reads as a date no one knows (never a made-up day).
        ['date', copyDate ?? UNSPECIFIED_DATE],
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

/** ISO 8601-2 (EDTF) for a year not known: how biblatex's date field says a text is undated. */
export const UNSPECIFIED_DATE = 'XXXX';

/**
 * The date a citation gives: the copy's publication (GB/T 7714's 更新或修改日期 of an electronic
 * resource, CSL `issued` of a web page), else the document's own date; undefined for a text with none.
 */
const citedDate = (meta: { date?: string | undefined; published?: string | undefined }) => meta.published ?? meta.date;

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
  // A web page as a document is (above): the dateline's place is no publisher's place, which
  // GB/T 7714 styles would print as a book's 出版地.
  const csl: CslItem = {
    id: key,
    type: 'webpage',
    title: meta.title,
    author: authors.map((literal) => ({ literal })),
    genre: KINDS[meta.kind].name,
    ...(meta.publisher ? { 'container-title': meta.publisher } : {}),
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
      url: permalink,
    }),
    bibtex: formatBibtex({
      type: 'online',
      key,
      fields: [
        ['author', bibAuthors(authors)],
        ['title', escapeBib(meta.title)],
        ['organization', meta.publisher && escapeBib(meta.publisher)],
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

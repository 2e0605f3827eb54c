// The home page: what the collection holds (counts by kind and level, years, where the texts come
// from); the newest documents by their own date, each with the facts a reader picks one by (kind,
// size, date, 文号) and a line on what it is about; the news printed beside a document, grouped
// under the document they share a page with.
import type { Corpus, DocumentEntry, NewsEntry } from '../corpus.ts';
import { chineseDate } from '../cite/locators.ts';
import { UNDATED, itemDate } from '../schema/item-date.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { truncate } from '../snippet.ts';
import { docMetaRows } from './doc-meta.ts';
import { publisherCounts } from './footer.ts';
import { unitCounts } from './unit-summary.ts';
import type { FilterValue } from './document-filters.ts';

/** How long the opening words shown for a document without a summary may run. */
export const OPENING_CHARS = 48;
/** What marks opening words as the text's own, not a summary someone wrote. */
export const OPENING_LABEL = '未附摘要，正文开头：';

export interface HomeDocument {
  id: string;
  title: string;
  url: string;
  /** 意见 · 9个部分 · 27条措施 */
  facts: string[];
  /** The date the list is sorted by, as shown: 2024年10月12日成文, 2025年10月29日发布, or 未注明日期. */
  date: string;
  /** Its ISO form for <time>, absent for an undated text. */
  iso?: string | undefined;
  docNumber?: string | undefined;
  /** The summary the item gives, or, without one, the words its text opens with, marked as such. */
  about: { kind: 'summary'; text: string } | { kind: 'opening'; text: string } | null;
}

/**
 * Newest first by the document's own date (itemDate: its 成文日期 or adoption, else its
 * publication); an undated text last; equal dates keep the corpus order.
 */
export function byItemDate<T extends { meta: { date?: string | undefined; published?: string | undefined } }>(entries: readonly T[]): T[] {
  return entries
    .map((e, i) => ({ e, i, d: itemDate(e.meta) }))
    .sort((a, b) => (a.d && b.d ? b.d.localeCompare(a.d) : a.d ? -1 : b.d ? 1 : 0) || a.i - b.i)
    .map(({ e }) => e);
}

/** 成文日期 → 成文, 通过日期 → 通过, a speech's plain 日期 → nothing; a publication date → 发布. */
function dateLine(doc: DocumentEntry): { date: string; iso?: string } {
  const iso = itemDate(doc.meta);
  if (!iso) return { date: UNDATED };
  const own = doc.meta.date ? docMetaRows(doc.meta).find((r) => r.date === iso && r.term !== '发布') : undefined;
  const term = own ? own.term.replace(/日期$/u, '') : '发布';
  return { date: `${chineseDate(iso)}${term}`, iso };
}

export function homeDocument(doc: DocumentEntry): HomeDocument {
  const { meta } = doc;
  const opening = doc.sentences[0]?.text.trim();
  return {
    id: doc.id,
    title: meta.title,
    url: doc.url,
    facts: [KIND_NAMES[meta.kind], ...unitCounts(doc.units.list)],
    ...dateLine(doc),
    docNumber: meta.docNumber,
    about: meta.summary
      ? { kind: 'summary', text: meta.summary }
      : opening
        ? { kind: 'opening', text: truncate(opening, OPENING_CHARS) }
        : null,
  };
}

export const homeDocuments = (documents: readonly DocumentEntry[]) => byItemDate(documents).map(homeDocument);

/**
 * What 同版新闻 means, said around the document's title: the words before it and after it.
 * 〔编者拟题〕 beside a news title is explained with it.
 */
export const SAME_PAGE = [
  '与',
  '印在报纸同一版上的新闻和图片说明，取自同一份来源文本，随文件一并收录。标“〔编者拟题〕”的，原稿没有标题，标题由编者拟定。',
] as const;

/** News items that came in one source text, and the document printed with them, if one was. */
export interface NewsGroup {
  document?: { title: string; url: string } | undefined;
  news: Array<{ title: string; url: string; editorialTitle: boolean }>;
}

/**
 * The news of the corpus by the source text it was taken from: news printed on a document's page
 * is listed under that document (同版: on the same newspaper page); news of no document's source
 * comes last, on its own.
 */
export function newsGroups(corpus: Pick<Corpus, 'documents' | 'news'>): NewsGroup[] {
  const groups = new Map<string, NewsEntry[]>();
  for (const n of corpus.news) groups.set(n.sourceFile, [...(groups.get(n.sourceFile) ?? []), n]);
  const out = [...groups].map(([source, news]) => {
    const doc = corpus.documents.find((d) => d.sourceFile === source);
    return {
      document: doc && { title: doc.meta.title, url: doc.url },
      news: news.map((n) => ({ title: n.meta.title, url: n.url, editorialTitle: n.meta.titleEditorial })),
    };
  });
  return [...out.filter((g) => g.document), ...out.filter((g) => !g.document)];
}

/**
 * How many news items the home page lists (the newest, by the day they were published, in their
 * groups); /news/ has them all. Every news item on the home page grew with the collection.
 */
export const HOME_NEWS = 12;

/**
 * How many news items one page of /news/ lists (a line each, about 100 bytes of HTML gzipped): the
 * first page at /news/, then /news/page/2/ and on (newsPageUrl). Today's 4 are on the first.
 */
export const NEWS_PER_PAGE = 200;

/** The newest `count` news items in their groups (as newsGroups groups them), and how many are left to /news/. */
export function homeNews(
  corpus: Pick<Corpus, 'documents' | 'news'>,
  count = HOME_NEWS,
): { groups: NewsGroup[]; total: number; more: number } {
  const day = (n: (typeof corpus.news)[number]) => n.meta.published ?? '';
  const newest = new Set([...corpus.news].sort((a, b) => day(b).localeCompare(day(a))).slice(0, count));
  return {
    groups: newsGroups({ documents: corpus.documents, news: corpus.news.filter((n) => newest.has(n)) }),
    total: corpus.news.length,
    more: corpus.news.length - newest.size,
  };
}

/** How many of the newest documents the home page lists; the catalogue (/documents/) has them all. */
export const NEWEST = 10;

/** The newest documents by their own date, for the home page. */
export const newestDocuments = (documents: readonly DocumentEntry[], count = NEWEST) => homeDocuments(documents).slice(0, count);

export interface CollectionSummary {
  documents: number;
  news: number;
  /** Each kind with its count and its catalogue page, most numerous first. */
  kinds: Array<{ label: string; count: number; url?: string | undefined }>;
  /** Each level with its count (a document counts under each of its issuers' levels), 未定级 last. */
  levels: Array<{ label: string; count: number; url?: string | undefined }>;
  issuers: number;
  /** The first and last year of the dated documents; null when none is dated. */
  years: { from: string; to: string } | null;
  undated: number;
  /** Where the texts were taken from: the publisher of each copy as its item file records it (publisherCounts), else nothing recorded. */
  sources: Array<{ label: string; count: number; recorded: boolean }>;
}

/** What the collection holds, read off the catalogue's facets (so the two always agree) and the item files. */
export function collectionSummary(corpus: Pick<Corpus, 'documents' | 'news'>, filters: readonly FilterValue[]): CollectionSummary {
  const facet = (f: FilterValue['facet']) =>
    filters.filter((v) => v.facet === f).map((v) => ({ label: v.label, count: v.documents.length, url: v.url }));
  const years = filters.filter((v) => v.facet === 'year' && v.url).map((v) => v.value);
  return {
    documents: corpus.documents.length,
    news: corpus.news.length,
    kinds: facet('kind').sort((a, b) => b.count - a.count),
    levels: facet('level'),
    issuers: filters.filter((v) => v.facet === 'issuer').length,
    years: years.length ? { from: years.reduce((a, b) => (a < b ? a : b)), to: years.reduce((a, b) => (a > b ? a : b)) } : null,
    undated: filters.find((v) => v.facet === 'year' && !v.url)?.documents.length ?? 0,
    sources: publisherCounts(corpus.documents).map(({ publisher, count }) => ({
      label: publisher || '未记录出处',
      count,
      recorded: publisher !== '',
    })),
  };
}

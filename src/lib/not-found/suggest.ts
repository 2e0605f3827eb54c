// What the 404 page suggests for a mistyped address (browser-safe: the page's script runs it on
// location.pathname). A path that looks like a unit of a document (`/documents/<doc>/m99/`,
// `/documents/x/art5/`) is read for its document and its unit; a near-miss of an id (one typed
// letter off) is taken for the id. The page carries nothing of the collection: what this reads of
// it, it asks for (NotFoundData), and only what the address needs: the item the address names,
// else the ids near the one typed and then the item nearest, else the documents that have a unit of
// the number typed. The build writes those files (catalogue.ts), the page's script fetches them
// (data.ts). The types are type aliases, not interfaces, so that they are plain JSON to the serialiser.
import { DOCUMENTS, documentUrl, measureUrl, newsUrl } from '../routes.ts';

export type CatalogueUnit = {
  id: string;
  /** As printed: （十四）加强… */
  label: string;
};
export type CatalogueDocument = {
  kind: 'document';
  id: string;
  title: string;
  /** Measures (or articles) in order; each has its own page. */
  units: CatalogueUnit[];
  /** Parts (or chapters): anchors on the document page. */
  parts: CatalogueUnit[];
};
export type CatalogueNews = { kind: 'news'; id: string; title: string };
export type CatalogueItem = CatalogueDocument | CatalogueNews;

/** Ids of the collection near a typed one (all of them while the collection is small). */
export type NearbyIds = { documents: string[]; news: string[] };

/**
 * The documents that have a unit of one number (m5 or art5), or a part or chapter of one id (p5,
 * ch5), in the corpus's order: each with only those units, at most NUMBERED_LIMIT of `total`.
 */
export type NumberedDocuments = { total: number; documents: CatalogueDocument[] };

/**
 * How many documents a list of one number shows: every one today (the most, 83, have a p1),
 * not every one of a collection of thousands, whose list would grow with it.
 */
export const NUMBERED_LIMIT = 100;

/** What suggesting reads of the collection, asked for only when needed. */
export interface NotFoundData {
  /** One item by its exact id; undefined when the site has none. */
  item(id: string): Promise<CatalogueItem | undefined>;
  /** The ids near a typed one: those that could be a slip of it. */
  near(typed: string): Promise<NearbyIds>;
  /** The documents with a unit of one number, by numberedKey; undefined when none has one. */
  numbered(key: string): Promise<NumberedDocuments | undefined>;
}

export interface Suggestion {
  url: string;
  /** What the link leads to. */
  title: string;
  /** Why it is suggested, for the reader. */
  why: string;
}

/** A unit id as typed: m14, art5, p3, ch2, with a sentence (m14-s3) or not; case and leading zeros forgiven. */
export interface UnitRef {
  prefix: 'm' | 'art' | 'p' | 'ch';
  n: number;
  id: string;
  sentence?: string;
}

export function unitRef(segment: string | undefined): UnitRef | undefined {
  const m = /^(m|art|p|ch)0*(\d+)(?:-s0*(\d+))?$/.exec(segment ?? '');
  if (!m) return undefined;
  const prefix = m[1] as UnitRef['prefix'];
  const id = `${prefix}${m[2]}`;
  return { prefix, n: Number(m[2]), id, ...(m[3] ? { sentence: `${id}-s${m[3]}` } : {}) };
}

const isDivision = (ref: UnitRef) => ref.prefix === 'p' || ref.prefix === 'ch';

/**
 * The list of documents a unit reference reads: a part or chapter by its id, a measure or article
 * by its number (第5条 is m5 in an opinion, art5 in a regulation: one list).
 */
export const numberedKey = (ref: UnitRef): string => (isDivision(ref) ? ref.id : String(ref.n));

/** What an id of the site is made of (src/lib/schema/item-meta.ts): anything else is asked for by no file. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Levenshtein distance, for ids one or two keystrokes off. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The one id nearest to what was typed, if it is near enough to be a typing slip. */
function nearest(typed: string, candidates: readonly string[]): string | undefined {
  if (candidates.includes(typed)) return typed;
  const limit = Math.max(2, Math.floor(typed.length / 5));
  const ranked = candidates.map((id) => ({ id, d: editDistance(typed, id) })).sort((a, b) => a.d - b.d);
  return ranked[0] && ranked[0].d <= limit && ranked[1]?.d !== ranked[0].d ? ranked[0].id : undefined;
}

/** The URL path split into its segments, decoded and lowercased; `index.html` dropped. */
function segments(pathname: string): string[] {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    /* a malformed escape: read it as typed */
  }
  return path
    .toLowerCase()
    .split('/')
    .filter((s) => s && s !== 'index.html');
}

/** What a unit reference leads to in one document, or why it leads nowhere there. */
function inDocument(doc: CatalogueDocument, ref: UnitRef): Suggestion[] {
  if (isDivision(ref)) {
    const part = doc.parts.find((p) => p.id === ref.id);
    return part ? [{ url: `${documentUrl(doc.id)}#${part.id}`, title: `${doc.title} ${part.label}`, why: '部分在全文页上' }] : [];
  }
  const unit = doc.units.find((u) => u.id === ref.id);
  if (unit) {
    const url = measureUrl(doc.id, unit.id) + (ref.sentence ? `#${ref.sentence}` : '');
    return [{ url, title: `${doc.title} ${unit.label}`, why: ref.sentence ? '这一句在这一条的页面上' : '这一条的页面' }];
  }
  // The same number as the other kind of numbered unit (第5条 is m5 in an opinion, art5 in a regulation).
  const sameNumber = doc.units.find((u) => unitRef(u.id)?.n === ref.n);
  return sameNumber ? [{ url: measureUrl(doc.id, sameNumber.id), title: `${doc.title} ${sameNumber.label}`, why: `第${ref.n}条` }] : [];
}

/** A number past the end of a known document: its last unit. */
function lastUnit(doc: CatalogueDocument, ref: UnitRef): Suggestion[] {
  const last = doc.units.at(-1);
  if (!last || isDivision(ref)) return [];
  return [
    {
      url: measureUrl(doc.id, last.id),
      title: `${doc.title} ${last.label}`,
      why: `本文件共${doc.units.length}条，没有第${ref.n}条；这是最后一条`,
    },
  ];
}

/** A document the address named, or nearly: the unit typed (or its last), then the document. */
function inKnownDocument(doc: CatalogueDocument, typed: string, ref: UnitRef | undefined): Suggestion[] {
  const found = ref ? inDocument(doc, ref) : [];
  const here = ref && !found.length ? lastUnit(doc, ref) : found;
  return [...here, { url: documentUrl(doc.id), title: doc.title, why: doc.id === typed ? '全文' : `网址中应写作 ${doc.id}` }];
}

/** The unit of a number in each document that has one; the count of those a long list leaves out. */
function inEveryDocument(ref: UnitRef, list: NumberedDocuments | undefined): Suggestion[] {
  if (!list) return [];
  const found = list.documents.flatMap((d) => inDocument(d, ref));
  const rest = list.total - list.documents.length;
  const what = ref.prefix === 'p' ? `第${ref.n}部分` : ref.prefix === 'ch' ? `第${ref.n}章` : `第${ref.n}条`;
  return rest > 0 ? [...found, { url: DOCUMENTS, title: '全部文件', why: `另有${rest}个文件也有${what}，未列出` }] : found;
}

/** Suggestions for a path the site does not have, best first; none when nothing fits. */
export async function suggest(pathname: string, data: NotFoundData): Promise<Suggestion[]> {
  const [section, id, unit] = segments(pathname);
  if ((section !== 'documents' && section !== 'news') || !id) return [];
  const ref = unitRef(unit);
  // An item the site has: a unit it lacks, or the item under the other section.
  const exact = ID.test(id) ? await data.item(id) : undefined;
  if (exact?.kind === 'document') return inKnownDocument(exact, id, ref);
  if (exact) return [{ url: newsUrl(exact.id), title: exact.title, why: '新闻' }];
  const near = await data.near(id);
  if (section === 'documents') {
    const doc = nearest(id, near.documents);
    const item = doc === undefined ? undefined : await data.item(doc);
    if (item?.kind === 'document') return inKnownDocument(item, id, ref);
    // An unknown document: the unit of that number in each document that has one.
    if (ref) return inEveryDocument(ref, await data.numbered(numberedKey(ref)));
  }
  // A news item (also when its id was put under /documents/).
  const news = nearest(id, near.news);
  const item = news === undefined ? undefined : await data.item(news);
  return item?.kind === 'news' ? [{ url: newsUrl(item.id), title: item.title, why: `网址中应写作 ${item.id}` }] : [];
}

// What the 404 page suggests for a mistyped address (browser-safe: the page's script runs it on
// location.pathname). A path that looks like a unit of a document (`/documents/<doc>/m99/`,
// `/documents/x/art5/`) is read for its document and its unit; a near-miss of an id (one typed
// letter off) is taken for the id. The catalogue is built with the site (catalogue.ts); its types
// are type aliases, not interfaces, so that it is plain JSON to the serialiser.
import { documentUrl, measureUrl, newsUrl } from '../routes.ts';

export type CatalogueUnit = {
  id: string;
  /** As printed: （十四）加强… */
  label: string;
};
export type CatalogueDocument = {
  id: string;
  title: string;
  /** Measures (or articles) in order; each has its own page. */
  units: CatalogueUnit[];
  /** Parts (or chapters): anchors on the document page. */
  parts: CatalogueUnit[];
};
export type NotFoundCatalogue = {
  documents: CatalogueDocument[];
  news: Array<{ id: string; title: string }>;
};

export interface Suggestion {
  url: string;
  /** What the link leads to. */
  title: string;
  /** Why it is suggested, for the reader. */
  why: string;
}

/** A unit id as typed: m14, art5, p3, ch2, with a sentence (m14-s3) or not; case and leading zeros forgiven. */
interface UnitRef {
  prefix: 'm' | 'art' | 'p' | 'ch';
  n: number;
  id: string;
  sentence?: string;
}

function unitRef(segment: string | undefined): UnitRef | undefined {
  const m = /^(m|art|p|ch)0*(\d+)(?:-s0*(\d+))?$/.exec(segment ?? '');
  if (!m) return undefined;
  const prefix = m[1] as UnitRef['prefix'];
  const id = `${prefix}${m[2]}`;
  return { prefix, n: Number(m[2]), id, ...(m[3] ? { sentence: `${id}-s${m[3]}` } : {}) };
}

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
function nearest<T extends { id: string }>(typed: string, candidates: readonly T[]): T | undefined {
  const exact = candidates.find((c) => c.id === typed);
  if (exact) return exact;
  const limit = Math.max(2, Math.floor(typed.length / 5));
  const ranked = candidates.map((c) => ({ c, d: editDistance(typed, c.id) })).sort((a, b) => a.d - b.d);
  return ranked[0] && ranked[0].d <= limit && ranked[1]?.d !== ranked[0].d ? ranked[0].c : undefined;
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
  if (ref.prefix === 'p' || ref.prefix === 'ch') {
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
  if (!last || ref.prefix === 'p' || ref.prefix === 'ch') return [];
  return [
    {
      url: measureUrl(doc.id, last.id),
      title: `${doc.title} ${last.label}`,
      why: `本文件共${doc.units.length}条，没有第${ref.n}条；这是最后一条`,
    },
  ];
}

/** Suggestions for a path the site does not have, best first; none when nothing fits. */
export function suggest(pathname: string, catalogue: NotFoundCatalogue): Suggestion[] {
  const [section, id, unit] = segments(pathname);
  if (section === 'documents' && id) {
    const ref = unitRef(unit);
    const doc = nearest(id, catalogue.documents);
    if (doc) {
      const found = ref ? inDocument(doc, ref) : [];
      const here = ref && !found.length ? lastUnit(doc, ref) : found;
      const page = { url: documentUrl(doc.id), title: doc.title, why: doc.id === id ? '全文' : `网址中应写作 ${doc.id}` };
      return [...here, page];
    }
    // An unknown document: the unit of that number in each document that has one.
    if (ref) return catalogue.documents.flatMap((d) => inDocument(d, ref));
  }
  // A news item (also when its id was put under /documents/).
  if ((section === 'news' || section === 'documents') && id) {
    const item = nearest(id, catalogue.news);
    if (item) return [{ url: newsUrl(item.id), title: item.title, why: item.id === id ? '新闻' : `网址中应写作 ${item.id}` }];
  }
  return [];
}

// Lists that grow with the collection, cut into pages of a fixed size so that no page a reader
// loads grows with it (issue 22: every page under 100 KB gzipped, with all it loads, at any size).
// The first page keeps the list's own address (a published permalink); page n of it is at the
// address the caller's `urlOf(n)` gives (src/lib/routes.ts: pagedUrl, documentsPageUrl). Plain
// TypeScript, browser-safe, no content: the pages pass it their rows and render what it returns.

/** Where one page stands among the pages of its list. */
export interface Paging {
  /** This page's number, from 1. */
  n: number;
  /** How many pages the list has (1 for an empty list). */
  pages: number;
  /** How many entries the whole list has. */
  total: number;
  /** The 1-based numbers of this page's first and last entries (0 and 0 on an empty list). */
  from: number;
  to: number;
  /** This page's address, and its neighbours' when it has them. */
  url: string;
  prev?: string | undefined;
  next?: string | undefined;
  /** The pages the navigation links to: the first, the last, and a window around this one; null stands for a gap (…). */
  links: Array<{ n: number; url: string; current: boolean } | null>;
}

export interface Paged<T> {
  items: T[];
  paging: Paging;
}

/** How many pages `total` entries fill at `size` a page: 1 at least, so an empty list still has its page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** How many page numbers on each side of the current page the navigation names. */
const WINDOW = 2;

function links(n: number, pages: number, urlOf: (n: number) => string): Paging['links'] {
  const shown = [...new Set([1, pages, ...Array.from({ length: 2 * WINDOW + 1 }, (_, i) => n - WINDOW + i)])]
    .filter((k) => k >= 1 && k <= pages)
    .sort((a, b) => a - b);
  const out: Paging['links'] = [];
  shown.forEach((k, i) => {
    if (i > 0 && k - shown[i - 1]! > 1) out.push(null);
    out.push({ n: k, url: urlOf(k), current: k === n });
  });
  return out;
}

/** Where page `n` of `total` entries stands, at `size` a page. */
export function paging(total: number, size: number, n: number, urlOf: (n: number) => string): Paging {
  const pages = pageCount(total, size);
  if (!Number.isInteger(n) || n < 1 || n > pages) throw new Error(`no page ${n} of ${pages}`);
  const from = total === 0 ? 0 : (n - 1) * size + 1;
  const to = Math.min(total, n * size);
  return {
    n,
    pages,
    total,
    from,
    to,
    url: urlOf(n),
    prev: n > 1 ? urlOf(n - 1) : undefined,
    next: n < pages ? urlOf(n + 1) : undefined,
    links: links(n, pages, urlOf),
  };
}

/** Page `n` of `items`, in their order. */
export function pageOf<T>(items: readonly T[], size: number, n: number, urlOf: (n: number) => string): Paged<T> {
  const p = paging(items.length, size, n, urlOf);
  return { items: items.slice((n - 1) * size, n * size), paging: p };
}

/** Every page of `items`: what getStaticPaths lists (page 1 first). */
export function paginate<T>(items: readonly T[], size: number, urlOf: (n: number) => string): Array<Paged<T>> {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageOf(items, size, i + 1, urlOf));
}

/**
 * Page `n` of a list kept in groups (occurrences by document, documents by year), counted by the
 * entries of the groups, not by the groups: a page holds `size` entries, and a group cut by a page
 * boundary shows on both pages, its part on the later one marked `continued` (so its heading can
 * say 续), and `cut` on the earlier one when its entries go on after this page.
 */
export function groupedPageOf<G, E>(
  groups: readonly G[],
  entriesOf: (g: G) => readonly E[],
  size: number,
  n: number,
  urlOf: (n: number) => string,
): { groups: Array<{ group: G; entries: E[]; continued: boolean; cut: boolean }>; paging: Paging } {
  const total = groups.reduce((sum, g) => sum + entriesOf(g).length, 0);
  const p = paging(total, size, n, urlOf);
  const start = (n - 1) * size;
  const end = n * size;
  const out: Array<{ group: G; entries: E[]; continued: boolean; cut: boolean }> = [];
  let at = 0;
  for (const group of groups) {
    const entries = entriesOf(group);
    const first = at;
    at += entries.length;
    if (at <= start || first >= end) continue;
    const from = Math.max(start, first) - first;
    const to = Math.min(end, at) - first;
    out.push({ group, entries: entries.slice(from, to), continued: from > 0, cut: to < entries.length });
  }
  return { groups: out, paging: p };
}

/** The page numbers of a list of `total` entries, for getStaticPaths: [1, 2, …]. */
export const pageNumbers = (total: number, size: number) => Array.from({ length: pageCount(total, size) }, (_, i) => i + 1);

/**
 * The route parameter of page `n` under a rest parameter (`[...page]`): undefined for the first page,
 * which keeps the list's own address, else the number.
 */
export const pageParam = (n: number) => (n === 1 ? undefined : String(n));

/**
 * The paths of a list whose later pages are under page/ (a `[...page]` route beside the items' own
 * `[id]` one: /news/ and /news/page/2/, /actors/ and /actors/page/2/), for getStaticPaths: each
 * page's parameter (none for the first) and its number as a prop.
 */
export const pathsUnderPage = (total: number, size: number) =>
  pageNumbers(total, size).map((n) => ({ params: { page: n === 1 ? undefined : `page/${n}` }, props: { n } }));

/** The page number a rest parameter names (undefined: the first page). Throws on anything else. */
export function parsePageParam(param: string | undefined): number {
  if (param === undefined || param === '') return 1;
  if (!/^[1-9][0-9]*$/.test(param) || param === '1') throw new Error(`not a page number: "${param}"`);
  return Number(param);
}

/** 第 2 / 7 页 */
export const pageLabel = (p: Pick<Paging, 'n' | 'pages'>) => `第 ${p.n} / ${p.pages} 页`;

/** A list page's title: its name on the first page, 文件对照 第 2 / 7 页 on a later one. */
export const pagedTitle = (name: string, p: Pick<Paging, 'n' | 'pages'>) => (p.n === 1 ? name : `${name} ${pageLabel(p)}`);

/** 共 1,234 处，本页第 101–200 处 (the unit word as the list counts: 处, 份, 条). */
export function pageSummary(p: Paging, unit: string): string {
  const all = `共 ${p.total.toLocaleString('en-US')} ${unit}`;
  if (p.pages === 1) return all;
  return `${all}，本页第 ${p.from.toLocaleString('en-US')}–${p.to.toLocaleString('en-US')} ${unit}`;
}

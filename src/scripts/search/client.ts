// The query layer wired for the browser: Pagefind from /pagefind/ (never bundled) and the query
// data, both started on the reader's first sign of searching (warmSearch) so they load while the
// query is typed. The index is small enough for the page's own thread: without Pagefind's worker,
// a first search costs 12 KB and a round trip less.
import { createSearch, type PagefindApi, type Search } from '../../lib/search/engine.ts';
import type { CitationAnswer } from '../../lib/search/citation-lookup.ts';
import { queryDeps } from '../../lib/search/query-deps.ts';

interface PagefindModule extends PagefindApi {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
}

let searching: Promise<Search> | undefined;
const deps = queryDeps((path) => fetch(path).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`)))));

async function loadPagefind(): Promise<PagefindApi> {
  // A path in a variable: Vite must not try to bundle the index, which exists only after the build.
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as PagefindModule;
  await pagefind.options({ noWorker: true });
  void pagefind.init();
  return pagefind;
}

/** The site's search, created once per page on first use. */
export function getSearch(): Promise<Search> {
  searching ??= loadPagefind().then((pagefind) =>
    createSearch({
      pagefind,
      toSimplified: deps.toSimplified,
      fragment: deps.fragment,
      // Without its thesaurus the search still answers, literally.
      thesaurus: () => deps.thesaurus().catch(() => undefined),
    }),
  );
  return searching;
}

/**
 * Tells the service worker (public/sw.js) that this page's search has drawn results: it stores
 * the whole index for offline use then, not while the first search is still loading; and loads
 * the units of the whole index for this page's later searches.
 */
export function searched(): void {
  navigator.serviceWorker?.controller?.postMessage('searched');
  // Once the page is idle: the units of every fragment, for the reader's later searches.
  const later = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  later(() => void deps.keepUnits());
}

/**
 * The places a query cites (src/lib/search/citation-lookup.ts), in the documents named by
 * `within` when it names none; undefined for a query that is no citation (nothing is fetched) or
 * when the citation index cannot be read, which leaves the ordinary results to answer.
 */
export function citation(q: string, within?: readonly string[]): Promise<CitationAnswer | undefined> {
  return deps.citation(q, within).catch(() => undefined);
}

/** Starts loading Pagefind, its index entry and the query data, before the first query arrives. */
export function warmSearch(): void {
  deps.warm();
  void getSearch();
}

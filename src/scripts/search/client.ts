// The query layer wired for the browser: Pagefind from /pagefind/ (never bundled) and the query
// data, both started on the reader's first sign of searching (warmSearch) so they load while the
// query is typed. The index is small enough for the page's own thread: without Pagefind's worker,
// a first search costs 12 KB and a round trip less.
import { createSearch, type Search } from '../../lib/search/engine.ts';
import type { CitationAnswer } from '../../lib/search/citation-lookup.ts';
import { queryDeps } from '../../lib/search/query-deps.ts';
import { type PagefindModule, shardedIndex, type ShardedIndex } from '../../lib/search/sharded-index.ts';
import { PAGEFIND } from '../../lib/routes.ts';
import { keepSearched } from './keep-searched.ts';

interface PagefindBrowserModule extends PagefindModule {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
}

let searching: Promise<Search> | undefined;
let warmed = false;
const deps = queryDeps((path) => fetch(path).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`)))));

async function loadPagefind(): Promise<ShardedIndex> {
  // A path in a variable: Vite must not try to bundle the index, which exists only after the build.
  const path = `${PAGEFIND}pagefind.js`;
  keepSearched();
  const pagefind = (await import(/* @vite-ignore */ path)) as PagefindBrowserModule;
  await pagefind.options({ noWorker: true });
  void pagefind.init();
  return shardedIndex(pagefind, PAGEFIND);
}

/** The site's search, created once per page on first use. */
export function getSearch(): Promise<Search> {
  searching ??= loadPagefind().then((index) =>
    createSearch({
      ...index,
      toSimplified: deps.toSimplified,
      // Without its thesaurus the search still answers, literally.
      thesaurus: () => deps.thesaurus().catch(() => undefined),
    }),
  );
  return searching;
}

/**
 * The places a query cites (src/lib/search/citation-lookup.ts), in the documents named by
 * `within` when it names none; undefined for a query that is no citation (nothing is fetched) or
 * when the citation index cannot be read, which leaves the ordinary results to answer.
 */
export function citation(q: string, within?: readonly string[]): Promise<CitationAnswer | undefined> {
  return deps.citation(q, within).catch(() => undefined);
}

/**
 * Starts loading Pagefind, its index entry, the newest shards and the query data, before the
 * first query arrives. Failing here (offline, say) costs nothing: the search itself tries again
 * and says what went wrong.
 */
export function warmSearch(): void {
  if (warmed) return;
  warmed = true;
  deps.warm();
  getSearch()
    .then((s) => s.warm())
    .catch(() => undefined);
}

/**
 * Loads the index chunks a search of this text will read, while the reader is still typing (a
 * preview's: fewer); with `fragments`, a preview's candidates' fragments too (see the engine's preload).
 */
export function preloadSearch(text: string, options: Parameters<Search['preload']>[1] = {}): void {
  getSearch()
    .then((s) => s.preload(text, options))
    .catch(() => undefined);
}

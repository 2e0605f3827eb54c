// Search cost for a fixed query set: bytes fetched and ms to the first result, in headless
// Chromium (cold: a fresh browser context per query, as a reader's first search), and, when the
// search layer provides its bench hook, the same queries through it in Node. The path a reader
// takes (a page read, then the search touched and a query typed) is measured the same way on our
// header box and on Starlight's search dialog (SearchUi says how each is reached).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../site/static-server.ts';
import { type Tally, tally, total } from './tally.ts';

/** Exact terms, a two-word query, traditional characters, a number, and a term the texts lack. */
export const QUERIES = ['一函两书', '工资集体协商', '职业伤害保障', '高技能人才 评价', '產業工人', '2035', '劳动仲裁'];
/** The queries of the side-by-side measurement with a Starlight site that the search issue reports. */
export const BOX_QUERIES = ['一函两书', '职业伤害保障', '高技能人才 评价', '產業工人', '劳动仲裁', '天平三号'];
/** How long a reader looks at the first results before typing another query. */
const LATER_AFTER_MS = 2500;
/** Where a reader is when they first search: a measure page they were reading. */
export const READING_PAGE = '/documents/2022-gaojineng-rencai/m3/';
/** No response for this long and the page (and its service worker) has settled. */
const SETTLED_MS = 1000;

export interface SearchRow {
  query: string;
  results: number | null;
  /** From the page's DOMContentLoaded (or the call, via the API) to the first result shown. */
  ms: number | null;
  /** From navigation start, page load included. */
  msFromNavigation: number | null;
  /** Bytes fetched for the search (JS and index, not the page's HTML and CSS), as transferred. */
  bytes: number;
  requests: number;
}

export interface SearchRun {
  how: string;
  rows: SearchRow[];
}

declare global {
  interface Window {
    __firstResult?: { at: number; dcl: number };
    __touched?: number;
    __shown?: number;
  }
}

/** How a reader reaches a site's search from the page they were reading, and what shows a result drawn. */
export interface SearchUi {
  /** The page read first. */
  page: string;
  /** Whether the page registers a service worker, which is let settle (install, store its files) before the touch. */
  serviceWorker: boolean;
  /** What the pointer goes over first. */
  hover: string;
  /** The first pointer over anything inside this is the first touch. */
  touchArea: string;
  /** Clicked to open the search when it sits behind a button (a dialog); otherwise the input is focused. */
  open?: string;
  input: string;
  /** A drawn result. */
  result: string;
  /** Present once the page's search can be used (a UI mounted when the page is idle). */
  ready?: string;
  /** The performance measure the page records for each search, the query its detail: how a later search is timed. */
  searchMeasure?: string;
}

/** Our header search box on the measure page. */
export const HEADER_BOX: SearchUi = {
  page: READING_PAGE,
  serviceWorker: true,
  hover: '#site-search',
  touchArea: 'form:has(#site-search)',
  input: '#site-search',
  result: '#site-search-panel a[data-result]',
  searchMeasure: 'site-search',
};

/**
 * Starlight's search on a page: the button in its header opens a dialog holding Pagefind's
 * default UI (mounted once the page is idle), whose input it focuses; results are links drawn
 * once their fragment has loaded.
 */
export const starlightSearch = (page: string): SearchUi => ({
  page,
  serviceWorker: false,
  hover: 'site-search button[data-open-modal]',
  touchArea: 'site-search',
  open: 'site-search button[data-open-modal]',
  input: '#starlight__search input',
  result: '#starlight__search a.pagefind-ui__result-link',
  ready: '#starlight__search input',
});

export interface BoxRow {
  query: string;
  /** From the first touch of the box (the pointer over it) to the first result drawn, the query typed at once. */
  msFromTouch: number | null;
  /** From the query typed (after a reader's pause between touching the box and typing) to the first result. */
  msAfterTyping: number | null;
  /** A second query typed into the same box 2.5 s after the first results: the search itself, query to results drawn. */
  msLater: number | null;
  /** What the server sent for the first search, from the touch to the first result (the service worker's fetches included). */
  bytes: number;
  requests: number;
  /** Of those, Pagefind's metadata files (*.pf_meta), whichever bundles they belong to. */
  metaBytes: number;
  /** What loading the page read first cost, its service worker's install and storing included, until the network was quiet. */
  pageLoadBytes: number;
  /** The same, file by file. */
  pageLoadFiles: Array<{ path: string; bytes: number }>;
  /** What was fetched from the first results drawn until `idleMs` later (and the network quiet), the reader reading them; null when not measured. */
  afterBytes: number | null;
  /** Paths asked for and answered 404, in any of the query's sessions. */
  notFound: string[];
}

/**
 * The path a reader takes, in Chromium, cold (a fresh browser context per query): the page read
 * first (its service worker installed and its files stored, where it has one), then the search
 * touched and a query typed. Bytes are counted by the server, as they went on the wire. With
 * `idleMs`, the session with a pause before typing then stays on the results that long, and what
 * is fetched meanwhile is counted: what the reader did not ask for.
 */
export async function searchInHeaderBox(
  browser: Browser,
  server: StaticServer,
  queries = BOX_QUERIES,
  ui = HEADER_BOX,
  { idleMs = 0 } = {},
): Promise<BoxRow[]> {
  const counter = tally(server);
  const rows: BoxRow[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const later = ui.searchMeasure ? queries[(i + 1) % queries.length] : undefined;
      const first = await boxSession(browser, server.url, counter, ui, query, { pauseMs: 0, later });
      const paused = await boxSession(browser, server.url, counter, ui, query, { pauseMs: 1500, idleMs });
      rows.push({
        query,
        msFromTouch: first.ms,
        msAfterTyping: paused.ms,
        msLater: first.later,
        bytes: first.bytes,
        requests: first.requests,
        metaBytes: first.metaBytes,
        pageLoadBytes: first.pageLoadBytes,
        pageLoadFiles: first.pageLoadFiles,
        afterBytes: paused.afterBytes,
        notFound: [...new Set([...first.notFound, ...paused.notFound])],
      });
    }
  } finally {
    counter.stop();
  }
  return rows;
}

async function boxSession(
  browser: Browser,
  base: string,
  counter: Tally,
  ui: SearchUi,
  query: string,
  { pauseMs, later, idleMs = 0 }: { pauseMs: number; later?: string | undefined; idleMs?: number },
) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const tab = await ctx.newPage();
  await tab.addInitScript(
    ({ area, result }) => {
      addEventListener(
        'pointerover',
        (e) => {
          if ((e.target as Element | null)?.closest?.(area) && window.__touched === undefined) window.__touched = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        if (window.__shown === undefined && document.querySelector(result)) window.__shown = performance.now();
      }).observe(document, { childList: true, subtree: true });
    },
    { area: ui.touchArea, result: ui.result },
  );
  const loaded = counter.now();
  await tab.goto(`${base}${ui.page}`, { waitUntil: 'load' });
  // The service worker registers on load and stores the page's files: a reader reads a while first.
  if (ui.serviceWorker) await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (ui.ready) await tab.waitForSelector(ui.ready, { state: 'attached' });
  await counter.quiet(SETTLED_MS);
  const touched = counter.now();
  await tab.hover(ui.hover);
  if (pauseMs) await tab.waitForTimeout(pauseMs);
  if (ui.open) await tab.click(ui.open);
  await tab.focus(ui.input);
  const typed = await tab.evaluate(() => performance.now());
  await tab.keyboard.insertText(query);
  const found = await tab
    .waitForFunction(() => window.__shown, undefined, { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  const shown = counter.now();
  const times = await tab.evaluate(() => ({ touched: window.__touched ?? null, shown: window.__shown ?? null }));
  let laterMs: number | null = null;
  if (later && found && ui.searchMeasure) {
    // The reader reads the first results a while before searching again.
    await tab.waitForTimeout(LATER_AFTER_MS);
    await tab.fill(ui.input, later);
    const handle = await tab.waitForFunction(
      ({ name, q }) => {
        const entry = performance.getEntriesByName(name).find((e) => (e as PerformanceMeasure).detail === q);
        return entry && { duration: entry.duration };
      },
      { name: ui.searchMeasure, q: later },
      { timeout: 15_000 },
    );
    laterMs = (await handle.jsonValue())!.duration;
  }
  if (idleMs && found) {
    await tab.waitForTimeout(idleMs);
    await counter.quiet(SETTLED_MS);
  }
  const ended = counter.now();
  await ctx.close();
  const search = counter.between(touched, shown);
  const from = pauseMs ? typed : times.touched;
  return {
    ms: found && times.shown !== null && from !== null ? round(times.shown - from) : null,
    later: laterMs === null ? null : round(laterMs),
    ...total(search),
    metaBytes: total(search.filter((r) => r.path.endsWith('.pf_meta'))).bytes,
    pageLoadBytes: total(counter.between(loaded, touched)).bytes,
    pageLoadFiles: counter.between(loaded, touched).map(({ path, bytes }) => ({ path, bytes })),
    afterBytes: idleMs && found ? total(counter.between(shown, ended)).bytes : null,
    notFound: counter
      .between(loaded, ended)
      .filter((r) => r.status === 404)
      .map((r) => r.path),
  };
}

/** In Chromium, through the site's own search page when there is one, else Pagefind's API. */
export async function searchInChromium(browser: Browser, base: string, siteDir: string, queries = QUERIES): Promise<SearchRun> {
  const page = existsSync(join(siteDir, 'search', 'index.html'));
  const rows: SearchRow[] = [];
  for (const query of queries) rows.push(page ? await viaPage(browser, base, query) : await viaApi(browser, base, query));
  return { how: page ? 'the /search/ page, cold, in Chromium' : 'Pagefind’s API on a cold page, in Chromium', rows };
}

async function viaPage(browser: Browser, base: string, query: string): Promise<SearchRow> {
  // Without the service worker, whose fetches the page's own accounting would not see (the header box is measured at the server instead).
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const tab = await ctx.newPage();
  await tab.addInitScript(() => {
    // The first link to a clause or news item that was not in the page as served is the first result.
    const RESULT = 'main a[href^="/documents/"], main a[href^="/news/"]';
    document.addEventListener('DOMContentLoaded', () => {
      const dcl = performance.now();
      const served = new Set(document.querySelectorAll(RESULT));
      new MutationObserver((_, observer) => {
        if ([...document.querySelectorAll(RESULT)].some((a) => !served.has(a))) {
          window.__firstResult = { at: performance.now(), dcl };
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  const sizes = track(tab);
  await tab.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  const found = await tab
    .waitForFunction(() => window.__firstResult, undefined, { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  const first = found ? await tab.evaluate(() => window.__firstResult!) : null;
  const results = await tab.locator('[data-search-results] a[href^="/documents/"], [data-search-results] a[href^="/news/"]').count();
  const { bytes, requests } = await sizes.done();
  await ctx.close();
  return {
    query,
    results: found ? results : 0,
    ms: first ? round(first.at - first.dcl) : null,
    msFromNavigation: first ? round(first.at) : null,
    bytes,
    requests,
  };
}

async function viaApi(browser: Browser, base: string, query: string): Promise<SearchRow> {
  // Without the service worker, whose fetches the page's own accounting would not see (the header box is measured at the server instead).
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const tab = await ctx.newPage();
  await tab.goto(`${base}/`, { waitUntil: 'networkidle' });
  const sizes = track(tab);
  const r = await tab.evaluate(async (q) => {
    const started = performance.now();
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(url);
    const search = await pagefind.search(q);
    if (search.results.length) await search.results[0].data();
    return { ms: performance.now() - started, results: search.results.length as number, at: performance.now() };
  }, query);
  const { bytes, requests } = await sizes.done();
  await ctx.close();
  return { query, results: r.results, ms: round(r.ms), msFromNavigation: round(r.at), bytes, requests };
}

/** Bytes as transferred from now on, for everything but the page's own HTML and CSS. */
function track(tab: import('playwright-core').Page) {
  const sizes: Array<Promise<number>> = [];
  tab.on('requestfinished', (request) => {
    if (['document', 'stylesheet'].includes(request.resourceType())) return;
    sizes.push(
      request.sizes().then(
        (s) => s.responseBodySize,
        () => 0,
      ),
    );
  });
  return {
    done: async () => ({ bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), requests: sizes.length }),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The search layer's own bench hook (src/lib/search/node/bench.ts), in Node, if it is there. */
export async function searchInNode(siteDir: string, queries = QUERIES): Promise<SearchRun | undefined> {
  let benchSearch: (
    q: readonly string[],
    o: { distDir: string; cold: boolean },
  ) => Promise<Array<{ query: string; bytes: number; requests: number; ms: number; results: number }>>;
  try {
    ({ benchSearch } = await import('../../src/lib/search/node/bench.ts'));
  } catch {
    return undefined;
  }
  const rows = await benchSearch(queries, { distDir: siteDir, cold: true });
  return {
    how: 'the search layer in Node (src/lib/search/node/bench.ts), cold index per query',
    rows: rows.map((r) => ({ query: r.query, results: r.results, ms: r.ms, msFromNavigation: null, bytes: r.bytes, requests: r.requests })),
  };
}

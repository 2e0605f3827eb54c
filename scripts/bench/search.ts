// Search cost for a fixed query set: bytes fetched and ms to the first result, in headless
// Chromium (cold: a fresh browser context per query, as a reader's first search), and, when the
// search layer provides its bench hook, the same queries through it in Node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../site/static-server.ts';

/** Exact terms, a two-word query, traditional characters, a number, and a term the texts lack. */
export const QUERIES = ['一函两书', '工资集体协商', '职业伤害保障', '高技能人才 评价', '產業工人', '2035', '劳动仲裁'];
/** The queries of the side-by-side measurement with a Starlight site that the search issue reports. */
export const BOX_QUERIES = ['一函两书', '职业伤害保障', '高技能人才 评价', '產業工人', '劳动仲裁', '天平三号'];
/** How long a reader looks at the first results before typing another query. */
const LATER_AFTER_MS = 2500;
/** Where a reader is when they first search: a measure page they were reading. */
const READING_PAGE = '/documents/2022-gaojineng-rencai/m3/';

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
}

/**
 * The path a reader takes, in Chromium, cold (a fresh browser context per query): a measure page
 * read first (its service worker installed, its files stored), then the header search box
 * touched and a query typed. Bytes are counted by the server, as they went on the wire.
 */
export async function searchInHeaderBox(browser: Browser, server: StaticServer, queries = BOX_QUERIES): Promise<BoxRow[]> {
  const rows: BoxRow[] = [];
  for (const [i, query] of queries.entries()) {
    const later = queries[(i + 1) % queries.length]!;
    const first = await boxSession(browser, server, query, 0, later);
    const paused = await boxSession(browser, server, query, 1500);
    rows.push({
      query,
      msFromTouch: first.ms,
      msAfterTyping: paused.ms,
      msLater: first.later,
      bytes: first.bytes,
      requests: first.requests,
    });
  }
  return rows;
}

async function boxSession(browser: Browser, server: StaticServer, query: string, pauseMs: number, later?: string) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const tab = await ctx.newPage();
  await tab.addInitScript(() => {
    addEventListener(
      'pointerover',
      (e) => {
        if ((e.target as Element | null)?.closest?.('form') && window.__touched === undefined) window.__touched = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (window.__shown === undefined && document.querySelector('#site-search-panel a[data-result]')) window.__shown = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await tab.goto(`${server.url}${READING_PAGE}`, { waitUntil: 'load' });
  // The service worker registers on load and stores the page's files: a reader reads a while first.
  await tab.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(300);
  const before = server.sent();
  await tab.hover('#site-search');
  if (pauseMs) await tab.waitForTimeout(pauseMs);
  await tab.focus('#site-search');
  const typed = await tab.evaluate(() => performance.now());
  await tab.keyboard.insertText(query);
  const found = await tab
    .waitForFunction(() => window.__shown, undefined, { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  const sent = server.sent();
  const times = await tab.evaluate(() => ({ touched: window.__touched ?? null, shown: window.__shown ?? null }));
  let laterMs: number | null = null;
  if (later && found) {
    // The reader reads the first results a while before searching again.
    await tab.waitForTimeout(LATER_AFTER_MS);
    await tab.fill('#site-search', later);
    await tab.waitForFunction(
      (q) => performance.getEntriesByName('site-search').some((e) => (e as PerformanceMeasure).detail === q),
      later,
      {
        timeout: 15_000,
      },
    );
    laterMs = await tab.evaluate(
      (q) =>
        (performance.getEntriesByName('site-search').find((e) => (e as PerformanceMeasure).detail === q) as PerformanceMeasure).duration,
      later,
    );
  }
  await ctx.close();
  const from = pauseMs ? typed : times.touched;
  return {
    ms: found && times.shown !== null && from !== null ? round(times.shown - from) : null,
    later: laterMs === null ? null : round(laterMs),
    bytes: sent.bytes - before.bytes,
    requests: sent.requests - before.requests,
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

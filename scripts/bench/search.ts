// Search cost for a fixed query set: bytes fetched and ms to the first result, in headless
// Chromium (cold: a fresh browser context per query, as a reader's first search), and, when the
// search layer provides its bench hook, the same queries through it in Node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Exact terms, a two-word query, traditional characters, a number, and a term the texts lack. */
export const QUERIES = ['一函两书', '工资集体协商', '职业伤害保障', '高技能人才 评价', '產業工人', '2035', '劳动仲裁'];

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
  }
}

/** In Chromium, through the site's own search page when there is one, else Pagefind's API. */
export async function searchInChromium(browser: Browser, base: string, siteDir: string, queries = QUERIES): Promise<SearchRun> {
  const page = existsSync(join(siteDir, 'search', 'index.html'));
  const rows: SearchRow[] = [];
  for (const query of queries) rows.push(page ? await viaPage(browser, base, query) : await viaApi(browser, base, query));
  return { how: page ? 'the /search/ page, cold, in Chromium' : 'Pagefind’s API on a cold page, in Chromium', rows };
}

async function viaPage(browser: Browser, base: string, query: string): Promise<SearchRow> {
  const ctx = await browser.newContext();
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
  const ctx = await browser.newContext();
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

// The collection at each size (issue "Search and build for 10,000 documents"): synthetic corpora
// of N documents built in full (`npm run build`: its steps, wall time, memory, pages), a reader's
// first search on each in Chromium through the header box, what loading a page, and reading the
// first results a while, fetch beyond what the reader asked for, the largest page of the site;
// the same first searches on a Starlight site of the same documents; and, at sizes too large to
// build in full in a bench run, the same first searches on search-only sites
// (scripts/bench/search-only.ts) carrying the shell of the smallest full build.
// What it measures is written up by scripts/bench/collection-report.ts.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pagesByKind, sitePages } from '../../src/lib/site/built-pages.ts';
import { startStaticServer } from '../site/static-server.ts';
import { log } from './format.ts';
import { type Bundle, pagefindBundles } from './pagefind-bundles.ts';
import { type BoxRow, BOX_QUERIES, HEADER_BOX, READING_PAGE, type SearchUi, searchInHeaderBox, starlightSearch } from './search.ts';
import { searchOnlySite } from './search-only.ts';
import { type Timings, buildSite } from './site-build.ts';
import type { GcCount, GcStats } from '../../src/lib/site/gc-stats.ts';
import { buildStarlight } from './starlight.ts';
import { type SyntheticOptions, writeSyntheticCorpus } from './synthetic.ts';
import { measurePage } from './weights.ts';

/** How long the reader reads the first results, while what the site fetches unasked is counted. */
export const IDLE_MS = 10_000;

export interface SiteSearch {
  rows: BoxRow[];
  bundles: Bundle[];
}

/** Our site at one size: a full build, or a search-only site. */
export interface OursAtSize {
  n: number;
  site: 'full' | 'search-only';
  /** A full build's timings (the median of each step over its builds; memory the largest). */
  build?: Timings;
  /** How many builds the timings are the medians of. */
  builds?: number;
  pages?: number;
  /** A search-only site's: its units, the time to write it (its process's start left out) and that process's peak memory. */
  searchOnly?: { units: number; ms: number; peakTreeRss: number | null };
  search: SiteSearch;
  /** The heaviest page of the site with all it loads, gzipped (the largest page of each kind loaded in Chromium). */
  largestPage?: { url: string; bytes: number };
}

export interface StarlightAtSize {
  n: number;
  wallMs: number;
  peakTreeRss: number | null;
  /** Markdown pages written (documents and news items, and the home page). */
  pages: number;
  search: SiteSearch;
}

/** A size whose build or measurement failed: the run goes on, and the report says so (a target it bears on is not met). */
export interface Failure {
  n: number;
  what: 'full' | 'search-only' | 'starlight';
  message: string;
}

export interface CollectionRun {
  full: OursAtSize[];
  searchOnly: OursAtSize[];
  starlight: StarlightAtSize[];
  failures: Failure[];
}

export interface CollectionPlan {
  /** Sizes built in full, and those of them (or others) built as Starlight sites too, and as search-only sites. */
  full: number[];
  starlight: number[];
  searchOnly: number[];
  /**
   * Builds of each full size, each step's median taken; unset, a size is built again while its
   * builds so far took under SHORT_BUILD_MS, up to SHORT_BUILD_REPEAT builds (see there).
   */
  repeat?: number | undefined;
  corpus: SyntheticOptions;
  /** Where corpora and sites are written (and removed once measured). */
  out: string;
}

/**
 * Without --repeat, a size whose builds take under two minutes is built three times. The cost per
 * added document divides the difference of two builds by the documents between them: from 10 to
 * 200 that is a difference of some 30 s, in which one build's noise on a shared machine (5-10 s,
 * seen between two runs of the same 200-document build) moves the ratio by a fifth. The longer
 * builds' noise weighs ten times less, and they are built once.
 */
export const SHORT_BUILD_MS = 120_000;
export const SHORT_BUILD_REPEAT = 3;
/** How many builds of a size to make, given the wall-clock times of those made so far. */
export function buildsWanted(repeat: number | undefined, wallMs: readonly number[]): number {
  if (repeat !== undefined) return repeat;
  return wallMs.every((ms) => ms < SHORT_BUILD_MS) ? SHORT_BUILD_REPEAT : wallMs.length;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

const gcMedian = (builds: Timings[], kind: keyof GcStats): GcCount => ({
  count: median(builds.map((t) => t.gc![kind].count)),
  ms: median(builds.map((t) => t.gc![kind].ms)),
});

/** Over repeated builds of one size: each step's median, the largest memory. */
function medianTimings(builds: Timings[]): Timings {
  const pick = (f: (t: Timings) => number) => median(builds.map(f));
  const most = (f: (t: Timings) => number | null) => (builds.every((t) => f(t) !== null) ? Math.max(...builds.map((t) => f(t)!)) : null);
  return {
    validateMs: pick((t) => t.validateMs),
    astroMs: pick((t) => t.astroMs),
    pagefindMs: pick((t) => t.pagefindMs),
    indexedPages: builds[0]!.indexedPages,
    parses: Math.max(...builds.map((t) => t.parses)),
    cpuMs: builds.every((t) => t.cpuMs !== undefined) ? pick((t) => t.cpuMs!) : undefined,
    gc: builds.every((t) => t.gc) ? { minor: gcMedian(builds, 'minor'), major: gcMedian(builds, 'major') } : undefined,
    wallMs: pick((t) => t.wallMs),
    peakTreeRss: most((t) => t.peakTreeRss),
    peakProcessRss: most((t) => t.peakProcessRss),
  };
}

async function firstSearches(browser: Browser, siteDir: string, ui: SearchUi, idleMs: number): Promise<SiteSearch> {
  const server = await startStaticServer(siteDir, { gzip: true });
  try {
    return { rows: await searchInHeaderBox(browser, server, BOX_QUERIES, ui, { idleMs }), bundles: pagefindBundles(siteDir) };
  } finally {
    await server.close();
  }
}

/** The largest page of each kind, loaded with everything it loads before interaction; the heaviest of them. */
async function largestPage(browser: Browser, siteDir: string): Promise<{ url: string; bytes: number }> {
  const server = await startStaticServer(siteDir, { gzip: true });
  try {
    let heaviest = { url: '', bytes: -1 };
    for (const list of pagesByKind(sitePages(siteDir)).values()) {
      const page = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      const w = await measurePage(browser, server.url, page.url);
      const bytes = w.html.gz + w.css.gz + w.js.gz + w.other.gz;
      if (bytes > heaviest.bytes) heaviest = { url: page.url, bytes };
    }
    return heaviest;
  } finally {
    await server.close();
  }
}

/** Starlight has a page per document: the reader reads the document our reading page belongs to. */
const STARLIGHT_PAGE = READING_PAGE.split('/').slice(0, 3).join('/') + '/';

/** The gist of an error for the report: its first line and the last lines of a build's output. */
function gist(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const lines = text.split('\n').filter((l) => l.trim());
  return [lines[0], ...lines.slice(1).slice(-3)].join(' … ').slice(0, 600);
}

export async function measureCollection(browser: Browser, plan: CollectionPlan): Promise<CollectionRun> {
  const run: CollectionRun = { full: [], searchOnly: [], starlight: [], failures: [] };
  /** Runs one size's part; a failure is recorded and the run goes on (a 2,000-document build out of memory must not lose the rest). */
  const attempt = async (n: number, what: Failure['what'], part: () => Promise<void>) => {
    try {
      await part();
    } catch (e) {
      log(`${n} documents: ${what} failed: ${gist(e)}`);
      run.failures.push({ n, what, message: gist(e) });
    }
  };
  const sizes = [...new Set([...plan.full, ...plan.starlight])].sort((a, b) => a - b);
  const smallest = plan.full[0];
  /** The smallest full build, kept as the search-only sites' shell until they are measured. */
  let shell: string | undefined;
  for (const n of sizes) {
    const content = join(plan.out, `corpus-${n}`);
    writeSyntheticCorpus(content, n, plan.corpus);
    if (plan.full.includes(n)) {
      const site = join(plan.out, `site-${n}`);
      await attempt(n, 'full', async () => {
        const builds: Timings[] = [];
        // Without --repeat, how many builds a size gets depends on how long those made took.
        const wanted = () =>
          buildsWanted(
            plan.repeat,
            builds.map((b) => b.wallMs),
          );
        while (builds.length < wanted()) {
          log(`${n} documents: npm run build${builds.length ? ` (${builds.length + 1} of ${wanted()})` : ''}`);
          builds.push(await buildSite(content, site, plan.out));
        }
        log(`${n} documents: first searches in the header box`);
        const search = await firstSearches(browser, site, HEADER_BOX, IDLE_MS);
        log(`${n} documents: the largest page of each kind`);
        const heaviest = await largestPage(browser, site);
        run.full.push({
          n,
          site: 'full',
          build: medianTimings(builds),
          builds: builds.length,
          pages: sitePages(site).length,
          search,
          largestPage: heaviest,
        });
        if (n === smallest && plan.searchOnly.length) shell = site;
      });
      if (shell !== site) rmSync(site, { recursive: true, force: true });
    }
    if (plan.starlight.includes(n)) {
      const project = join(plan.out, `starlight-${n}`);
      await attempt(n, 'starlight', async () => {
        log(`${n} documents: Starlight build`);
        const built = await buildStarlight(content, project);
        log(`${n} documents: first searches on Starlight`);
        const search = await firstSearches(browser, built.siteDir, starlightSearch(STARLIGHT_PAGE), 0);
        run.starlight.push({ n, wallMs: built.wallMs, peakTreeRss: built.peakTreeRss, pages: built.pages, search });
      });
      rmSync(project, { recursive: true, force: true });
    }
    rmSync(content, { recursive: true, force: true });
  }
  for (const n of [...plan.searchOnly].sort((a, b) => a - b)) {
    const content = join(plan.out, `search-corpus-${n}`);
    const site = join(plan.out, `search-site-${n}`);
    await attempt(n, 'search-only', async () => {
      if (!shell)
        throw new Error(
          `search-only sites take their shell from the smallest full build (${smallest ?? 'none given'}), which did not succeed`,
        );
      writeSyntheticCorpus(content, n, plan.corpus);
      log(`${n} documents: search-only site`);
      const built = await searchOnlySite(content, site, { siteDir: shell, pages: [READING_PAGE] });
      log(`${n} documents: first searches in the header box (search-only site)`);
      const search = await firstSearches(browser, site, HEADER_BOX, IDLE_MS);
      run.searchOnly.push({ n, site: 'search-only', searchOnly: built, search });
    });
    rmSync(site, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
  if (shell) rmSync(shell, { recursive: true, force: true });
  return run;
}

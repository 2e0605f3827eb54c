// A site of the search alone, for corpora too large to build every page of in a bench run: the
// site model of a content directory (every content check runs), the search index a build makes of
// it (src/lib/site/search-records.ts: every unit's Pagefind record and the shards holding them,
// indexed by src/lib/site/pagefind.ts), the query data and the citation index. No Astro pages of
// its own: what it measures is the search's cost, which reads only these files.
//
// So that a reader's first search is measured on it the way it is on a full build (the header box
// of a page read first, its service worker settled), it carries the shell of a small full build:
// the page the reader reads, the site's scripts and styles (/_astro/), the files at the root that
// every page loads (the service worker, the theme script, the icon, the manifest), the search page
// and the 404 page. None of them holds anything of the collection's size but the page's own text;
// the service worker's lists (/offline.json, and the search store's list it names) are made anew
// from this site's files, as a build makes them (src/lib/offline/write.ts), so they list this
// index. A file the page asks for that neither has is answered 404, which the bench reports.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOfflineLists } from '../../src/lib/offline/write.ts';
import { OFFLINE_LIST, QUERY_JSON, SEARCH, SIMPLIFY_JSON } from '../../src/lib/routes.ts';
import { corpusCitationIndex } from '../../src/lib/search/citation-index.ts';
import { queryData, simplifyTables } from '../../src/lib/search/query-data.ts';
import { indexSite } from '../../src/lib/site/pagefind.ts';
import { readSiteModel } from '../../src/lib/site/read.ts';
import { indexInput, type IndexLayout } from '../../src/lib/site/search-records.ts';
import { runMeasured } from './process-memory.ts';

export interface SearchOnlyOptions {
  /** A full build to take the shell from (see above), and the pages of it to take. */
  shell?: { siteDir: string; pages: readonly string[] };
  /** How the index is cut (the site's unless given: a test cuts a small corpus into several shards and directories). */
  layout?: IndexLayout;
}

export async function buildSearchOnly(
  contentDir: string,
  outDir: string,
  { shell, layout }: SearchOnlyOptions = {},
): Promise<{ units: number; ms: number }> {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'search'), { recursive: true });
  const model = readSiteModel(contentDir);
  const input = indexInput(model, layout);
  writeFileSync(join(outDir, QUERY_JSON), JSON.stringify(queryData(model)));
  writeFileSync(join(outDir, SIMPLIFY_JSON), JSON.stringify(simplifyTables(model)));
  for (const [url, data] of corpusCitationIndex(model.corpus).files) {
    mkdirSync(dirname(join(outDir, url)), { recursive: true });
    writeFileSync(join(outDir, url), JSON.stringify(data));
  }
  await indexSite(outDir, input);
  const ms = performance.now() - started;
  if (shell) await addShell(shell.siteDir, outDir, shell.pages);
  return { units: input.shards.reduce((n, shard) => n + shard.units, 0), ms };
}

/**
 * The heap of the process that writes a search-only site, in MB: the site model of 10,000
 * documents (every content check, every link worked out) takes about 6 GB, past the 4 GB Node
 * gives by default, so this bench process sets its own; three quarters of the machine's memory,
 * at most 16 GB. (A full build sets none: `npm run build` of 2,000 documents fits the default.)
 */
export const SEARCH_ONLY_HEAP_MB = Math.min(16384, Math.floor((totalmem() / 2 ** 20) * 0.75));

/** buildSearchOnly in a process of its own (see above), with its wall time and memory. */
export async function searchOnlySite(contentDir: string, outDir: string, shell: NonNullable<SearchOnlyOptions['shell']>) {
  const run = await runMeasured(process.execPath, [
    `--max-old-space-size=${SEARCH_ONLY_HEAP_MB}`,
    fileURLToPath(import.meta.url),
    contentDir,
    outDir,
    shell.siteDir,
    ...shell.pages,
  ]);
  if (run.status !== 0) throw new Error(`the search-only site of ${contentDir} failed:\n${run.output.slice(-3000)}`);
  const line = run.output.split('\n').findLast((l) => l.startsWith('{"units":'));
  if (!line) throw new Error(`the search-only site of ${contentDir} said nothing of what it built:\n${run.output.slice(-3000)}`);
  const built = JSON.parse(line) as { units: number; ms: number };
  return { ...built, peakTreeRss: run.peakTreeRss };
}

const pageFile = (url: string) => join(url.replace(/^\//, ''), 'index.html');

/** Copies the shell of a full build (see above) into a search-only site, and writes its service worker's lists. */
async function addShell(from: string, to: string, pages: readonly string[]) {
  const take = (path: string) => {
    if (!existsSync(join(to, path))) cpSync(join(from, path), join(to, path), { recursive: true });
  };
  // The shell build's own search store list (under /_astro/, named by its version) lists its index, not this one.
  const theirs = JSON.parse(readFileSync(join(from, OFFLINE_LIST.slice(1)), 'utf8')) as { search?: { list?: unknown } };
  const stale = typeof theirs.search?.list === 'string' ? join(from, theirs.search.list) : undefined;
  if (!existsSync(join(to, '_astro')))
    cpSync(join(from, '_astro'), join(to, '_astro'), { recursive: true, filter: (src) => src !== stale });
  for (const name of readdirSync(from)) if (statSync(join(from, name)).isFile() && `/${name}` !== OFFLINE_LIST) take(name);
  for (const url of [...pages, SEARCH]) {
    if (!existsSync(join(from, pageFile(url)))) throw new Error(`the shell's build has no page ${url}`);
    mkdirSync(dirname(join(to, pageFile(url))), { recursive: true });
    take(pageFile(url));
  }
  await writeOfflineLists(to);
}

if (import.meta.main) {
  const [contentDir, outDir, siteDir, ...pages] = process.argv.slice(2);
  if (!contentDir || !outDir)
    throw new Error('usage: node scripts/bench/search-only.ts <content dir> <out dir> [<shell site dir> <page>...]');
  const built = await buildSearchOnly(contentDir, outDir, siteDir ? { shell: { siteDir, pages } } : {});
  // The last line of the output is the result, for searchOnlySite.
  process.stdout.write(`\n${JSON.stringify(built)}\n`);
}

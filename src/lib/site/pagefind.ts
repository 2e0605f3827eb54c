// Indexes the site with Pagefind (run by the integration in astro:build:done, and by the bench's
// search-only sites): every searchable unit of the corpus as a custom record, built from the site
// model (src/pages/search/records/ writes them under PAGEFIND_RECORDS, a file per shard; the
// integration removes them once indexed). The records are cut into shards, each a bundle of its
// own, and two directory bundles list the words of each shard, the newest in the first and the
// older in the second (src/lib/search/shards.ts says why).
//
// Records, not pages: a unit's record is the text the search matches (its clauses), the metadata
// it reads back and its filters, the same whether or not the unit has a page; so a search-only
// site holds the very index a full build does.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import {
  BUNDLE_FILTER,
  DIRECTORY_BUNDLE,
  directoryPage,
  OLDER_DIRECTORY,
  olderDirectoryPath,
  type Shard,
  SHARDS_DIR,
  splitDirectories,
} from '../search/shards.ts';
import type { SearchUnit } from '../search/unit.ts';
import { unitMeta } from '../search/unit.ts';
import { PAGEFIND } from '../routes.ts';
import { type RechunkReport, rechunkPagefindIndex } from './pagefind-chunks.ts';
import { type DirectoryReport, type ShardWords, writeDirectory } from './pagefind-directory.ts';
import { PAGEFIND_VERSION } from './pagefind-files.ts';
import { type FragmentReport, packFragments } from './pagefind-fragments.ts';

/** Where the build writes the shard plan (plan.json) and each shard's records (<shard>.json), relative to the output directory. */
export const PAGEFIND_RECORDS = 'search/records/';

/** A custom record as Pagefind takes it. */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What the build hands the indexer: the shards, and the records of each, asked for one shard at a time. */
export interface IndexInput {
  shards: Shard[];
  records: (shard: Shard) => PagefindRecord[];
  /** Shards the first directory names (RECENT_SHARDS unless given: a test splits a small index). */
  recentShards?: number;
}

/** The records of units: a unit with a page of its own (a measure, a news item) is that page, any other its place on the document's page. */
export function unitRecords(units: readonly SearchUnit[]): PagefindRecord[] {
  return units.map((unit) => ({
    url: unit.page.endsWith(`/${unit.unit}/`) ? unit.page : `${unit.page}#${unit.unit}`,
    content: unit.clauses.map(([, text]) => text).join('\n'),
    language: 'zh-cn',
    meta: unitMeta(unit),
    filters: unit.filters,
  }));
}

/** The version of the installed Pagefind package, read from its package.json. */
export function installedPagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  let dir = join(entry, '..');
  for (let i = 0; i < 4; i++, dir = join(dir, '..')) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pagefind' && pkg.version) return pkg.version;
    } catch {
      // not this folder
    }
  }
  throw new Error('the installed Pagefind package has no package.json to read its version from');
}

/** Throws unless the installed Pagefind is the release whose format this build rewrites. */
export function checkPagefindVersion(version = installedPagefindVersion()): void {
  if (version !== PAGEFIND_VERSION)
    throw new Error(
      `Pagefind ${version} is installed, but this build reads and rewrites the bundle format of Pagefind ${PAGEFIND_VERSION} (src/lib/site/pagefind*.ts): pin "pagefind": "${PAGEFIND_VERSION}" in package.json, or check the format of ${version} and move PAGEFIND_VERSION`,
    );
}

/** The files of a Pagefind bundle the search reads: a shard keeps these, not Pagefind's code and UI. */
const INDEX_FILE = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

export interface IndexReport {
  shards: number;
  records: number;
  chunks: RechunkReport[];
  /** The fragments slimmed, and the files (groups) they were bundled into. */
  fragments: FragmentReport;
  /** Both directories together: their shards, the first's words, their chunks; and how many shards the older one names. */
  directory: DirectoryReport & { older: number };
}

/** Any error throws, naming what Pagefind was doing (and the record's URL, for a record). */
export async function indexSite(siteDir: string, input: IndexInput): Promise<IndexReport> {
  checkPagefindVersion();
  const bundle = join(siteDir, PAGEFIND.slice(1, -1));
  rmSync(bundle, { recursive: true, force: true });
  const report: IndexReport = {
    shards: input.shards.length,
    records: 0,
    chunks: [],
    fragments: { fragments: 0, before: 0, after: 0, groups: 0 },
    directory: { shards: 0, words: 0, chunks: 0, older: 0 },
  };
  try {
    const words = new Map<string, string[]>();
    // Two shards at a time: while one is cut and slimmed here, Pagefind writes the other.
    await eachAtOnce(input.shards, SHARDS_AT_ONCE, async (shard) => {
      const dir = join(bundle, SHARDS_DIR, shard.name);
      const records = input.records(shard);
      const strays = records.filter((r) => !shard.items.includes(r.meta['item'] ?? ''));
      if (strays.length) throw new Error(`shard ${shard.name} was given records of items it does not hold: ${strays[0]!.url}`);
      report.records += records.length;
      await writeBundle(dir, records);
      for (const f of readdirSync(dir)) if (!INDEX_FILE.test(f)) rmSync(join(dir, f), { recursive: true });
      const kept: string[] = [];
      report.chunks.push(...rechunkPagefindIndex(dir, undefined, (w) => kept.push(w)));
      words.set(shard.name, kept);
      const packed = packFragments(dir, FRAGMENT_GROUP_BYTES);
      report.fragments.fragments += packed.fragments;
      report.fragments.before += packed.before;
      report.fragments.after += packed.after;
      report.fragments.groups += packed.groups;
    });
    // The directories (src/lib/search/shards.ts, RECENT_SHARDS): the first names the newest
    // shards and, as one page, all the older ones, which the older directory names one by one.
    const { recent, older } = splitDirectories(input.shards, input.recentShards);
    const olderWords = new Set<string>();
    for (const shard of older) for (const w of words.get(shard.name)!) olderWords.add(w);
    const first = await writeDirectoryBundle(bundle, recent, older.length ? olderWords : undefined, words);
    report.directory = { shards: input.shards.length, words: first.words, chunks: first.chunks, older: older.length };
    if (older.length) {
      const dir = join(bundle, OLDER_DIRECTORY);
      report.directory.chunks += (await writeDirectoryBundle(dir, older, undefined, words)).chunks;
      for (const f of readdirSync(dir)) if (!INDEX_FILE.test(f)) rmSync(join(dir, f), { recursive: true });
    }
    return report;
  } finally {
    await pagefind.close();
  }
}

/** A directory bundle at `dir` naming these shards, and, with `olderWords`, the older directory as one page holding them. */
async function writeDirectoryBundle(
  dir: string,
  shards: readonly Shard[],
  olderWords: ReadonlySet<string> | undefined,
  words: ReadonlyMap<string, string[]>,
): Promise<DirectoryReport> {
  const record = (url: string, meta: Record<string, string>): PagefindRecord => ({
    url,
    content: url,
    language: 'zh-cn',
    meta,
    filters: { [BUNDLE_FILTER]: [DIRECTORY_BUNDLE] },
  });
  await writeBundle(dir, [
    ...shards.map((shard) =>
      record(`${PAGEFIND}${SHARDS_DIR}/${shard.name}/`, {
        shard: shard.name,
        units: String(shard.units),
        items: String(shard.items.length),
      }),
    ),
    ...(olderWords ? [record(olderDirectoryPath(PAGEFIND), {})] : []),
  ]);
  const pageWords: ShardWords = new Map(shards.map((s) => [s.name, words.get(s.name)!]));
  const names = new Map(shards.map((s) => [s.name, directoryPage(s)]));
  if (olderWords) {
    pageWords.set(OLDER_DIRECTORY, olderWords);
    names.set(OLDER_DIRECTORY, OLDER_DIRECTORY);
  }
  return writeDirectory(dir, pageWords, names);
}

/** Shards indexed at once. */
const SHARDS_AT_ONCE = 2;
/**
 * The JSON bytes of a fragment group at most (pagefind-fragments.ts): about 2 KB gzipped, five
 * clauses' fragments or so. Measured on the box's six queries in Chromium at 10 documents: a later
 * search took 33-48 ms without groups, 31-35 with groups of 4,000 bytes, 27-30 with 6,000 and
 * 26-28 with 8,000; the first search cost 2.4, 4.3 and 6.4 KB more (86.6 KB without).
 */
const FRAGMENT_GROUP_BYTES = 6000;

/** Runs `task` on every item, at most `n` at a time; the first failure stops the rest and is thrown. */
async function eachAtOnce<T>(items: readonly T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** One Pagefind bundle of these records at `dir`. */
async function writeBundle(dir: string, records: readonly PagefindRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length) throw new Error(`creating the index: ${errors.join('\n') || 'no index was returned'}`);
  // All at once: one message to Pagefind's process each, answered as it goes (one by one, a
  // thousand records waited on a thousand round trips).
  const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  results.forEach((result, i) => {
    if (result.errors.length) throw new Error(`adding the record of ${records[i]!.url}: ${result.errors.join('\n')}`);
  });
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`writing the index at ${dir}: ${written.errors.join('\n')}`);
  await index.deleteIndex();
}

// Writes the directory of the search index (src/lib/search/shards.ts): a Pagefind bundle whose
// pages are the shards and whose word index holds every word of each shard, so that Pagefind's
// own query handling (segmentation, prefixes, AND of words) answers "which shards hold every word
// of this query" exactly as each shard would answer for its units: a shard that has a result for
// a query is always among the directory's results for it.
//
// Pagefind writes the bundle from one custom record per shard (its code, WebAssembly, entry and
// metadata); this module then rewrites two things in Pagefind's own format (pagefind-files.ts;
// the same checks as the re-cut, pagefind-chunks.ts):
// - each page's name becomes its shard's and the date of its oldest item (s00042-20230501), so a
//   search's result ids are the shards to open, newest first by name, with no fragment to fetch;
// - the word index: each word of any shard, with one location on the page of each shard holding it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkSize, withBoundaryPrefixes, wordCutter } from './pagefind-chunks.ts';
import { bundleMetas, type MetaChunk, type MetaPage, pagefindBody, writeMeta, writePagefindFile } from './pagefind-files.ts';

/** The words of every shard, by shard name, as the shards' own word indexes hold them. */
export type ShardWords = Map<string, Iterable<string>>;

/** A page of Pagefind's metadata: [name, word count, fragment group]. */

export interface DirectoryReport {
  shards: number;
  words: number;
  chunks: number;
}

/**
 * The directory's chunk size: as a shard's (chunkSize), for a search that looks up more words in
 * it (every word of a query's expansions, about eight, against three), so smaller chunks.
 */
export const directoryChunkSize = (total: number) => Math.max(250, Math.round(chunkSize(total) * Math.sqrt(3 / 8)));

/** Compares as Pagefind sorts its words: by their UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Rewrites the directory bundle at `bundleDir`, written by Pagefind from one record per shard
 * whose URL ends in `/<shard>/`.
 */
export function writeDirectory(
  bundleDir: string,
  shardWords: ShardWords,
  /** Each shard's page name in the directory (src/lib/search/shards.ts, directoryPage). */
  pageNames: ReadonlyMap<string, string>,
): DirectoryReport {
  const languages = bundleMetas(bundleDir);
  if (languages.length !== 1) throw new Error(`the directory bundle has ${languages.length} languages, not one: it cannot be rewritten`);
  const { language, meta } = languages[0]!;
  const pages = meta[1] as MetaPage[];
  // Each page's shard, from the URL its fragment holds; the fragment is renamed after it.
  const pageOf = new Map<string, number>();
  pages.forEach((page, i) => {
    const path = join(bundleDir, 'fragment', `${page[0]}.pf_fragment`);
    const fragment = JSON.parse(pagefindBody(path, readFileSync(path)).toString('utf8')) as { url?: unknown };
    const shard = typeof fragment.url === 'string' ? /\/([^/]+)\/$/.exec(fragment.url)?.[1] : undefined;
    if (!shard || !shardWords.has(shard)) throw new Error(`${path} names no shard of this build (${String(fragment.url)})`);
    if (pageOf.has(shard)) throw new Error(`the directory holds shard ${shard} twice`);
    pageOf.set(shard, i);
    const name = pageNames.get(shard);
    if (!name) throw new Error(`shard ${shard} has no page name`);
    renameSync(path, join(bundleDir, 'fragment', `${name}.pf_fragment`));
    page[0] = name;
  });
  if (pageOf.size !== shardWords.size) throw new Error(`the directory holds ${pageOf.size} shards of ${shardWords.size}`);

  // Each word, with the pages of the shards that hold it, in page order.
  const postings = new Map<string, number[]>();
  for (const [shard, words] of shardWords) {
    const page = pageOf.get(shard)!;
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(page);
      else postings.set(word, [page]);
    }
  }
  const words = [...postings.keys()].sort(byBytes);
  // A word on a page: Pagefind's posting, the page as a step from the previous one, and one
  // location (its first word) of the default weight.
  const posted = (word: string): unknown[] => {
    const list = postings.get(word)!.sort((a, b) => a - b);
    return [word, list.map((page, i) => [page - (i ? list[i - 1]! : 0), [0], []]), []];
  };
  const old = (meta[2] as MetaChunk[]).map(([, , name]) => name);
  const written: MetaChunk[] = [];
  const total = words.reduce((n, w) => n + postings.get(w)!.length * 2 + 1, 0);
  const cutter = wordCutter<string>(
    (w) => w,
    (w) => postings.get(w)!.length * 2 + 1,
    directoryChunkSize(total),
    (run) => {
      const data = [run.map(posted)];
      const bytes = writePagefindFile(data);
      const name = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 7)}`;
      writeFileSync(join(bundleDir, 'index', `${name}.new`), bytes);
      written.push([run[0]!, run.at(-1)!, name]);
    },
  );
  for (const w of words) cutter.push(w);
  cutter.end();
  for (const name of old) rmSync(join(bundleDir, 'index', `${name}.pf_index`));
  for (const f of readdirSync(join(bundleDir, 'index')))
    if (f.endsWith('.new')) renameSync(join(bundleDir, 'index', f), join(bundleDir, 'index', f.replace(/\.new$/, '.pf_index')));
  meta[2] = withBoundaryPrefixes(written);
  writeMeta(bundleDir, language, meta);
  return { shards: pageOf.size, words: words.length, chunks: written.length };
}

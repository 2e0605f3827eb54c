// Splits Pagefind's word index into smaller chunks after it is written. Pagefind closes a chunk at
// 20,000 locations (pagefind/src/index/mod.rs, not configurable), and Chinese is indexed as
// overlapping character pairs, so one five-document corpus gives seven chunks of 33-75 KB and a
// reader's first query fetched two of them (88 KB) to look up five pairs. Re-cut to the size that
// weighs least on a first query (chunkSize), the same query fetches a few chunks of a KB or two.
//
// The files keep Pagefind's own format: gzip of "pagefind_dcd" + CBOR. A chunk is
// [words: [word, pages, …]] sorted by word; the metadata lists each chunk as [from, to, hash],
// and the search asks for the first chunk whose range holds a word. Before anything is rewritten, every file read must
// encode back to its own bytes: a Pagefind release that changed the format stops the build
// rather than shipping an index the search cannot read.
//
// Pagefind also indexes the values of data-pagefind-meta, unsegmented: each sentence of the
// `clauses` field the search layer reads back (src/lib/search/unit.ts) became one "word" of up to
// a few hundred characters, 2,312 of the 16,797 words and a large share of the bytes. A query
// never equals such a word, and every sentence is in the page body too, where the search finds it
// by its character pairs; so words that occur in no page body are left out of the chunks (their
// pages are still found through the body; a test pins that the quality suites do not move).
import { createHash } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleMetas, type MetaChunk, readPagefindFile, writeMeta, writePagefindFile } from './pagefind-files.ts';

/**
 * How big a chunk is, in Pagefind's measure (locations, plus one per word and page). A first
 * query fetches the metadata, whose list of chunks grows as the index over the chunk size, and
 * the few chunks its words fall in, which grow with it: with e bytes per listed chunk, b per
 * location and h chunks a query touches, the sum e·T/c + h·b·c is least at c = √(e·T / (h·b)).
 * Measured here, e ≈ 13 B, b ≈ 1.75 B and h ≈ 3, so c ≈ 1.6 √T: about 500 for this corpus
 * (T ≈ 100,000), some 9,000 for a hundred times as many documents; never below 250.
 */
export const chunkSize = (total: number) => Math.max(250, Math.round(1.6 * Math.sqrt(total)));

/** [word, pages], a page being [page number, body locations, metadata locations]. */
type Word = [string, Array<[number, number[], number[]?, ...unknown[]]>, ...unknown[]];

/**
 * The next chunk starts at the shortest prefix that tells it from this one, as Pagefind writes it
 * (a word a query holds only the start of is looked for there); this one ends at its last
 * word whole. Pagefind ends it at a prefix too, and its search looks each word up in the
 * first chunk whose range holds it, falling back to every chunk a prefix could reach only
 * when no word of the query was found: a word sorting past that prefix (as 举推 did in a test)
 * was missed whenever another word of the query was found; with many chunks, many were.
 */
export function withBoundaryPrefixes(chunks: MetaChunk[]): MetaChunk[] {
  for (let i = 0; i + 1 < chunks.length; i++) chunks[i + 1]![0] = boundaryPrefixes(chunks[i]![1], chunks[i + 1]![0])[1];
  return chunks;
}

/** A word's weight in a chunk, as Pagefind measures it (locations plus one per page), metadata locations counted too. */
const wordSize = (word: Word) => word[1].reduce((n, page) => n + page[1].length + (page[2]?.length ?? 0) + 1, 0);

/** True when the word occurs in some page's body, not only in its metadata. */
const inSomeBody = (word: Word) => word[1].some((page) => page[1].length > 0);

/** The shortest prefixes of the last word of one chunk and the first of the next that differ (as Pagefind's get_prefixes). */
export function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = [...last];
  const b = [...first];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * Cuts a sorted stream of words into runs of at most `limit` (a heavier run makes a chunk of its
 * own), never between a word and the words that extend it (人才 and 人才队伍): Pagefind's search
 * reads one chunk per word of a query, the one its word falls in, and finds there the words it is
 * a prefix of too; cut between them, those extensions were lost. Each run goes to `emit` as soon
 * as it is complete, so an index of any size is cut holding one run at a time.
 */
export function wordCutter<W>(text: (w: W) => string, size: (w: W) => number, limit: number, emit: (run: W[]) => void) {
  let current: W[] = [];
  let weight = 0;
  // The words of the current run that are prefixes of the word at hand, longest last.
  const stems: string[] = [];
  return {
    push(word: W) {
      const t = text(word);
      while (stems.length && !t.startsWith(stems.at(-1)!)) stems.pop();
      const w = size(word);
      if (current.length && weight + w > limit && !stems.length) {
        emit(current);
        current = [];
        weight = 0;
      }
      current.push(word);
      weight += w;
      stems.push(t);
    },
    end() {
      if (current.length) emit(current);
      current = [];
    },
  };
}

/** The same cut of a whole list (tests). */
export function cutWords<W>(words: readonly W[], text: (w: W) => string, size: (w: W) => number, limit: number): W[][] {
  const runs: W[][] = [];
  const cutter = wordCutter(text, size, limit, (run) => runs.push(run));
  for (const w of words) cutter.push(w);
  cutter.end();
  return runs;
}

export interface RechunkReport {
  language: string;
  /** Chunks as Pagefind wrote them, and as re-cut. */
  before: number;
  after: number;
  /** Words found only in metadata, left out. */
  metadataOnly: number;
  /** The size each chunk was cut to (chunkSize). */
  limit: number;
}

/** Re-cuts the word index of every language in a written Pagefind bundle (`<site>/pagefind`). */
export function rechunkPagefindIndex(
  bundleDir: string,
  size = chunkSize,
  /** Called with each word kept, in order (the directory's words of a shard). */
  onWord?: (word: string) => void,
): RechunkReport[] {
  const reports: RechunkReport[] = [];
  for (const { language, meta } of bundleMetas(bundleDir)) {
    const chunks = meta[2] as MetaChunk[];
    // A shard's words held whole (src/lib/search/shards.ts bounds a shard), read and checked once.
    const words = chunks.flatMap(([, , chunk]) => readPagefindFile(join(bundleDir, 'index', `${chunk}.pf_index`))[0] as Word[]);
    let total = 0;
    let metadataOnly = 0;
    let previous: Buffer | undefined;
    for (const word of words) {
      const bytes = Buffer.from(word[0]);
      if (previous && Buffer.compare(previous, bytes) >= 0)
        throw new Error(`Pagefind's words are not in byte order at "${word[0]}": the index cannot be re-chunked`);
      previous = bytes;
      if (inSomeBody(word)) total += wordSize(word);
      else metadataOnly++;
    }
    const limit = size(total);
    const written: MetaChunk[] = [];
    // Written aside until every old chunk is read: a new name could be an old one's.
    const staging = mkdtempSync(join(bundleDir, 'index', '.recut-'));
    const cutter = wordCutter<Word>(
      (w) => w[0],
      wordSize,
      limit,
      (run) => {
        const bytes = writePagefindFile([run]);
        const name = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 7)}`;
        writeFileSync(join(staging, `${name}.pf_index`), bytes);
        written.push([run[0]![0], run.at(-1)![0], name]);
      },
    );
    for (const word of words) {
      if (!inSomeBody(word)) continue;
      cutter.push(word);
      onWord?.(word[0]);
    }
    cutter.end();
    for (const [, , name] of chunks) rmSync(join(bundleDir, 'index', `${name}.pf_index`));
    for (const [, , name] of written) renameSync(join(staging, `${name}.pf_index`), join(bundleDir, 'index', `${name}.pf_index`));
    rmSync(staging, { recursive: true });
    meta[2] = withBoundaryPrefixes(written);
    writeMeta(bundleDir, language, meta);
    reports.push({ language, before: chunks.length, after: written.length, metadataOnly, limit });
  }
  return reports;
}

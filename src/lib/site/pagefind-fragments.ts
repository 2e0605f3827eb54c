// Slims Pagefind's fragments after they are written. A fragment is what a search fetches for
// each candidate page: Pagefind puts the page's whole indexed text in it (`content`, for its own
// excerpts) and its elements with ids (`anchors`, for its sub-results). Our search reads neither:
// it ranks and quotes from the unit's clauses in `meta` (src/lib/search/unit.ts), and draws its
// own excerpts. Those two fields were half of every fragment's bytes, and a two-word query reads
// up to sixty fragments. What stays: the URL, the metadata, the filters and the word count.
// (A file of every fragment's units for later searches went with the one-bundle index: it grew
// with the collection, 13.7 MB at 2,000 documents; later searches read their few fragments.)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPagefindFile, writeMeta } from './pagefind-chunks.ts';
import { pagefindBody, pagefindFile } from './pagefind-files.ts';

export interface SlimReport {
  fragments: number;
  /** Bytes on disk (compressed), before and after. */
  before: number;
  after: number;
}

/** Empties `content` and `anchors` of every fragment in a written Pagefind bundle. */
export function slimFragments(bundleDir: string): SlimReport {
  const dir = join(bundleDir, 'fragment');
  const report: SlimReport = { fragments: 0, before: 0, after: 0 };
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const compressed = readFileSync(path);
    const fragment = JSON.parse(pagefindBody(path, compressed).toString('utf8')) as Record<string, unknown>;
    if (typeof fragment['content'] !== 'string' || !Array.isArray(fragment['anchors']) || typeof fragment['meta'] !== 'object')
      throw new Error(`${path} is not a fragment in the format this build knows (content, anchors, meta)`);
    const slim = pagefindFile(JSON.stringify({ ...fragment, content: '', anchors: [] }));
    writeFileSync(path, slim);
    report.fragments++;
    report.before += compressed.length;
    report.after += slim.length;
  }
  return report;
}

/**
 * Renames a bundle's pages (and their fragment files) from Pagefind's hashes to a short common
 * prefix and their place (a3f9c2-0, a3f9c2-1…): the metadata lists every page by name, and hashes,
 * which gzip cannot shorten, were most of its bytes (6.1 of 10.5 KB for a shard of 1,000 units).
 * The prefix is a digest of every old name, each a digest of its fragment, so any change of any
 * fragment renames them all: a name never stands for two contents, which a reader's cache relies on.
 */
export function shortPageNames(bundleDir: string): void {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const meta = readPagefindFile(join(bundleDir, `pagefind.${hash}.pf_meta`));
    const pages = meta[1] as Array<[string, number, string]>;
    if (pages.some((p) => p[2] !== '')) throw new Error(`${bundleDir} groups its fragments: a format this build does not rename`);
    const digest = createHash('sha256');
    for (const [name] of pages) digest.update(name).update('\0');
    const prefix = digest.digest('hex').slice(0, 6);
    pages.forEach((page, i) => {
      const name = `${prefix}-${i.toString(36)}`;
      renameSync(join(bundleDir, 'fragment', `${page[0]}.pf_fragment`), join(bundleDir, 'fragment', `${name}.pf_fragment`));
      page[0] = name;
    });
    writeMeta(bundleDir, language, meta);
  }
}

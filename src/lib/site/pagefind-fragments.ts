// Rewrites a shard's fragments after Pagefind writes them, in one pass over them (each read,
// slimmed, grouped and written once: at 2,000 documents that is 74,000 fragments). A fragment is
// what a search fetches for each candidate page.
// - Slimmed: Pagefind puts the page's whole indexed text in it (`content`, for its own excerpts)
//   and its elements with ids (`anchors`, for its sub-results). Our search reads neither: it ranks
//   and quotes from the unit's clauses in `meta` (src/lib/search/unit.ts), and draws its own
//   excerpts. Those two fields were half of every fragment's bytes. What stays: the URL, the
//   metadata, the filters and the word count. (A file of every fragment's units for later
//   searches went with the one-bundle index: it grew with the collection, 13.7 MB at 2,000
//   documents; later searches read their few fragments.)
// - Renamed: pages get a short common prefix and their place (a3f9c2-0, a3f9c2-1…) instead of
//   Pagefind's hashes. The metadata lists every page by name, and hashes, which gzip cannot
//   shorten, were most of its bytes (6.1 of 10.5 KB for a shard of 1,000 units). The prefix is a
//   digest of every old name, each a digest of its fragment, so any change of any fragment
//   renames them all: a name never stands for two contents, which a reader's cache relies on.
// - Grouped: neighbouring pages' fragments share one file (Pagefind's fragment groups: a page's
//   third field in the metadata names its group, whose file maps page names to fragments). A
//   query's candidates cluster in the documents about it, and each fragment is a request: on
//   HTTP/1.1 a browser makes six at a time, so a preview's dozen were two round trips where their
//   groups are often one. A group holds pages of one item only, in the bundle's order (the
//   document's), and closes at `budget` bytes of JSON, so a candidate read alone costs a few of
//   its neighbours at most. Groups are named by the prefix and their place (a3f9c2_0…).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleMetas, type MetaPage, pagefindBody, pagefindFile, writeMeta } from './pagefind-files.ts';

export interface FragmentReport {
  fragments: number;
  /** Bytes on disk (compressed): Pagefind's fragments, and the groups written in their place. */
  before: number;
  after: number;
  groups: number;
}

/** Slims, renames and groups the fragments of a bundle Pagefind has just written. */
export function packFragments(bundleDir: string, budget: number): FragmentReport {
  const report: FragmentReport = { fragments: 0, before: 0, after: 0, groups: 0 };
  for (const { language, meta } of bundleMetas(bundleDir)) {
    const pages = meta[1] as MetaPage[];
    if (pages.some((p) => p[2] !== '')) throw new Error(`${bundleDir} already groups its fragments: a format this build does not rewrite`);
    const digest = createHash('sha256');
    for (const [name] of pages) digest.update(name).update('\0');
    const prefix = digest.digest('hex').slice(0, 6);
    let group: Array<{ name: string; json: string }> = [];
    let item: string | undefined;
    let size = 0;
    const close = () => {
      if (!group.length) return;
      const file = pagefindFile(`{${group.map(({ name, json }) => `${JSON.stringify(name)}:${json}`).join(',')}}`);
      writeFileSync(join(bundleDir, 'fragment', `${prefix}_${report.groups.toString(36)}.pf_fragment`), file);
      report.after += file.length;
      report.groups++;
      group = [];
      size = 0;
    };
    pages.forEach((page, i) => {
      const path = join(bundleDir, 'fragment', `${page[0]}.pf_fragment`);
      const compressed = readFileSync(path);
      const fragment = JSON.parse(pagefindBody(path, compressed).toString('utf8')) as Record<string, unknown>;
      const fields = fragment['meta'] as Record<string, unknown> | undefined;
      if (typeof fragment['content'] !== 'string' || !Array.isArray(fragment['anchors']) || typeof fields !== 'object')
        throw new Error(`${path} is not a fragment in the format this build knows (content, anchors, meta)`);
      if (typeof fields['item'] !== 'string') throw new Error(`${path} has no item in its metadata`);
      const json = JSON.stringify({ ...fragment, content: '', anchors: [] });
      const bytes = Buffer.byteLength(json);
      if (fields['item'] !== item || size + bytes > budget) close();
      item = fields['item'];
      page[0] = `${prefix}-${i.toString(36)}`;
      page[2] = `${prefix}_${report.groups.toString(36)}`;
      group.push({ name: page[0], json });
      size += bytes;
      rmSync(path);
      report.fragments++;
      report.before += compressed.length;
    });
    close();
    writeMeta(bundleDir, language, meta);
  }
  return report;
}

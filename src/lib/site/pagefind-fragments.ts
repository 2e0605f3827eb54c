// Slims Pagefind's fragments after they are written. A fragment is what a search fetches for
// each candidate page: Pagefind puts the page's whole indexed text in it (`content`, for its own
// excerpts) and its elements with ids (`anchors`, for its sub-results). Our search reads neither:
// it ranks and quotes from the unit's clauses in `meta` (src/lib/search/unit.ts), and draws its
// own excerpts. Those two fields were half of every fragment's bytes, and a two-word query reads
// up to sixty fragments. What stays: the URL, the metadata, the filters and the word count.
// (A file of every fragment's units for later searches went with the one-bundle index: it grew
// with the collection, 13.7 MB at 2,000 documents; later searches read their few fragments.)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Bundles neighbouring pages' fragments into one file (Pagefind's fragment groups: a page's third
 * field in the metadata names its group, whose file maps page names to fragments). A query's
 * candidates cluster in the documents about it, neighbouring clauses of one document, and each
 * fragment is a request: on HTTP/1.1 a browser makes six at a time, so a preview's dozen were two
 * round trips where their groups are often one. A group holds pages of one item only, in the
 * bundle's order (the document's), and closes at `budget` bytes of JSON, so a candidate read alone
 * costs a few of its neighbours at most. Runs after shortPageNames: a group is named by the pages'
 * common prefix and its place (a3f9c2_0…), and so changes name whenever any fragment changes.
 */
export function groupFragments(bundleDir: string, budget: number): { groups: number } {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  let groups = 0;
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const meta = readPagefindFile(join(bundleDir, `pagefind.${hash}.pf_meta`));
    const pages = meta[1] as Array<[string, number, string]>;
    if (pages.some((p) => p[2] !== '')) throw new Error(`${bundleDir} already groups its fragments`);
    const prefix = /^([0-9a-f]+)-/.exec(pages[0]?.[0] ?? '')?.[1];
    if (pages.length && !prefix) throw new Error(`${bundleDir}: its pages are not named by shortPageNames (${pages[0]![0]})`);
    let group: Array<{ page: [string, number, string]; fragment: unknown }> = [];
    let item: string | undefined;
    let size = 0;
    const close = () => {
      if (!group.length) return;
      const name = `${prefix}_${groups.toString(36)}`;
      const body = Object.fromEntries(group.map(({ page, fragment }) => [page[0], fragment]));
      writeFileSync(join(bundleDir, 'fragment', `${name}.pf_fragment`), pagefindFile(JSON.stringify(body)));
      for (const { page } of group) page[2] = name;
      groups++;
      group = [];
      size = 0;
    };
    for (const page of pages) {
      const path = join(bundleDir, 'fragment', `${page[0]}.pf_fragment`);
      const json = pagefindBody(path, readFileSync(path)).toString('utf8');
      const fragment = JSON.parse(json) as { meta?: Record<string, unknown> };
      const of = fragment.meta?.['item'];
      if (typeof of !== 'string') throw new Error(`${path} has no item in its metadata`);
      if (of !== item || size + Buffer.byteLength(json) > budget) close();
      item = of;
      group.push({ page, fragment });
      size += Buffer.byteLength(json);
      rmSync(path);
    }
    close();
    writeMeta(bundleDir, language, meta);
  }
  return { groups };
}

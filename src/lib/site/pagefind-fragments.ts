// Slims Pagefind's fragments after they are written. A fragment is what a search fetches for
// each candidate page: Pagefind puts the page's whole indexed text in it (`content`, for its own
// excerpts) and its elements with ids (`anchors`, for its sub-results). Our search reads neither:
// it ranks and quotes from the unit's clauses in `meta` (src/lib/search/unit.ts), and draws its
// own excerpts. Those two fields were half of every fragment's bytes, and a two-word query reads
// up to sixty fragments. What stays: the URL, the metadata, the filters and the word count.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindBody, pagefindFile } from './pagefind-files.ts';
import { PAGEFIND, UNITS_JSON } from '../routes.ts';

export interface SlimReport {
  fragments: number;
  /** Bytes on disk (compressed), before and after. */
  before: number;
  after: number;
}

/**
 * Empties `content` and `anchors` of every fragment in a written Pagefind bundle (`<site>/pagefind`),
 * and writes what the fragments hold for our search into one file (UNITS_JSON), by fragment:
 * fetched once a reader's first search has drawn its results, it answers every later search
 * without a request per candidate.
 */
export function slimFragments(bundleDir: string): SlimReport {
  const dir = join(bundleDir, 'fragment');
  const report: SlimReport = { fragments: 0, before: 0, after: 0 };
  const units: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const compressed = readFileSync(path);
    const fragment = JSON.parse(pagefindBody(path, compressed).toString('utf8')) as Record<string, unknown>;
    if (typeof fragment['content'] !== 'string' || !Array.isArray(fragment['anchors']) || typeof fragment['meta'] !== 'object')
      throw new Error(`${path} is not a fragment in the format this build knows (content, anchors, meta)`);
    const slim = pagefindFile(JSON.stringify({ ...fragment, content: '', anchors: [] }));
    units[name.replace(/\.pf_fragment$/, '')] = { url: fragment['url'], meta: fragment['meta'], filters: fragment['filters'] };
    writeFileSync(path, slim);
    report.fragments++;
    report.before += compressed.length;
    report.after += slim.length;
  }
  writeFileSync(join(bundleDir, UNITS_JSON.slice(PAGEFIND.length)), JSON.stringify(units));
  return report;
}

// Bench hooks for `npm run bench`: what one search costs a reader, measured on the built site
// in Node with the same files a browser fetches (index, fragments, wasm, thesaurus).
import { openSearch } from './search.ts';

export interface BenchRow {
  query: string;
  /** Bytes of the built site fetched for this query, text counted gzipped as a static host sends it (cold: from opening the index). */
  bytes: number;
  requests: number;
  /** Milliseconds from the call to ranked results (the first result shown). */
  ms: number;
  results: number;
  first: string | undefined;
}

/**
 * Runs each query and reports bytes fetched and ms to first result. `cold` (default) opens a
 * fresh index per query, as a reader's first search on a page; otherwise one index serves all,
 * as later searches in a session.
 */
export async function benchSearch(queries: readonly string[], { distDir = 'dist', cold = true } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let shared = cold ? undefined : await openSearch(distDir);
  for (const query of queries) {
    const s = shared ?? (await openSearch(distDir));
    // Cold, everything the fresh index fetched counts, the query data it started on opening too.
    const bytes0 = cold ? 0 : s.index.bytes();
    const requests0 = cold ? 0 : s.index.requests();
    const started = performance.now();
    const r = await s.search(query);
    const ms = performance.now() - started;
    rows.push({
      query,
      bytes: s.index.bytes() - bytes0,
      requests: s.index.requests() - requests0,
      ms: Math.round(ms * 10) / 10,
      results: r.all.length,
      first: r.all[0] && `${r.all[0].unit.item}#${r.all[0].id}`,
    });
    if (!cold) shared = s;
  }
  return rows;
}

// What the build wrote of the citation index (src/lib/search/citation-index.ts), as the build log
// says it: how many shards of each kind, their total size and the largest one a lookup can fetch,
// raw and gzipped (as a static host sends them). A citation fetches a shard of names and one of a
// document, or one shard of places: the largest of each bounds what it costs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CITATIONS } from '../routes.ts';
import { siteFiles } from './built-pages.ts';

interface Group {
  files: number;
  bytes: number;
  gzipped: number;
  /** The largest file, gzipped. */
  largest: number;
}

/** The index's files by kind: names, places (across the corpus), documents' places. */
export function citationIndexSizes(siteDir: string): Record<'names' | 'places' | 'documents', Group> {
  const empty = (): Group => ({ files: 0, bytes: 0, gzipped: 0, largest: 0 });
  const groups = { names: empty(), places: empty(), documents: empty() };
  const dir = CITATIONS.slice(1);
  for (const file of siteFiles(siteDir).filter((f) => f.startsWith(dir))) {
    const rest = file.slice(dir.length);
    const group = rest.startsWith('doc/') ? groups.documents : rest.startsWith('names-') ? groups.names : groups.places;
    const body = readFileSync(join(siteDir, file));
    const gz = gzipSync(body, { level: 6 }).length;
    group.files++;
    group.bytes += body.length;
    group.gzipped += gz;
    group.largest = Math.max(group.largest, gz);
  }
  return groups;
}

/** One line for the build log. */
export function describeCitationIndex(siteDir: string): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const part = (name: string, g: Group) => `${name}: ${g.files} files, ${kb(g.bytes)} (${kb(g.gzipped)} gz), largest ${kb(g.largest)} gz`;
  const { names, places, documents } = citationIndexSizes(siteDir);
  return `citation index: ${part('names', names)}; ${part("documents' places", documents)}; ${part('places across documents', places)}`;
}

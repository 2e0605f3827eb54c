// Which pages the browser checks that walk "every page" look at. At 113 documents and 1,800 pages
// a browser pass over all of them takes longer than `npm test`'s budget allows, so `npm test`
// checks a sample that covers every page kind and every document kind, and `npm run
// test:all-pages` (ALL_PAGES=1) the whole site. The sample is drawn from the content, not listed
// by hand, so a new kind of document or page joins it by itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type SitePage, representatives } from '../../../src/lib/site/built-pages.ts';
import { DOCUMENTS } from '../../../src/lib/routes.ts';

/** Set by `npm run test:all-pages`: every page is checked. */
export const ALL_PAGES = process.env.ALL_PAGES === '1';

/** The documents the reader began with: reviewed by hand, and the subject of most tests. */
const FIRST = [
  '2022-gaojineng-rencai',
  '2024-chanye-gongren',
  '2025-lixing-jieyue-tiaoli',
  '2025-shiwuwu-jianyi',
  '2025-shiwuwu-jianyi-shuoming',
];

interface ItemFacts {
  id: string;
  kind: string;
  bytes: number;
}

/** The items of a content folder: id, kind and the size of its source, read off the metadata files alone. */
function itemFacts(contentDir: string): ItemFacts[] {
  const dir = join(contentDir, 'items');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const meta = parse(readFileSync(join(dir, f), 'utf8')) as { id: string; kind: string; source: string };
      return { id: meta.id, kind: meta.kind, bytes: statSync(join(contentDir, 'sources', meta.source)).size };
    });
}

/**
 * The documents that stand for the collection: of each kind the largest and the smallest text (most
 * to go wrong, and the barest shape), and the five first documents; every document with ALL_PAGES.
 */
export function documentSample(contentDir = 'content'): string[] {
  const items = itemFacts(contentDir).filter((i) => i.kind !== 'news' && i.kind !== 'photo');
  if (ALL_PAGES) return items.map((i) => i.id).sort();
  const picked = new Set(FIRST.filter((id) => items.some((i) => i.id === id)));
  for (const list of Map.groupBy(items, (i) => i.kind).values()) {
    const sorted = [...list].sort((a, b) => a.bytes - b.bytes || a.id.localeCompare(b.id));
    picked.add(sorted[0]!.id);
    picked.add(sorted.at(-1)!.id);
  }
  return [...picked].sort();
}

/**
 * The pages to check: every page with ALL_PAGES; else the representatives of every page kind
 * (built-pages.ts), each sampled document's page and its first three measure or article pages.
 */
export function pageSample(pages: readonly SitePage[], contentDir = 'content'): SitePage[] {
  if (ALL_PAGES) return [...pages];
  const docs = new Set(documentSample(contentDir));
  const chosen = new Set(representatives([...pages]));
  const perDoc = new Map<string, number>();
  for (const p of pages) {
    const m = new RegExp(`^${DOCUMENTS}([^/]+)/(?:([^/]+)/)?$`, 'u').exec(p.url);
    if (!m || !docs.has(m[1]!)) continue;
    if (!m[2]) chosen.add(p);
    else if ((perDoc.get(m[1]!) ?? 0) < 3) {
      perDoc.set(m[1]!, (perDoc.get(m[1]!) ?? 0) + 1);
      chosen.add(p);
    }
  }
  return pages.filter((p) => chosen.has(p));
}

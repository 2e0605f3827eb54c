// Writes the service worker's lists (list.ts) into a built site: /offline.json and the search
// store's list it names. The build's integration (integration.ts) and the bench's search-only
// sites (scripts/bench/search-only.ts) make them alike.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OFFLINE_LIST } from '../routes.ts';
import { siteFiles } from '../site/built-pages.ts';
import { type OfflineList, offlineLists } from './list.ts';

/** Lists the site's files as they are and writes both lists; returns what /offline.json holds. */
export async function writeOfflineLists(siteDir: string): Promise<OfflineList> {
  const { list, search } = await offlineLists(siteDir, siteFiles(siteDir));
  for (const [url, body] of [
    [OFFLINE_LIST, list],
    [list.search.list, search],
  ] as const) {
    const file = join(siteDir, url.slice(1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(body)}\n`);
  }
  return list;
}

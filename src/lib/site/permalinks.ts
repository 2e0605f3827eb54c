// The permalink contract: every URL the site publishes and every anchor inside each page's <main>
// is listed in tests/permalinks.txt. A build that loses one fails; new ones are added to the list
// with `npm run permalinks:update`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageAnchors } from './html-scan.ts';
import { fileUrl, siteFiles } from './built-pages.ts';

export const PERMALINKS_FILE = 'tests/permalinks.txt';

/** Code (scripts, styles, often with hashed names) and the search index change with every edit: they are not permalinks. */
// offline.json is the service worker's list of this build's files, written after this check runs;
// the citation index's shards are named by a hash that changes with the size of the corpus, and so
// are the 404 page's chunks of ids (its files under not-found/ are what the page reads, not links).
const NOT_PERMALINKS = /^(_astro|pagefind|search\/citations|not-found)\/|^offline\.json$|\.(js|mjs|css|wasm|map)$/;

const HEADER = [
  '# Every URL the site publishes, and every anchor (id inside <main>) of every page.',
  '# The build fails when one of these disappears: links into the site must keep working.',
  '# New ones are added by `npm run permalinks:update` (after `npm run build`).',
  '# To retire a URL or anchor on purpose, delete its line here in the same commit.',
];

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The permalinks of a built site: page URLs, `url#id` anchors and other published files. */
export function publishedPermalinks(siteDir: string): string[] {
  const out = new Set<string>();
  for (const file of siteFiles(siteDir)) {
    if (NOT_PERMALINKS.test(file)) continue;
    const url = fileUrl(file);
    out.add(url);
    if (!file.endsWith('.html')) continue;
    for (const id of pageAnchors(readFileSync(join(siteDir, file), 'utf8')).mainIds) out.add(`${url}#${id}`);
  }
  return [...out].sort(byCodeUnit);
}

export function readPermalinkList(file = PERMALINKS_FILE): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function comparePermalinks(listed: string[], built: string[]): { missing: string[]; added: string[] } {
  const have = new Set(built);
  const known = new Set(listed);
  return { missing: listed.filter((p) => !have.has(p)), added: built.filter((p) => !known.has(p)) };
}

/** Adds the built permalinks to the list; never removes one. Returns how many were added. */
export function updatePermalinkList(siteDir: string, file = PERMALINKS_FILE): number {
  const listed = readPermalinkList(file);
  const { added } = comparePermalinks(listed, publishedPermalinks(siteDir));
  const all = [...new Set([...listed, ...added])].sort(byCodeUnit);
  writeFileSync(file, `${[...HEADER, ...all].join('\n')}\n`);
  return added.length;
}

/** A report of what a build lost, for the build's error message. */
export function describeMissing(missing: string[], limit = 40): string {
  const shown = missing.slice(0, limit).map((p) => `  ${p}`);
  if (missing.length > limit) shown.push(`  … and ${missing.length - limit} more`);
  return [
    `${missing.length} published URL(s) or anchor(s) listed in ${PERMALINKS_FILE} are gone from the build:`,
    ...shown,
    'Links into the site would break. Restore them, or delete their lines from the list if retiring them is intended.',
  ].join('\n');
}

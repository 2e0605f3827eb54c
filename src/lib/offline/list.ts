// The list the service worker (public/sw.js) reads at /offline.json: every file search needs
// (Pagefind's index, its code and WebAssembly, the citation index, the query data and 繁→简
// tables, the search page and the site's scripts and styles), and the hashed assets of this
// build; its version is a digest of all of them, so a new build is told apart and replaces what
// readers have stored.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITATIONS, QUERY_JSON, SEARCH, SIMPLIFY_JSON } from '../routes.ts';

export const OFFLINE_LIST = '/offline.json';

export interface OfflineList {
  version: string;
  /** What search needs, stored on its first use. */
  search: string[];
  /** The hashed scripts and styles of this build, stored when the worker starts. */
  assets: string[];
  /** Files of public/ that every page loads (unhashed), stored with them. */
  shell: string[];
}

/** public/ files every page loads: the theme script, the icon, the manifest (src/layouts/Base.astro). */
const SHELL = ['theme-init.js', 'favicon.svg', 'manifest.webmanifest'];

/** Pagefind's own UI bundles: the site has its own search page and never loads them. */
const PAGEFIND_UI = /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** From the built site's files (paths relative to it, sorted). */
export function offlineList(siteDir: string, files: readonly string[]): OfflineList {
  const index = files.filter((f) => f.startsWith('pagefind/') && !PAGEFIND_UI.test(f));
  if (!index.some((f) => f.endsWith('pagefind-entry.json')))
    throw new Error('no Pagefind index in the built site: the offline list needs it');
  const assets = files.filter((f) => f.startsWith('_astro/'));
  // The citation index's shards, so a citation typed offline is found too.
  const citations = files.filter((f) => f.startsWith(CITATIONS.slice(1)));
  const search = [...index, ...citations, QUERY_JSON.slice(1), SIMPLIFY_JSON.slice(1), `${SEARCH.slice(1)}index.html`].filter((f) =>
    files.includes(f),
  );
  const shell = SHELL.filter((f) => files.includes(f));
  const digest = createHash('sha256');
  for (const f of [...search, ...assets, ...shell])
    digest
      .update(f)
      .update('\0')
      .update(readFileSync(join(siteDir, f)))
      .update('\0');
  const url = (f: string) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`;
  return { version: digest.digest('hex').slice(0, 16), search: search.map(url), assets: assets.map(url), shell: shell.map(url) };
}

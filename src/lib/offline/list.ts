// The service worker's lists (public/sw.js). Every page's worker reads /offline.json, so it names
// only what does not grow with the collection: this build's version, its hashed scripts and styles,
// the shell every page loads, and the count and size of the search store. The search store's own
// files (Pagefind's bundles, the citation index, the query data and 繁→简 tables, the search page)
// are listed in a file of their own, named by the version, which the worker reads only when a
// reader asks to keep search offline (src/components/OfflineSearch.astro). The version is a digest
// of every listed file, so a new build is told apart and replaces what readers have stored.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CITATIONS, QUERY_JSON, SEARCH, SIMPLIFY_JSON, offlineSearchListUrl } from '../routes.ts';
import type { StoreFacts } from './offer.ts';

export interface OfflineList {
  version: string;
  /** The hashed scripts and styles of this build, stored when the worker starts. */
  assets: string[];
  /** Files of public/ that every page loads (unhashed), stored with them. */
  shell: string[];
  /** The whole search index for offline use: its size, and where its list of files is. */
  search: StoreFacts & { list: string };
}

/** The search store's files, at offlineSearchListUrl(version). */
export interface SearchFileList {
  version: string;
  files: string[];
}

/** public/ files every page loads: the theme script, the icon, the manifest (src/layouts/Base.astro). */
const SHELL = ['theme-init.js', 'favicon.svg', 'manifest.webmanifest'];

/** Pagefind's own UI bundles, in any of its bundles: the site has its own search page and never loads them. */
const PAGEFIND_UI = /(^|\/)pagefind-(component-ui|modular-ui|ui|highlight)\./;

/**
 * What a host sends gzipped, as scripts/site/static-server.ts does (text, JSON, scripts, SVG):
 * Pagefind's index files are gzipped by Pagefind itself, and travel as they are stored.
 */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv)$/;

/** This module's own search list (offlineSearchListUrl), when a built site is listed again: no asset of the build. */
const OWN_LIST = /^_astro\/offline-search\.[^/]+\.json$/;

/** How many files are read and gzipped at once: zlib's thread pool, without the whole index in memory. */
const BATCH = 64;

const gzipAsync = promisify(gzip);

/** From the built site's files (paths relative to it, sorted). */
export async function offlineLists(siteDir: string, files: readonly string[]): Promise<{ list: OfflineList; search: SearchFileList }> {
  // Every file of every Pagefind bundle under pagefind/, whatever their layout, but its UI.
  const index = files.filter((f) => f.startsWith('pagefind/') && !PAGEFIND_UI.test(f));
  if (!index.some((f) => f.endsWith('pagefind-entry.json')))
    throw new Error('no Pagefind index in the built site: the offline list needs it');
  const assets = files.filter((f) => f.startsWith('_astro/') && !OWN_LIST.test(f));
  // The citation index's shards, so a citation typed offline is found too.
  const citations = files.filter((f) => f.startsWith(CITATIONS.slice(1)));
  const present = new Set(files);
  const search = [...index, ...citations, QUERY_JSON.slice(1), SIMPLIFY_JSON.slice(1), `${SEARCH.slice(1)}index.html`].filter((f) =>
    present.has(f),
  );
  const shell = SHELL.filter((f) => present.has(f));

  const digest = createHash('sha256');
  const searchSet = new Set(search);
  let bytes = 0;
  let download = 0;
  const all = [...search, ...assets, ...shell];
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const bodies = await Promise.all(batch.map((f) => readFile(join(siteDir, f))));
    const sizes = await Promise.all(batch.map((f, j) => (searchSet.has(f) ? sentSize(f, bodies[j]!) : 0)));
    batch.forEach((f, j) => {
      digest.update(f).update('\0').update(bodies[j]!).update('\0');
      if (!searchSet.has(f)) return;
      bytes += bodies[j]!.length;
      download += sizes[j]!;
    });
  }
  const version = digest.digest('hex').slice(0, 16);
  const url = (f: string) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`;
  return {
    list: {
      version,
      assets: assets.map(url),
      shell: shell.map(url),
      search: { version, files: search.length, bytes, download, list: offlineSearchListUrl(version) },
    },
    search: { version, files: search.map(url) },
  };
}

/** A file's size on the wire from a host that gzips text (at zlib's default level, as hosts do). */
async function sentSize(file: string, body: Buffer): Promise<number> {
  return COMPRESSIBLE.test(file) ? (await gzipAsync(body)).length : body.length;
}

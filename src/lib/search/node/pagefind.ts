// Pagefind's browser bundle run in Node against a built site (tests, `npm run search`, bench).
// It needs a `document` whose <html lang> is zh-CN (else queries are not segmented) and a
// fetch that serves dist/; both are installed once, and the fetch passes other URLs through.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type PagefindModule, shardedIndex, type ShardedIndex } from '../sharded-index.ts';

const HOST = 'pagefind.invalid';
const sites = new Map<string, { dir: string; bytes: number; requests: number; paths: string[] }>();
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const g = globalThis as { document?: unknown };
  g.document ??= {
    currentScript: null,
    querySelector: (s: string) => (s === 'html' ? { getAttribute: (a: string) => (a === 'lang' ? 'zh-CN' : null) } : null),
  };
  const passThrough = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const site = url.hostname.endsWith(HOST) ? sites.get(url.hostname) : undefined;
    if (!site) return passThrough(input, init);
    try {
      const body = await readFile(join(site.dir, decodeURIComponent(url.pathname)));
      // As on the wire: a static host gzips text (JSON, scripts); Pagefind's own files are compressed already.
      site.bytes += /\.(json|js)$/.test(url.pathname) ? gzipSync(body, { level: 6 }).length : body.length;
      site.requests++;
      site.paths.push(url.pathname);
      return new Response(body, { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

export interface NodeIndex extends ShardedIndex {
  /** Reads a file of the built site through the counted fetch (e.g. /search/thesaurus.json). */
  fetchSite: (path: string) => Promise<Response>;
  bytes: () => number;
  requests: () => number;
  /** The paths fetched so far, in order. */
  fetched: () => readonly string[];
}

interface PagefindNodeModule {
  createInstance: (options: { basePath: string }) => PagefindModule & { init: () => Promise<void> };
}

/** A fresh Pagefind instance on a built site (its own caches, so the first query is cold). */
export async function openIndex(distDir = 'dist'): Promise<NodeIndex> {
  install();
  const dir = resolve(distDir);
  const host = `s${sites.size}.${HOST}`;
  const site = { dir, bytes: 0, requests: 0, paths: [] as string[] };
  sites.set(host, site);
  const mod = (await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href)) as PagefindNodeModule;
  const base = `http://${host}/pagefind/`;
  return {
    ...shardedIndex(mod.createInstance({ basePath: base }), base),
    fetchSite: (path) => fetch(`http://${host}${path}`),
    bytes: () => site.bytes,
    requests: () => site.requests,
    fetched: () => site.paths,
  };
}

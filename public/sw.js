// The service worker (registered by src/scripts/reader.ts): what a reader opened stays readable
// offline, and so does search once it was used.
// - Pages and other files whose names do not change: network first, so a visit online always
//   gets the current build and replaces the stored copy; the stored copy when the network fails.
// - Files named by their content (/_astro/, Pagefind's chunks): cache first, they never change.
// - The first search (a page's 'searched' message) stores the whole index that /offline.json
//   lists, once search has been quiet for a moment;
//   a later build's list (another version) replaces it on the next visit, and drops the hashed
//   files that build no longer has.
// Plain JavaScript in public/: served as written at a stable URL whose scope is the whole site.
// The paths below are those of src/lib/routes.ts (this file is not bundled and cannot import it).
const OFFLINE_LIST = '/offline.json';
const PAGES = 'pages';
const ASSETS = 'assets';
const SEARCH = 'search-';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    self.clients
      .claim()
      .then(keepOpenPages)
      .catch(() => {}),
  ),
);

/**
 * The page that registered the worker was loaded before it: store it, and the site's scripts,
 * styles and icons it and any other page need, so that it too reads offline.
 */
async function keepOpenPages() {
  const list = await offlineList();
  if (!list) return;
  await (await caches.open(ASSETS)).addAll(list.assets);
  const pages = await caches.open(PAGES);
  const open = (await self.clients.matchAll({ type: 'window' })).map((c) => withoutQuery(c));
  const urls = new Set([...list.shell, ...open.filter((url) => new URL(url).origin === self.location.origin)]);
  // One by one: a page that is gone (a 404) must not keep the others from being stored.
  await Promise.all([...urls].map((url) => pages.add(url).catch(() => {})));
}

const hashed = (path) =>
  path.startsWith('/_astro/') || /^\/pagefind\/(index|fragment|filter)\//.test(path) || /\.(pf_meta|pagefind)$/.test(path);

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === OFFLINE_LIST) return;
  if (request.mode === 'navigate') event.waitUntil(update());
  if (url.pathname.startsWith('/pagefind/') && settled) event.waitUntil(keepSearchSoon());
  event.respondWith(hashed(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    // A page is stored under its URL without the query (?q= of a search, ?actor= of a filter).
    if (response.ok) await (await caches.open(PAGES)).put(withoutQuery(request), response.clone());
    return response;
  } catch (error) {
    // The network is gone: look for a new build again once it is back.
    checked = undefined;
    const cached = (await caches.match(request)) ?? (await caches.match(withoutQuery(request)));
    if (cached) return cached;
    if (request.mode !== 'navigate') throw error;
    return new Response(
      '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>离线</title><p>离线中：这个页面还没有在本机打开过。</p></html>',
      {
        status: 503,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      },
    );
  }
}

function withoutQuery(request) {
  const url = new URL(request.url);
  url.search = '';
  return url.href;
}

/** This build's list (src/lib/offline/list.ts): { version, search, assets, shell }, paths; undefined offline. */
async function offlineList() {
  const response = await fetch(OFFLINE_LIST, { cache: 'no-cache' }).catch(() => undefined);
  return response?.ok ? response.json() : undefined;
}

let checked;
/**
 * On a navigation, once per worker start and again after the network was lost: a new build
 * replaces the stored index (if search was used) and drops the hashed files it no longer has.
 */
function update() {
  checked ??= (async () => {
    const list = await offlineList();
    if (!list) return (checked = undefined);
    const keep = new Set([...list.assets, ...list.search].map((path) => new URL(path, self.location.origin).href));
    const assets = await caches.open(ASSETS);
    for (const request of await assets.keys()) if (!keep.has(request.url)) await assets.delete(request);
    const names = await caches.keys();
    if (names.some((name) => name.startsWith(SEARCH) && name !== SEARCH + list.version)) await storeSearch(list);
  })();
  return checked;
}

/**
 * How long search must then be quiet (no /pagefind/ request) before its whole index is stored:
 * at 1.5 s the download met the reader's second query, whose few chunks waited behind it
 * (a median of 105 ms in the bench, against 39 ms at 5 s).
 */
const QUIET_MS = 5000;
let quiet;
let settle;
let settled;
/**
 * The whole index, once a page says its first search has drawn its results ('searched', from
 * src/scripts/search/client.ts) and search has been quiet a moment: stored at the first request,
 * its hundreds of KB competed with the search's own few and made the first results twice as slow.
 */
function keepSearchSoon() {
  settled ??= new Promise((resolve) => (settle = resolve)).then(keepSearch);
  clearTimeout(quiet);
  quiet = setTimeout(() => settle(), QUIET_MS);
  return settled;
}

self.addEventListener('message', (event) => {
  if (event.data === 'searched') event.waitUntil(keepSearchSoon());
});

let searching;
/** On the first search: the whole index of this build, so every later query works offline. */
function keepSearch() {
  searching ??= offlineList()
    .then((list) => list && storeSearch(list))
    .catch(() => (searching = undefined));
  return searching;
}

/** How many files of the index are fetched at once while it is stored. */
const STORE_BATCH = 100;

async function storeSearch(list) {
  const name = SEARCH + list.version;
  const cache = await caches.open(name);
  // The list itself, stored last, marks a complete copy.
  if (!(await cache.match(OFFLINE_LIST))) {
    // In batches: one addAll of a collection's thousands of files fails in Chromium ("Failed to
    // fetch": too many requests at once), and the index would never be stored.
    for (let i = 0; i < list.search.length; i += STORE_BATCH) await cache.addAll(list.search.slice(i, i + STORE_BATCH));
    await cache.put(OFFLINE_LIST, new Response(JSON.stringify(list)));
  }
  for (const old of await caches.keys()) if (old.startsWith(SEARCH) && old !== name) await caches.delete(old);
}

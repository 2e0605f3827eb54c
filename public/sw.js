// The service worker (registered by src/scripts/reader.ts): what a reader opened stays readable
// offline, and so does search, whole, once the reader asks for it.
// - Pages and other files whose names do not change: network first, so a visit online always
//   gets the current build and replaces the stored copy; the stored copy when the network fails.
// - Files named by their content (/_astro/, Pagefind's index files in any of its bundles): cache
//   first, they never change. Those of search are kept as they are fetched (what a reader searched
//   for searches again offline), until a new build.
// - The whole search index only when a reader asks (the search page's control,
//   src/components/OfflineSearch.astro): its list of files is read then, never on a page load, so
//   what every page's worker fetches does not grow with the collection. A later build's version
//   replaces a store the reader asked for on the next visit, and drops what that build no longer has.
// Plain JavaScript in public/: served as written at a stable URL whose scope is the whole site.
// The paths below are those of src/lib/routes.ts, and the messages those of
// src/lib/offline/offer.ts (this file is not bundled and cannot import them).
const OFFLINE_LIST = '/offline.json';
const PAGES = 'pages';
const ASSETS = 'assets';
/** The whole index a reader asked for: offline-search-<version>; complete once it holds OFFLINE_LIST. */
const SEARCH = 'offline-search-';
/** Index files fetched while searching; dropped whole when a new build is seen (a mark holds its version). */
const SEEN = 'searched';
const MESSAGE = 'offline-search';
/** A page's { type: 'keep-searched', paths }: the index files its search read (src/lib/offline/searched.ts). */
const SEARCHED = 'keep-searched';

self.addEventListener('install', (event) => {
  self.skipWaiting();
  // Where the browser can (Chromium's static routes), index files never pass through the worker:
  // the browser looks them up in the caches itself and goes to the network when they are not
  // there. Each trip through the worker's fetch handler doubled the time of a search whose chunks
  // were loaded (54 ms where the page alone took 23: its fragments, a dozen requests, each waited
  // for the worker's turn). What the network gave is kept all the same: the page names the files
  // its search read, and the worker copies them from the browser's HTTP cache (keepSearched).
  // Elsewhere the fetch handler below serves and keeps them, as before.
  if (event.addRoutes) event.waitUntil(event.addRoutes(SEARCH_ROUTE).catch(() => {}));
});
// Short work only: until activation is over, the pages' requests wait. A new build's store is
// replaced on a navigation (update), not here.
self.addEventListener('activate', (event) =>
  event.waitUntil(
    self.clients
      .claim()
      .then(dropOthers)
      .then(keepOpenPages)
      .catch(() => {}),
  ),
);

/**
 * Caches of earlier workers: the whole index that a worker used to store after a reader's first
 * search (search-<version>), unasked, goes; a reader who wants it asks on the search page.
 */
async function dropOthers() {
  for (const name of await caches.keys()) if (![PAGES, ASSETS, SEEN].includes(name) && !name.startsWith(SEARCH)) await caches.delete(name);
}

/**
 * The page that registered the worker was loaded before it: store it, and the site's scripts,
 * styles and icons it and any other page need, so that it too reads offline.
 */
async function keepOpenPages() {
  const list = await thisBuild();
  if (!list) return;
  await (await caches.open(ASSETS)).addAll(list.assets);
  const pages = await caches.open(PAGES);
  const open = (await self.clients.matchAll({ type: 'window' })).map((c) => withoutQuery(c));
  const urls = new Set([...list.shell, ...open.filter((url) => new URL(url).origin === self.location.origin)]);
  // One by one: a page that is gone (a 404) must not keep the others from being stored.
  await Promise.all([...urls].map((url) => pages.add(url).catch(() => {})));
}

/**
 * Pagefind's index files, in the directory bundle or any shard's (/pagefind/shards/<name>/index/…):
 * named by their content (index, fragment, filter, meta), or by Pagefind's version (its
 * WebAssembly, *.pagefind), which a new build's version drops with the rest. Told by their
 * endings, not their folders, so that no layout of bundles (nor a shard named "index") misleads
 * it; pagefind-entry.json and pagefind.js keep their names across builds and go network first.
 */
const SEARCH_ENDINGS = ['pf_index', 'pf_fragment', 'pf_filter', 'pf_meta', 'pagefind'];
const searchFile = (path) => path.startsWith('/pagefind/') && SEARCH_ENDINGS.some((ending) => path.endsWith(`.${ending}`));
/** The same files as a static route: from any cache that has them (the store, those kept), else from the network. */
const SEARCH_ROUTE = {
  condition: { or: SEARCH_ENDINGS.map((ending) => ({ urlPattern: { pathname: `/pagefind/*.${ending}` } })) },
  source: 'cache',
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === OFFLINE_LIST) return;
  if (request.mode === 'navigate') event.waitUntil(update());
  if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(event, ASSETS));
  else if (searchFile(url.pathname)) event.respondWith(cacheFirst(event, SEEN));
  else event.respondWith(networkFirst(request));
});

// The response goes to the page as soon as it arrives; storing it is the worker's own business
// (waited on by the event, not by the page): a search fetches its chunks in a row of rounds, and
// each round waited for the disk.
async function cacheFirst(event, store) {
  const { request } = event;
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil((store === SEEN ? keptStore() : caches.open(store)).then((cache) => cache.put(request, copy)));
  }
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
    known = undefined;
    checked = undefined;
    const cached = (await fromStore(request)) ?? (await caches.match(request)) ?? (await caches.match(withoutQuery(request)));
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

/**
 * A file of the stored index (the search page, pagefind-entry.json, asked for with ?ts=), from the
 * complete store first: the copy of another build that a search online left among the pages
 * would name index files this store does not hold.
 */
async function fromStore(request) {
  const store = await completeStore();
  return store && (await (await caches.open(store.name)).match(withoutQuery(request)));
}

function withoutQuery(request) {
  const url = new URL(request.url);
  url.search = '';
  return url.href;
}

/** This build's list (src/lib/offline/list.ts): { version, assets, shell, search }; undefined offline. */
async function offlineList() {
  const response = await fetch(OFFLINE_LIST, { cache: 'no-cache' }).catch(() => undefined);
  return response?.ok ? response.json() : undefined;
}

let known;
/** This build's list, read once per worker start and again after the network was lost. */
function thisBuild() {
  known ??= offlineList().then((list) => list ?? (known = undefined));
  return known;
}

/**
 * The list read again, when the search page asks: a worker lives on between visits, and the
 * control must offer the build now published; the next navigation then checks it (update).
 */
function rereadBuild() {
  known = undefined;
  checked = undefined;
  return thisBuild();
}

let checked;
/**
 * On a navigation, once per worker start and again after the network was lost: drop the hashed
 * files a new build no longer has, and replace a store the reader asked for with the new build's.
 */
function update() {
  checked ??= (async () => {
    const list = await thisBuild();
    if (!list) return (checked = undefined);
    const keep = new Set(list.assets.map((path) => new URL(path, self.location.origin).href));
    const assets = await caches.open(ASSETS);
    for (const request of await assets.keys()) if (!keep.has(request.url)) await assets.delete(request);
    await markVersion(list.version);
    const names = await caches.keys();
    if (names.some((name) => name.startsWith(SEARCH) && name !== SEARCH + list.version)) await storeSearch(list).catch(() => {});
  })();
  return checked;
}

/**
 * The index files kept while searching belong to one build: a new one drops them all (a list of
 * which to keep would be the whole index's, which a page load must not fetch); those it still has
 * come back as the reader searches.
 */
async function markVersion(version) {
  const mark = await (await caches.open(SEEN)).match(OFFLINE_LIST);
  if (mark && (await mark.text()) === version) return;
  await caches.delete(SEEN);
  await (await caches.open(SEEN)).put(OFFLINE_LIST, new Response(version));
}

/**
 * The store of files kept while searching, marked with this build's version first: unmarked, the
 * next navigation took it for another build's and dropped it (files a reader's first visit kept,
 * before the worker had seen a navigation, were fetched again on the second).
 */
async function keptStore() {
  const list = await thisBuild();
  if (list) await markVersion(list.version);
  return caches.open(SEEN);
}

/**
 * How the index is fetched while it is stored: in batches of files stored together (addAll), a
 * few batches at a time. One addAll of a collection's thousands of files fails in Chromium
 * ("Failed to fetch": too many requests at once), and the index would never be stored; one batch
 * of 100 at a time left the network idle while each was written (20 s for 2,900 files here, 14 s
 * as four of 25).
 */
const STORE_BATCH = 25;
const STORE_PARALLEL = 4;

/** The store under way: { version, done, total, cancelled, promise }. */
let storing;
/** Why the last store stopped, for the pages that ask (src/lib/offline/offer.ts's StoreFailure). */
let failed;

/** The whole index of this build, on a reader's request or to replace an older build's. */
function storeSearch(list) {
  if (storing?.version === list.version) return storing.promise;
  // A store of the build before (a new one was published meanwhile) stops at its next batch.
  if (storing) storing.cancelled = true;
  const run = { version: list.version, done: 0, total: list.search.files, cancelled: false };
  failed = undefined;
  storing = run;
  run.promise = fill(run, list)
    .catch((error) => {
      if (run.cancelled) return;
      failed = error?.name === 'QuotaExceededError' ? 'quota' : error?.message === 'changed' ? 'changed' : 'network';
      throw error;
    })
    .finally(() => {
      if (storing === run) storing = undefined;
      // A removal reports once it is done.
      if (!run.cancelled) return report();
    });
  void report();
  return run.promise;
}

async function fill(run, list) {
  const name = SEARCH + list.version;
  // The build's list, stored last, marks a complete copy.
  if (!((await caches.has(name)) && (await (await caches.open(name)).match(OFFLINE_LIST)))) {
    const response = await fetch(list.search.list);
    // Gone: a new build was published since /offline.json was read.
    if (!response.ok) throw new Error(response.status === 404 ? 'changed' : `${list.search.list}: ${response.status}`);
    const { version, files } = await response.json();
    if (version !== list.version) throw new Error('changed');
    const cache = await caches.open(name);
    // What an interrupted store left is kept: it resumes where it stopped.
    const have = new Set((await cache.keys()).map((request) => request.url));
    const missing = files.filter((path) => !have.has(new URL(path, self.location.origin).href));
    run.total = files.length;
    run.done = files.length - missing.length;
    const round = STORE_BATCH * STORE_PARALLEL;
    for (let i = 0; i < missing.length; i += round) {
      if (run.cancelled) return;
      const batches = [];
      for (let j = i; j < Math.min(i + round, missing.length); j += STORE_BATCH) batches.push(missing.slice(j, j + STORE_BATCH));
      // Every batch of the round settles before a failure is told: a batch still under way when
      // another failed would be stored after the count was reported, and the count be short.
      const settled = await Promise.allSettled(
        batches.map(async (batch) => {
          await cache.addAll(batch);
          run.done += batch.length;
        }),
      );
      const failure = settled.find((r) => r.status === 'rejected');
      if (failure) throw failure.reason;
      void report();
    }
    await cache.put(OFFLINE_LIST, new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
  }
  if (run.cancelled) return;
  for (const old of await caches.keys()) if (old.startsWith(SEARCH) && old !== name) await caches.delete(old);
  // Every file kept while searching is in the store now.
  await caches.delete(SEEN);
  await markVersion(list.version);
}

/** Removes every store, whole or begun, and stops one under way. */
async function removeSearch() {
  const run = storing;
  if (run) {
    run.cancelled = true;
    await run.promise.catch(() => {});
  }
  failed = undefined;
  for (const name of await caches.keys()) if (name.startsWith(SEARCH)) await caches.delete(name);
}

/** The complete store, { name, list }, if there is one (the newest, while one replaces another). */
async function completeStore() {
  let found;
  for (const name of await caches.keys()) {
    if (!name.startsWith(SEARCH)) continue;
    const mark = await (await caches.open(name)).match(OFFLINE_LIST);
    if (mark) found = { name, list: await mark.json() };
  }
  return found;
}

/** What src/lib/offline/offer.ts's OfflineSearchState says: this build's store and what is stored. */
async function state() {
  const list = await thisBuild();
  const whole = await completeStore();
  const s = { type: MESSAGE, build: list?.search, stored: whole?.list.search, failed };
  if (storing) s.storing = { version: storing.version, done: storing.done, total: storing.total };
  else {
    const begun = (await caches.keys()).find((name) => name.startsWith(SEARCH) && name !== whole?.name);
    if (begun) {
      const version = begun.slice(SEARCH.length);
      const done = (await (await caches.open(begun)).keys()).length;
      // An empty one is what a store that failed at once leaves: nothing to resume or remove.
      if (done > 0) s.partial = { version, done, total: list?.version === version ? list.search.files : undefined };
    }
  }
  return s;
}

/**
 * Tells every open page where the store stands (the search page's control shows it), those the
 * worker does not control too (one loaded before it, or reloaded past it).
 */
async function report() {
  const s = await state();
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(s);
}

/**
 * Keeps the index files a page's search read (a static route fetched them past the worker), so
 * that the same search works offline. Each comes from the browser's HTTP cache, where the page's
 * fetch left it (force-cache: stored, however stale): nothing goes over the network again.
 */
async function keepSearched(paths) {
  const files = paths.filter((path) => typeof path === 'string' && searchFile(path));
  if (!files.length) return;
  const seen = await keptStore();
  for (const path of files) {
    if (await caches.match(path)) continue;
    const response = await fetch(path, { cache: 'force-cache' }).catch(() => undefined);
    if (response?.ok) await seen.put(path, response);
  }
}

self.addEventListener('message', (event) => {
  if (event.data?.type === SEARCHED && Array.isArray(event.data.paths)) return event.waitUntil(keepSearched(event.data.paths));
  const ask = event.data?.type === MESSAGE ? event.data.ask : undefined;
  if (ask === 'status') event.waitUntil(rereadBuild().then(report));
  else if (ask === 'remove') event.waitUntil(removeSearch().then(report));
  else if (ask === 'store') event.waitUntil(rereadBuild().then((list) => (list ? storeSearch(list).catch(() => {}) : report())));
});

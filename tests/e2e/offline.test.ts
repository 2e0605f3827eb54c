// Offline reading: after one visit online, the pages a reader opened can be read with the server
// gone, and the whole site searched once the reader has asked the search page to store the index;
// a page load never fetches the index's list, nor stores it unasked; a visit online after a new
// build replaces what was stored. The test serves its own copy of the built site (dist/, or
// ASTRO_OUT_DIR) so that it can change files and then stop the server: the network is really
// gone, not emulated; and it sees every request the pages and the worker make.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/site/static-server.ts';
import type { OfflineList, SearchFileList } from '../../src/lib/offline/list.ts';
import { storeLabel, storeSize } from '../../src/lib/offline/offer.ts';
import { launchBrowser } from './support/browser.ts';
import { searchPageSettled } from './support/search-page.ts';

const SITE = process.env.ASTRO_OUT_DIR ?? 'dist';
const DOC = '/documents/2024-chanye-gongren/';
/** Storing the whole index, thousands of files, takes a busy machine half a minute. */
const STORE_TIMEOUT = 120_000;
let dir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let origin: string;
/** Every path asked of the server (the pages' requests and the worker's), since the last reset. */
let requested: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(SITE, dir, { recursive: true });
  await serve();
  origin = server.url;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(port?: number) {
  server = await startStaticServer(dir, port ? { port } : {});
  server.server.on('request', (req) => requested.push(new URL(req.url ?? '/', 'http://x').pathname));
}
async function stop() {
  server.server.closeAllConnections();
  await server.close();
}
/** Serves the copy again on the same port, as after a train tunnel. */
const restart = () => serve(Number(new URL(origin).port));

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const offlineList = () => readJson<OfflineList>('offline.json');
const searchFiles = (list: OfflineList) => readJson<SearchFileList>(list.search.list);
const fileOf = (url: string) => join(dir, url.endsWith('/') ? `${url}index.html` : url);

/** Waits until the page is controlled by the service worker. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/** Runs a search on the search page and returns the units shown, once the page has finished. */
async function search(page: Page, q: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await searchPageSettled(page);
  return page.locator('[data-results] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-unit') ?? ''));
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const cachedPaths = (page: Page, name: string) =>
  page.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname), name);

/**
 * Whether the cache holds a whole copy of the index (the build's list is stored last). Polled
 * from here: waitForFunction takes the promise an async predicate returns for a true value at once.
 */
const storedWhole = (page: Page, name: string) =>
  page.evaluate(async (n) => (await caches.keys()).includes(n) && !!(await (await caches.open(n)).match('/offline.json')), name);

const control = (page: Page) => page.locator('[data-offline-search]');
const controlStatus = (page: Page) => control(page).locator('[role=status]');

describe('offline', () => {
  let page: Page;

  it('registers the service worker on a first visit, and fetches nothing of the search index', async () => {
    requested = [];
    page = await context.newPage();
    await page.goto(`${origin}${DOC}`);
    await controlled(page);
    const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
    const body = JSON.parse(await (await page.request.get(`${origin}${manifest}`)).text());
    expect(body).toMatchObject({ start_url: '/', display: 'standalone', lang: 'zh-CN' });
    expect(body.icons.length).toBeGreaterThan(0);
    // The worker has stored the site's scripts and styles: its start is over.
    const list = offlineList();
    await expect.poll(async () => (await cachedPaths(page, 'assets')).length, { timeout: 15_000 }).toBe(list.assets.length);
    expect(requested).toContain('/offline.json');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/') || p.includes('offline-search'))).toEqual([]);
    // What every page's worker reads names the search store's size, not its files.
    expect(statSync(join(dir, 'offline.json')).size).toBeLessThan(10_000);
    expect(Object.keys(list.search).sort()).toEqual(['bytes', 'download', 'files', 'list', 'version']);
  });

  it('keeps the index files a search fetched, and stores nothing more unasked', async () => {
    requested = [];
    expect((await search(page, '工会')).length).toBeGreaterThan(0);
    // Longer than search stayed quiet before the worker used to store the whole index by itself.
    await page.waitForTimeout(6000);
    expect(requested.filter((p) => p.includes('offline-search'))).toEqual([]);
    expect((await cacheNames(page)).filter((n) => n.startsWith('offline-search-'))).toEqual([]);
    const fetched = requested.filter((p) => /^\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter)$/.test(p));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(searchFiles(offlineList()).files.length / 4);
    const kept = new Set(await cachedPaths(page, 'searched'));
    expect(fetched.filter((p) => !kept.has(p))).toEqual([]);
    // Each came over the network once: the worker kept the page's copy, not a second download.
    expect(fetched.length).toBe(new Set(fetched).size);
    // The same search again, on a new page: every index file from what was kept, none from the server.
    requested = [];
    expect((await search(page, '工会')).length).toBeGreaterThan(0);
    expect(requested.filter((p) => /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(p))).toEqual([]);
  });

  it(
    'says how big the whole index is, stores every file of it when asked, and says so',
    async () => {
      const list = offlineList();
      const { files } = searchFiles(list);
      // The size shown is the files' own: as stored, and as a host that gzips text sends them.
      const bodies = files.map((f) => readFileSync(fileOf(f)));
      const bytes = bodies.reduce((n, b) => n + b.length, 0);
      const download = files.reduce(
        (n, f, i) => n + (/\.(json|js|html)$|\/$/.test(f) ? gzipSync(bodies[i]!).length : bodies[i]!.length),
        0,
      );
      expect(list.search).toMatchObject({ files: files.length, bytes, download });

      await page.goto(`${origin}/search/`);
      await control(page).waitFor();
      const button = control(page).getByRole('button', { name: storeLabel(list.search) });
      await button.waitFor();
      expect(await control(page).locator('[data-offline-facts]').textContent()).toBe(`${storeSize(list.search)}。`);
      // Every step of the progress, as the reader sees it.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { progress: string[] }).progress = seen;
        const done = document.querySelector('[data-offline-done]')!;
        new MutationObserver(() => seen.push(done.textContent ?? '')).observe(done, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      requested = [];
      await button.click();
      await expect.poll(() => controlStatus(page).textContent(), { timeout: STORE_TIMEOUT }).toBe('已保存本版全文检索：断网时也能搜索。');
      expect(await control(page).getByRole('button', { name: '删除离线检索' }).isVisible()).toBe(true);
      const total = files.length.toLocaleString('zh-CN');
      const progress = await page.evaluate(() => (window as unknown as { progress: string[] }).progress);
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.every((p) => new RegExp(`^已保存 [\\d,]+ / ${total} 个文件$`).test(p))).toBe(true);

      // The list was read once, at the reader's word; every file is stored, and is as big as said.
      expect(requested.filter((p) => p === list.search.list)).toHaveLength(1);
      const name = `offline-search-${list.version}`;
      expect(await storedWhole(page, name)).toBe(true);
      expect((await cachedPaths(page, name)).sort()).toEqual([...files, '/offline.json'].sort());
      const stored = await page.evaluate(async (n) => {
        const cache = await caches.open(n);
        let sum = 0;
        for (const r of await cache.keys())
          if (!r.url.endsWith('/offline.json')) sum += (await (await cache.match(r))!.arrayBuffer()).byteLength;
        return sum;
      }, name);
      expect(stored).toBe(bytes);
      // The files kept while searching are in the store now.
      expect(await cachedPaths(page, 'searched')).toEqual(['/offline.json']);
      await page.screenshot({ path: 'test-results/screenshots/offline-search-stored-360.png', fullPage: true });
    },
    STORE_TIMEOUT,
  );

  it(
    'says a store that failed, and resumes it where it stopped',
    async () => {
      const list = offlineList();
      const { files } = searchFiles(list);
      const reader = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
      // A file the server cannot send, halfway through the index.
      const gone = files[Math.floor(files.length / 2)]!;
      const body = readFileSync(fileOf(gone));
      rmSync(fileOf(gone));
      await reader.goto(`${origin}/search/`);
      await control(reader)
        .getByRole('button', { name: storeLabel(list.search) })
        .click();
      await expect
        .poll(() => controlStatus(reader).textContent(), { timeout: STORE_TIMEOUT })
        .toMatch(/^保存未完成：下载中断；已保存 [\d,]+ \/ [\d,]+ 个文件。$/);
      const stored = (await cachedPaths(reader, `offline-search-${list.version}`)).length;
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(files.length);
      expect(await controlStatus(reader).textContent()).toBe(
        `保存未完成：下载中断；已保存 ${stored.toLocaleString('zh-CN')} / ${files.length.toLocaleString('zh-CN')} 个文件。`,
      );
      expect(await control(reader).getByRole('button', { name: '删除已保存的部分' }).isVisible()).toBe(true);

      writeFileSync(fileOf(gone), body);
      requested = [];
      await control(reader)
        .getByRole('button', { name: storeLabel(list.search, '继续保存') })
        .click();
      await expect.poll(() => controlStatus(reader).textContent(), { timeout: STORE_TIMEOUT }).toBe('已保存本版全文检索：断网时也能搜索。');
      // Only what was missing was fetched again.
      const listed = new Set(files.map((f) => (f.endsWith('/') ? `${f}index.html` : f)));
      expect(requested.filter((p) => listed.has(p))).toHaveLength(files.length - stored);
      expect(await storedWhole(reader, `offline-search-${list.version}`)).toBe(true);
      // Come back later: already saved, for this build.
      await reader.reload();
      await expect.poll(() => controlStatus(reader).textContent()).toBe('已保存本版全文检索：断网时也能搜索。');
      expect(await control(reader).locator('[data-offline-store]').isHidden()).toBe(true);
      await reader.context().close();
    },
    STORE_TIMEOUT,
  );

  it('reads the pages opened and searches for other words with the server gone', async () => {
    await stop();
    expect(await fetch(`${origin}${DOC}`).catch(() => 'gone')).toBe('gone');
    await page.goto(`${origin}${DOC}`);
    expect(await page.locator('h1').textContent()).toContain('关于深化产业工人队伍建设改革的意见');
    expect(await page.locator('#m14-s1').isVisible()).toBe(true);
    // With its styles (stored when the worker started, though the first page loaded them before it).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.doc-text p')!).textIndent)).not.toBe('0px');
    await page.screenshot({ path: 'test-results/screenshots/offline-360.png' });
    // Other words than the first search's: other index files, stored with the whole index.
    const units = await search(page, '技能人才');
    expect(units.length).toBeGreaterThan(0);
    expect(await page.locator('[data-results] a[data-result]').first().getAttribute('href')).toMatch(/^\/documents\//);
    // The control says what is stored, offline too.
    await expect.poll(() => controlStatus(page).textContent()).toBe('已保存全文检索：断网时也能搜索。');
    // A page never opened says so, in the site's language.
    const missed = await page.goto(`${origin}/terms/`);
    expect(missed?.status()).toBe(503);
    expect(await page.locator('body').textContent()).toContain('离线中');
    await restart();
  });

  it(
    'replaces a store the reader asked for with the new build on the next visit online, and stores none unasked',
    async () => {
      // A reader who searched and never asked for the store.
      const other = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
      await other.goto(`${origin}${DOC}`);
      await controlled(other);
      expect((await search(other, '工会')).length).toBeGreaterThan(0);
      // Kept a moment after the search (the page names its files to the worker once they have come).
      await expect.poll(async () => (await cachedPaths(other, 'searched')).length, { timeout: 15_000 }).toBeGreaterThan(1);
      // And the whole index an earlier worker stored for it unasked after a search.
      const unasked = 'search-0123456789abcdef';
      await other.evaluate(async (n) => (await caches.open(n)).put('/offline.json', new Response('{}')), unasked);

      // A new build: the page's text changes, and so does the version of the offline lists. The
      // other reader too goes through the tunnel, so that its worker looks for a new build again.
      await stop();
      await other.goto(`${origin}${DOC}`);
      const file = join(dir, 'documents/2024-chanye-gongren/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>新版 '));
      const list = offlineList();
      const next = {
        ...list,
        version: 'next-build',
        search: { ...list.search, version: 'next-build', list: '/_astro/offline-search.next-build.json' },
      };
      writeFileSync(join(dir, 'offline.json'), JSON.stringify(next));
      writeFileSync(join(dir, next.search.list), JSON.stringify({ ...searchFiles(list), version: 'next-build' }));
      // With a worker of its own, which takes over.
      writeFileSync(join(dir, 'sw.js'), `${readFileSync(join(dir, 'sw.js'), 'utf8')}// next build\n`);
      await restart();

      // One visit online, the first since the network was lost.
      requested = [];
      await page.goto(`${origin}${DOC}`);
      expect(await page.title()).toMatch(/^新版 /);
      await expect.poll(() => storedWhole(page, 'offline-search-next-build'), { timeout: STORE_TIMEOUT }).toBe(true);
      expect((await cacheNames(page)).filter((n) => n.startsWith('offline-search-'))).toEqual(['offline-search-next-build']);

      // The other reader's visit drops the files its search kept of the old build, and stores nothing.
      requested = [];
      await other.goto(`${origin}${DOC}`);
      expect(await other.title()).toMatch(/^新版 /);
      await expect.poll(() => cachedPaths(other, 'searched')).toEqual(['/offline.json']);
      await expect.poll(() => cacheNames(other), { timeout: 15_000 }).not.toContain(unasked);
      await other.waitForTimeout(1000);
      expect((await cacheNames(other)).filter((n) => n.startsWith('offline-search-'))).toEqual([]);
      expect(requested.filter((p) => p.includes('offline-search') || p.startsWith('/pagefind/'))).toEqual([]);
      await other.context().close();

      await stop();
      await page.goto(`${origin}${DOC}`);
      expect(await page.title()).toMatch(/^新版 /);
      expect((await search(page, '工资')).length).toBeGreaterThan(0);
      await restart();
    },
    STORE_TIMEOUT,
  );

  it('removes the store at the reader’s word', async () => {
    await page.goto(`${origin}/search/`);
    const remove = control(page).getByRole('button', { name: '删除离线检索' });
    await remove.click();
    await expect.poll(() => controlStatus(page).textContent()).toBe('已删除离线检索。');
    expect((await cacheNames(page)).filter((n) => n.startsWith('offline-search-'))).toEqual([]);
    expect(
      await control(page)
        .getByRole('button', { name: storeLabel(offlineList().search) })
        .isVisible(),
    ).toBe(true);
    // The button pressed is gone: the focus is on the one that took its place.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-offline-store'))).toBe(true);
  });
});

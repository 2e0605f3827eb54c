// Offline reading: after one visit online, the pages a reader opened can be read, and the site
// searched, with the server gone; a visit online after a new build replaces what was stored.
// The test serves its own copy of dist/ so that it can change files and then stop the server:
// the network is really gone, not emulated.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/site/static-server.ts';
import { launchBrowser } from './support/browser.ts';
import { searchPageSettled } from './support/search-page.ts';

const DOC = '/documents/2024-chanye-gongren/';
let dir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync('dist', dir, { recursive: true });
  server = await startStaticServer(dir);
  origin = server.url;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

async function stop() {
  server.server.closeAllConnections();
  await server.close();
}
/** Serves the copy again on the same port, as after a train tunnel. */
async function restart() {
  const port = Number(new URL(origin).port);
  server = await startStaticServer(dir, { port });
}

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

/**
 * Whether the cache holds a whole copy of the index (its list is stored last). Polled from here:
 * waitForFunction takes the promise an async predicate returns for a true value at once.
 */
const storedWhole = (page: Page, name: string) =>
  page.evaluate(async (n) => (await caches.keys()).includes(n) && !!(await (await caches.open(n)).match('/offline.json')), name);

describe('offline', () => {
  let page: Page;
  let version: string;

  it('registers the service worker and the web app manifest on a first visit', async () => {
    page = await context.newPage();
    await page.goto(`${origin}${DOC}`);
    await controlled(page);
    const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
    const body = JSON.parse(await (await page.request.get(`${origin}${manifest}`)).text());
    expect(body).toMatchObject({ start_url: '/', display: 'standalone', lang: 'zh-CN' });
    expect(body.icons.length).toBeGreaterThan(0);
    // Search used once, online: the whole index is stored, in a cache named for this build.
    expect((await search(page, '工会')).length).toBeGreaterThan(0);
    version = JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')).version;
    await expect.poll(() => storedWhole(page, `search-${version}`), { timeout: 30_000 }).toBe(true);
  });

  it('reads the pages opened and searches for other words with the server gone', async () => {
    await stop();
    expect(await fetch(`${origin}${DOC}`).catch(() => 'gone')).toBe('gone');
    await page.goto(`${origin}${DOC}`);
    expect(await page.locator('h1').textContent()).toContain('关于深化产业工人队伍建设改革的意见');
    expect(await page.locator('#m14-s1').isVisible()).toBe(true);
    // With its styles (stored when the worker started, though the first page loaded them before it).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.doc-text p')!).textIndent)).not.toBe('0px');
    await page.screenshot({ path: 'test-results/screenshots/offline-360.png' });
    // Other words than the first search's: other index chunks, stored with the whole index.
    const units = await search(page, '技能人才');
    expect(units.length).toBeGreaterThan(0);
    expect(await page.locator('[data-results] a[data-result]').first().getAttribute('href')).toMatch(/^\/documents\//);
    // A page never opened says so, in the site's language.
    const missed = await page.goto(`${origin}/terms/`);
    expect(missed?.status()).toBe(503);
    expect(await page.locator('body').textContent()).toContain('离线中');
  });

  it('replaces what it stored with the new build on the next visit online', async () => {
    // A new build: the page's text changes, and so does the version of the offline list.
    const file = join(dir, 'documents/2024-chanye-gongren/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>新版 '));
    const list = JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8'));
    writeFileSync(join(dir, 'offline.json'), JSON.stringify({ ...list, version: 'next-build' }));
    await restart();
    // One visit online, the first since the network was lost.
    await page.goto(`${origin}${DOC}`);
    expect(await page.title()).toMatch(/^新版 /);
    await expect.poll(() => storedWhole(page, 'search-next-build'), { timeout: 30_000 }).toBe(true);
    expect((await cacheNames(page)).filter((n) => n.startsWith('search-'))).toEqual(['search-next-build']);
    await stop();
    await page.goto(`${origin}${DOC}`);
    expect(await page.title()).toMatch(/^新版 /);
    expect((await search(page, '工资')).length).toBeGreaterThan(0);
    await restart();
  });
});

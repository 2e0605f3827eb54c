// Hostile queries in Chromium (issue: 10,000 characters in /search/?q= blocked the tab for more
// than 45 s): on a site built from tests/fixtures/content and served apart from dist/, a query of
// 10,000 characters typed (pasted) into the search page or the header box gets its answer, the
// status line saying it was cut, within 1 s, and the page's main thread never stalls meanwhile;
// a query carrying an unclosed U+202E (right-to-left override) leaves the status line in order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/site/static-server.ts';
import { launchBrowser } from './support/browser.ts';
import { searchPageSettled } from './support/search-page.ts';

const scratch = mkdtempSync(join(tmpdir(), 'long-query-'));
const site = join(scratch, 'dist');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content', ASTRO_OUT_DIR: site },
    stdio: 'pipe',
    timeout: 180_000,
  });
  server = await startStaticServer(site);
  browser = await launchBrowser();
}, 200_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** 10,000 characters of the fixture's own text, as a reader pasting a whole page would type. */
const LONG = readFileSync('tests/fixtures/content/sources/shiyan-tongzhi.txt', 'utf8').replace(/\s+/g, '').repeat(100).slice(0, 10_000);

/** Records the page's long tasks (main thread busy past 50 ms) from now on; reads back the longest. */
async function watchMainThread(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

describe('a query of 10,000 characters', () => {
  // Its longest task (the search of the 100 characters kept: Pagefind's segmenting and lookups, the
  // ranking and the drawing, in one task when the index is loaded) is 100-190 ms on an idle 2-core
  // machine and was 228 ms once under the parallel browser suites: a stall of the machine may be
  // retried, a search that blocks the tab (the 45 s) fails every time.
  it('on the search page: answered within 1 s of typing, saying it was cut, the tab responsive throughout', { retry: 2 }, async () => {
    const page = await browser.newPage();
    // A search first, so the index is loaded (a reader arriving on the page); then the long query.
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('台账')}`);
    await searchPageSettled(page);
    const longest = await watchMainThread(page);
    const started = Date.now();
    await page.fill('[data-search-page] input[name="q"]', LONG);
    await page.waitForFunction(() => /查询过长/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
      timeout: 5000,
    });
    const took = Date.now() - started;
    const status = await page.locator('[data-search-status]').textContent();
    console.log(`search page, 10,000 characters: answered in ${took} ms; longest main-thread task ${await longest()} ms`);
    expect(status).toMatch(/^查询过长（10000 字），只搜索了前 100 字；/);
    expect(took).toBeLessThan(1000);
    expect(await longest()).toBeLessThan(200);
    await page.close();
  });

  it('in the header box: answered within 1 s of typing, saying it was cut, the tab responsive throughout', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/documents/2025-shiyan-tongzhi/`);
    await page.keyboard.press('/');
    await page.keyboard.type('台账');
    await page.locator('#site-search-panel [role="status"]').waitFor();
    const longest = await watchMainThread(page);
    const started = Date.now();
    await page.fill('#site-search', LONG);
    await page.waitForFunction(
      () => /查询过长/.test(document.querySelector('#site-search-panel [role="status"]')?.textContent ?? ''),
      null,
      {
        timeout: 5000,
      },
    );
    const took = Date.now() - started;
    console.log(`header box, 10,000 characters: answered in ${took} ms; longest main-thread task ${await longest()} ms`);
    expect(took).toBeLessThan(1000);
    expect(await longest()).toBeLessThan(200);
    await page.close();
  });
});

describe('a query with an unclosed right-to-left override (U+202E)', () => {
  it('leaves the status line in reading order: the control is not searched, nor shown', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('\u202e区块链 abc')}`);
    await searchPageSettled(page);
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    expect(status).toBe('没有找到“区块链 abc”');
    expect(status).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    await page.close();
  });
});

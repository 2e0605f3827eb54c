// The conventions of a public website: a 404 page that helps, and Atom feeds linked from the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteFiles, sitePages } from '../../src/lib/site/built-pages.ts';
import { pageAnchors } from '../../src/lib/site/html-scan.ts';
import type { NotFoundPage } from '../../src/lib/not-found/data.ts';
import { NOT_FOUND_DATA, notFoundIdsUrl, notFoundItemUrl, notFoundNumberedUrl } from '../../src/lib/routes.ts';
import { FEED_ENTRIES } from '../../src/lib/feeds/feeds.ts';
import { checkAtom } from '../support/atom.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const DIST = 'dist';
const shots = 'test-results/screenshots';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The pages of unit 5 the built site has: art5 of a regulation, m5 of an opinion. */
function numberFive(): string[] {
  const files = new Set(siteFiles(DIST));
  const docs = [...new Set([...files].map((f) => /^documents\/([^/]+)\/index\.html$/.exec(f)?.[1]).filter((d) => d && d !== 'by'))];
  return docs.flatMap((d) =>
    ['art5', 'm5']
      .filter((u) => files.has(`documents/${d}/${u}/index.html`))
      .slice(0, 1)
      .map((u) => `/documents/${d}/${u}/`),
  );
}

/** The page at `path` once its suggestions are looked up, and the files under /not-found/ it read for them. */
async function open(path: string, width = 360): Promise<{ page: Page; status: number | undefined; read: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const read: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith(NOT_FOUND_DATA)) read.push(pathname);
  });
  const response = await page.goto(`${base}${path}`);
  if (await page.locator('[data-suggest-box]').count())
    await page.locator('[data-suggest-box][data-suggested]').waitFor({ state: 'attached' });
  return { page, status: response?.status(), read };
}

/** What the 404 page at `path` read under /not-found/. */
async function reads(path: string): Promise<string[]> {
  const { page, read } = await open(path);
  await page.close();
  return read;
}

describe('the 404 page', () => {
  it('answers a missing address with status 404, the site around it, and a search box', async () => {
    const { page, status, read } = await open('/no/such/page/');
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    expect(await page.locator('header.site').isVisible()).toBe(true);
    expect(await page.locator('link[rel=canonical]').count()).toBe(0);
    // Nothing fits this address, nor is anything read for it: no suggestions shown.
    expect(await page.locator('[data-suggest-box]').isVisible()).toBe(false);
    expect(read).toEqual([]);
    await page.locator('#not-found-search').fill('工会');
    await page.locator('#not-found-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=工会');
    await page.close();
  });

  it.each([
    ['/documents/2024-chanye-gongren/m99/', ['/documents/2024-chanye-gongren/m27/', '/documents/2024-chanye-gongren/']],
    // An unknown document: the unit numbered 5 (article 5, else measure 5) of every document that has one.
    ['/documents/x/art5/', numberFive()],
    ['/documents/2024-chanye-gongre/m14/', ['/documents/2024-chanye-gongren/m14/', '/documents/2024-chanye-gongren/']],
  ])('suggests where %s probably meant to go', async (path, expected) => {
    const { page, status } = await open(path);
    expect(status).toBe(404);
    const box = page.locator('[data-suggest-box]');
    expect(await box.isVisible()).toBe(true);
    const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.toSorted()).toEqual(expected.toSorted());
    // Each suggestion is a page the site has.
    for (const href of hrefs) expect((await page.request.get(`${base}${href}`)).status()).toBe(200);
    expect(describeViolations(`404 at ${path}`, await runAxe(page))).toEqual([]);
    await page.close();
  });

  it('carries nothing of the collection, and reads only what the address needs', async () => {
    // The page names its build's directory of ids, and nothing else of the collection.
    const data = /<script type="application\/json" id="not-found-catalogue">([^<]*)<\/script>/.exec(
      readFileSync(join(DIST, '404.html'), 'utf8'),
    );
    const carried = JSON.parse(data![1]!) as NotFoundPage;
    expect(Object.keys(carried)).toEqual(['ids']);
    // The layout and the page's own words (9 KB today; 132 KB when it carried every document's units).
    expect(readFileSync(join(DIST, '404.html')).length).toBeLessThan(16 * 1024);

    // A document the site has: that document's units, nothing more.
    expect(await reads('/documents/2024-chanye-gongren/m99/')).toEqual([notFoundItemUrl('2024-chanye-gongren')]);
    // A slip: the typed id, which is no item; the directory of ids, then the chunk near the typed
    // id in each order (one file in a small collection); the nearest item.
    const slip = await reads('/documents/2024-chanye-gongre/m14/');
    expect(slip.slice(0, 2)).toEqual([notFoundItemUrl('2024-chanye-gongre'), notFoundIdsUrl(carried.ids)]);
    expect(slip.slice(2, -1).length).toBeGreaterThanOrEqual(1);
    expect(slip.slice(2, -1).length).toBeLessThanOrEqual(2);
    expect(slip.slice(2, -1).every((u) => u.startsWith(`${NOT_FOUND_DATA}ids/`))).toBe(true);
    expect(slip.at(-1)).toBe(notFoundItemUrl('2024-chanye-gongren'));
    // An unknown document: the ids, then the documents with a unit of that number.
    expect((await reads('/documents/x/art5/')).at(-1)).toBe(notFoundNumberedUrl('5'));
  });

  it('puts the Chinese words of an address into the search box, and passes axe', async () => {
    const { page } = await open('/terms/%E5%B7%A5%E4%BC%9A/', 1440);
    expect(await page.locator('#not-found-search').inputValue()).toBe('工会');
    expect(describeViolations('404', await runAxe(page))).toEqual([]);
    await page.screenshot({ path: `${shots}/404-1440.png` });
    await page.close();
  });
});

describe('the feeds', () => {
  const feeds = siteFiles(DIST).filter((f) => f.startsWith('feeds/') && f.endsWith('.xml'));
  const pageUrls = new Set(sitePages(DIST).map((p) => p.url));

  it('are valid Atom, each entry an item of the site by its permalink, newest first', () => {
    expect(feeds).toContain('feeds/all.xml');
    expect(feeds.some((f) => f.startsWith('feeds/issuers/'))).toBe(true);
    expect(feeds.some((f) => f.startsWith('feeds/kinds/'))).toBe(true);
    for (const file of feeds) {
      const report = checkAtom(readFileSync(join(DIST, file), 'utf8'));
      expect(report.problems, file).toEqual([]);
      expect(new URL(report.selfHref!).pathname).toBe(`/${file}`);
      expect(report.entries.length, file).toBeGreaterThan(0);
      for (const e of report.entries) {
        expect(pageUrls.has(new URL(e.alternate).pathname), `${file}: ${e.alternate}`).toBe(true);
        expect(e.summary.length).toBeGreaterThan(0);
      }
      const updated = report.entries.map((e) => Date.parse(e.updated));
      expect(updated).toEqual(updated.toSorted((a, b) => b - a));
    }
    // The newest FEED_ENTRIES dated items; a text that carries no date has no day to stand at in a
    // feed (src/lib/feeds/feeds.ts).
    const all = checkAtom(readFileSync(join(DIST, 'feeds/all.xml'), 'utf8'));
    const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8'));
    const dated: Array<{ path: string; published: string }> = [...corpus.documents, ...corpus.news]
      .filter((i: { published?: string }) => i.published)
      .map((i: { url: string; published: string }) => ({ path: new URL(i.url).pathname, published: i.published }));
    const items = [...pageUrls].filter((u) => /^\/(documents|news)\/[^/]+\/$/.test(u));
    expect(dated.every((d) => items.includes(d.path))).toBe(true);
    const held = all.entries.map((e) => new URL(e.alternate).pathname);
    expect(dated.length).toBeGreaterThan(FEED_ENTRIES);
    expect(held).toHaveLength(FEED_ENTRIES);
    expect(new Set(held).size).toBe(FEED_ENTRIES);
    const oldestHeld = all.entries.at(-1)!.updated.slice(0, 10);
    for (const d of dated) {
      if (held.includes(d.path)) continue;
      expect(d.published <= oldestHeld, `${d.path} (${d.published}) is newer than an item the feed holds`).toBe(true);
    }
  });

  it('are linked from the pages with <link rel="alternate">: the corpus feed from every page, an item’s own feeds from its page', () => {
    for (const page of sitePages(DIST)) {
      const html = readFileSync(join(DIST, page.file), 'utf8');
      const alternates = pageAnchors(html).links.filter((l) => l.tag === 'link' && l.rel === 'alternate');
      expect(
        alternates.map((l) => l.url),
        page.url,
      ).toContain('/feeds/all.xml');
      for (const l of alternates) expect(feeds, `${page.url} links ${l.url}`).toContain(l.url.slice(1));
    }
    const doc = pageAnchors(readFileSync(join(DIST, 'documents/2024-chanye-gongren/index.html'), 'utf8'));
    expect(doc.links.filter((l) => l.rel === 'alternate').map((l) => l.url)).toEqual([
      '/feeds/all.xml',
      '/feeds/issuers/zhonggongzhongyang.xml',
      '/feeds/issuers/guowuyuan.xml',
      '/feeds/kinds/opinion.xml',
    ]);
  });

  it('are served as Atom and listed for readers on /feeds/', async () => {
    const { page, status } = await open('/feeds/');
    expect(status).toBe(200);
    const hrefs = await page.locator('main a[href$=".xml"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(hrefs.toSorted()).toEqual(feeds.toSorted());
    const response = await page.request.get(`${base}/feeds/all.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    await page.close();
  });
});

// Citation lookups in Chromium on the built site: a citation typed into the header box is the
// first hit and lands on its place; the search page lists the places a citation with no document
// names, in the documents filtered to, and says when a document has no such place. Sub-items,
// boxes and documents sharing a short title are not in content/: src/lib/search/citation-lookup.test.ts
// resolves them over the shape fixtures' index.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openSearchPage } from './support/search-page.ts';

const BASE = inject('baseUrl');
const TIAOLI = '2025-lixing-jieyue-tiaoli';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

/** Types a query into the header box of a reading page and waits for its first hit. */
async function typeInHeader(p: Page, query: string) {
  await p.goto(`${BASE}/documents/2024-chanye-gongren/m14/`);
  await p.keyboard.press('/');
  await p.keyboard.type(query);
  const first = p.locator('#site-search-panel a[data-result]').first();
  await first.waitFor();
  return first;
}

/** True when the element is on screen, below the sticky header. */
const onScreen = (p: Page, id: string) =>
  p.evaluate((target) => {
    const box = document.getElementById(target)?.getBoundingClientRect();
    return !!box && box.top >= 0 && box.top < innerHeight;
  }, id);

const searchPage = (q: string, extra = '') => openSearchPage(page, BASE, q, extra);

const cited = (p: Page) => p.locator('[data-citations] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-citation')));

describe('citations in the search', () => {
  it('finds 《党政机关厉行节约反对浪费条例》第八条第二款 from the header box as its first hit, and lands on the paragraph', async () => {
    const p = await browser.newPage();
    const citationFiles: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/search/citations/')) citationFiles.push(new URL(r.url()).pathname);
    });
    // By its full title: two documents of the collection call themselves 《条例》.
    const first = await typeInHeader(p, '《党政机关厉行节约反对浪费条例》第八条第二款');
    expect(await first.getAttribute('data-result')).toBe(`${TIAOLI}#art8-para2`);
    expect(await first.textContent()).toBe('《条例》第八条第二款');
    expect(await p.locator('#site-search-panel [data-citations] p.mt-1').first().textContent()).toMatch(
      /^党政机关取得的行政事业性收费收入/u,
    );
    // One shard of names and one of the document's places, nothing of the rest of the corpus.
    expect(citationFiles.map((f) => f.replace(/\d+\.json$/u, 'N'))).toEqual([
      '/search/citations/names-N',
      `/search/citations/doc/${TIAOLI}/N`,
    ]);
    await first.click();
    await p.waitForURL(`**/documents/${TIAOLI}/art8/#art8-para2`);
    expect(await onScreen(p, 'art8-para2')).toBe(true);
    // The paragraph reached lights up as a target sentence does.
    expect(await p.locator('#art8-para2').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await p.close();
  });

  it('fetches nothing of the citation index for a query that is no citation', async () => {
    const p = await browser.newPage();
    const citationFiles: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/search/citations/')) citationFiles.push(r.url());
    });
    await typeInHeader(p, '工资集体协商');
    expect(await p.locator('#site-search-panel [data-citations]').count()).toBe(0);
    expect(citationFiles).toEqual([]);
    await p.close();
  });

  it('finds a document by its 文号 typed with [] and a measure in it', async () => {
    const first = await typeInHeader(page, '中办发[2022]58号第（三）条');
    expect(await first.getAttribute('data-result')).toBe('2022-gaojineng-rencai#m3');
    expect(await first.textContent()).toBe('《高技能人才意见》第（三）条');
    await first.click();
    await page.waitForURL('**/documents/2022-gaojineng-rencai/m3/');
  });

  it('lists every document with a place cited without a document, above the ordinary results', async () => {
    await searchPage('第（二）条');
    expect(await page.locator('[data-citations] h2').textContent()).toBe('条文定位');
    // Every document of the collection with a measure （二）, the five first documents' among them.
    const all = await cited(page);
    expect(all).toEqual(expect.arrayContaining(['2022-gaojineng-rencai#m2', '2024-chanye-gongren#m2', '2025-shiwuwu-jianyi#m2']));
    expect(all.every((id) => id!.endsWith('#m2') || /#p[0-9]+-m2$/u.test(id!))).toBe(true);
    expect(await page.locator('[data-citations] a').first().textContent()).toMatch(/第（二）条$/u);
    // The ordinary search still ran.
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/找到|没有找到/u);
    expect(describeViolations('/search/?q=第（二）条', await runAxe(page))).toEqual([]);
  });

  it('finds a place with no document named in the document the search is filtered to', async () => {
    await searchPage('第五条', `&document=${encodeURIComponent('党政机关厉行节约反对浪费条例')}`);
    expect(await cited(page)).toEqual([`${TIAOLI}#art5`]);
    await page.locator('[data-citations] a').first().click();
    await page.waitForURL(`**/documents/${TIAOLI}/art5/`);
  });

  it('says so when the document has no such place', async () => {
    await searchPage('《党政机关厉行节约反对浪费条例》第九十条');
    expect(await page.locator('[data-citation-notice]').textContent()).toBe('《条例》没有第九十条');
    expect(await cited(page)).toEqual([]);
  });
});

// The documents catalogue (/documents/) in Chromium at 360 and 1440 px: facets with counts that
// follow the choice, filtering by kind and year with the pointer and with the keyboard, sorting by
// date and by title, the choice kept in the address (a link or a reload applies it), the reset;
// without JavaScript each facet value is a page of its own. And its weight: this page at the
// collection's size, and what it would weigh at 2,000 documents, from its own rows.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';

const BASE = inject('baseUrl');
const shots = 'test-results/screenshots';
const MB = 1024 * 1024;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => browser?.close());

const contextAt = (width: number): Promise<BrowserContext> =>
  width < 640
    ? browser.newContext({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true })
    : browser.newContext({ viewport: { width, height: 900 } });

/** The rows shown, as their title links' paths, in the order seen (year groups hidden by the title sort are skipped). */
const shownRows = (p: Page) =>
  p
    .locator('[data-catalogue] li[data-f]')
    .evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).offsetParent).map((li) => li.querySelector('a')!.getAttribute('href')!));

/** A facet value's checkbox and the count beside it. */
const box = (p: Page, facet: string, value: string) => p.locator(`[data-facet="${facet}"] input[value="${value}"]`);
const countOf = async (p: Page, facet: string, value: string) =>
  Number(/（(\d+)）/.exec((await box(p, facet, value).locator('xpath=..').textContent()) ?? '')?.[1]);

/** The facets are folded under a summary on a phone: open them. */
async function openFacets(p: Page) {
  const details = p.locator('[data-catalogue] details.facets-box');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)) && (await p.locator('[data-cat-summary]').isVisible())) {
    await p.locator('[data-cat-summary]').click();
  }
}

describe.each([360, 1440])('the catalogue at %i px', (width) => {
  let ctx: BrowserContext;
  let p: Page;
  let total: number;
  beforeAll(async () => {
    ctx = await contextAt(width);
    p = await ctx.newPage();
    await p.goto(`${BASE}/documents/`);
    total = await p.locator('[data-catalogue] li[data-f]').count();
  });
  afterAll(async () => ctx?.close());

  it('lists every document in a compact row, grouped by year, newest first, and fits the screen', async () => {
    expect(total).toBeGreaterThanOrEqual(100);
    expect(await p.locator('[data-cat-status]').textContent()).toBe(`共${total}份文件。`);
    const years = await p.locator('section[data-year]').evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.year!));
    const dated = years.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    if (years.includes('')) expect(years.at(-1)).toBe('');
    // Each row: the title, then 文号 (when it has one), issuer, date, kind and size.
    const facts = await p.locator('li[data-f] > p').first().textContent();
    expect(facts).toMatch(/ · \d{4}-\d{2}-\d{2} · \S+ · \d+字/u);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await p.screenshot({ path: `${shots}/catalogue-${width}.png` });
  });

  it('filters by kind: the rows, the status, the counts of the other facets and the address follow', async () => {
    await openFacets(p);
    const notices = await countOf(p, 'kind', 'notice');
    expect(notices).toBeGreaterThan(10);
    await box(p, 'kind', 'notice').check();
    await p.waitForURL((u) => u.searchParams.getAll('kind').join() === 'notice');
    const shown = await shownRows(p);
    expect(shown).toHaveLength(notices);
    expect(await p.locator('[data-cat-status]').textContent()).toBe(`显示${notices}份文件，共${total}份。`);
    // Every row shown is a 通知; the years count only 通知 now, and add up to them.
    const kinds = await p.locator('li[data-f]:not([hidden]) > p').allTextContents();
    expect(kinds.every((k) => k.includes(' · 通知 · '))).toBe(true);
    const yearCounts = await p
      .locator('[data-facet="year"] label')
      .evaluateAll((ls) => ls.map((l) => Number(/（(\d+)）/.exec(l.textContent!)?.[1] ?? 0)));
    expect(yearCounts.reduce((a, b) => a + b, 0)).toBe(notices);
    // Another kind still counts what checking it would add.
    expect(await countOf(p, 'kind', 'opinion')).toBeGreaterThan(0);
  });

  it('narrows by a year as well, and sorts by title in pinyin order', async () => {
    const year = '2019';
    const expected = await countOf(p, 'year', year);
    await box(p, 'year', year).check();
    await p.waitForURL((u) => u.searchParams.get('year') === year);
    expect(await shownRows(p)).toHaveLength(expected);
    const dates = await p.locator('li[data-f]:not([hidden]) > p').allTextContents();
    expect(dates.every((d) => d.includes(` · ${year}-`))).toBe(true);
    await p.locator('[data-cat-sort]').selectOption('title');
    await p.waitForURL((u) => u.searchParams.get('sort') === 'title');
    const titles = await p
      .locator('[data-cat-flat] li[data-f]:not([hidden]) > a')
      .evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent).map((a) => a.textContent!));
    expect(titles).toHaveLength(expected);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-Hans-u-co-pinyin').compare));
    expect(await p.locator('[data-cat-groups]').isHidden()).toBe(true);
  });

  it('is linked by its address: a reload applies the choice, the back button undoes it, the reset clears it', async () => {
    const url = p.url();
    expect(new URL(url).search).toBe('?kind=notice&year=2019&sort=title');
    const shown = await shownRows(p);
    const q = await ctx.newPage();
    await q.goto(url);
    expect(await shownRows(q)).toEqual(shown);
    expect(await box(q, 'kind', 'notice').isChecked()).toBe(true);
    expect(await q.locator('[data-cat-sort]').inputValue()).toBe('title');
    await q.close();
    await p.goBack();
    await p.waitForURL((u) => !u.searchParams.has('sort'));
    expect(await p.locator('[data-cat-sort]').inputValue()).toBe('');
    await p.locator('[data-cat-reset]').click();
    await p.waitForURL((u) => u.search === '');
    expect(await shownRows(p)).toHaveLength(total);
    expect(await p.locator('[data-cat-reset]').isHidden()).toBe(true);
  });

  it('is used by keyboard: Tab to a value, Space checks it, the sort changes by arrow keys', async () => {
    await p.goto(`${BASE}/documents/`);
    // From the page's heading, Tab reaches the catalogue's controls in reading order.
    await p.locator('main h1').click();
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await p.keyboard.press('Tab');
      const at = await p.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.matches('summary') ? 'summary' : el?.matches('input[type=checkbox]') ? `${el.name}=${el.value}` : (el?.tagName ?? '');
      });
      reached.push(at);
      if (at === 'summary' && !(await p.locator('details.facets-box').evaluate((d) => (d as HTMLDetailsElement).open))) {
        await p.keyboard.press('Enter');
      }
      if (at.startsWith('kind=')) break;
    }
    const value = reached.at(-1)!.split('=')[1]!;
    expect(reached.at(-1)).toMatch(/^kind=/);
    const expected = await countOf(p, 'kind', value);
    await p.keyboard.press('Space');
    await p.waitForURL((u) => u.searchParams.get('kind') === value);
    expect(await shownRows(p)).toHaveLength(expected);
    await p.locator('[data-cat-sort]').focus();
    await p.keyboard.press('ArrowDown');
    await p.waitForURL((u) => u.searchParams.get('sort') === 'old');
    const years = await p
      .locator('section[data-year]:not([hidden])')
      .evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.year!).filter(Boolean));
    expect(years).toEqual([...years].sort());
    await p.screenshot({ path: `${shots}/catalogue-${width}-filtered.png` });
  });

  it('has targets 24 px high, and no accessibility violation, filtered or not', async () => {
    await openFacets(p);
    const heights = await p
      .locator('[data-facet] label')
      .evaluateAll((ls) => ls.filter((l) => (l as HTMLElement).offsetParent).map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    expect(describeViolations(`/documents/ at ${width} px, filtered`, await runAxe(p))).toEqual([]);
  });
});

describe('the catalogue without JavaScript', () => {
  it('links each facet value to its own page, which lists those documents', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(`${BASE}/documents/`);
    expect(await p.locator('[data-cat-bar]').isHidden()).toBe(true);
    const link = p.locator('[data-facet="issuer"] a').first();
    const count = Number(/（(\d+)）/.exec((await link.textContent())!)?.[1]);
    await link.click();
    await p.waitForURL('**/documents/by/issuer/*/');
    expect(await p.locator('li[data-f]').count()).toBe(count);
    expect(await p.locator('[data-issuer]').textContent()).toContain('层级');
    // A row's issuer leads to the same kind of page.
    const issuer = p.locator('li[data-f] > p a[href^="/documents/by/issuer/"]').first();
    expect(await issuer.count()).toBe(1);
    await ctx.close();
  });
});

describe('the catalogue at 2,000 documents', () => {
  it('filters and sorts them in a blink: the page’s own rows, repeated', async () => {
    const ctx = await contextAt(360);
    const p = await ctx.newPage();
    // The page as built, each year's rows repeated until there are about 2,000.
    await p.route('**/documents/', async (route) => {
      const res = await route.fetch();
      const html = await res.text();
      const rows = html.match(/<li data-f=/gu)!.length;
      const times = Math.ceil(2000 / rows);
      const body = html.replace(
        /(<ol class="cat-rows">)(.*?)(<\/ol>)/gsu,
        (_, open: string, list: string, close: string) => open + list.repeat(times) + close,
      );
      await route.fulfill({ response: res, body });
    });
    await p.goto(`${BASE}/documents/`);
    const total = await p.locator('li[data-f]').count();
    expect(total).toBeGreaterThanOrEqual(2000);
    await p.locator('[data-cat-summary]').click();
    /** Milliseconds from a change to the page laid out again. */
    const timed = (change: string) =>
      p.evaluate((change) => {
        const t = performance.now();
        if (change === 'sort') {
          const sort = document.querySelector<HTMLSelectElement>('[data-cat-sort]')!;
          sort.value = 'title';
          sort.dispatchEvent(new Event('change', { bubbles: true }));
        } else document.querySelector<HTMLInputElement>(change)!.click();
        void document.body.offsetHeight;
        return performance.now() - t;
      }, change);
    const filter = await timed('[data-facet="kind"] input[value="notice"]');
    const sort = await timed('sort');
    const back = await timed('[data-facet="kind"] input[value="notice"]');
    console.log(
      `catalogue of ${total} rows: filter ${Math.round(filter)} ms, sort by title ${Math.round(sort)} ms, unfilter ${Math.round(back)} ms`,
    );
    expect(await p.locator('[data-cat-status]').textContent()).toBe(`共${total}份文件。`);
    for (const ms of [filter, sort, back]) expect(ms).toBeLessThan(500);
    await ctx.close();
  });
});

describe('the catalogue’s weight', () => {
  it('stays under 1 MB, and would at 2,000 documents of rows like its own', async () => {
    const res = await fetch(`${BASE}/documents/`);
    const html = await res.text();
    const bytes = Buffer.byteLength(html);
    const rows = html.match(/<li data-f="[^"]*">.*?<\/li>/gu)!;
    const rowBytes = rows.reduce((n, r) => n + Buffer.byteLength(r), 0);
    const values = html.match(/<(?:a|span) [^>]*data-n="\d+"[^>]*>.*?<\/span>(?:\s*<\/a>|\s*<\/span>)/gsu) ?? [];
    const valueBytes = values.length ? values.reduce((n, v) => n + Buffer.byteLength(v), 0) / values.length : 0;
    // At 2,000 documents: the rows at this page's average, and 400 more facet values (300 issuers,
    // years, 主题分类) at its average; the rest of the page as it is.
    const at2000 = bytes - rowBytes + 2000 * (rowBytes / rows.length) + 400 * valueBytes;
    console.log(
      `/documents/: ${bytes} B for ${rows.length} documents (${Math.round(rowBytes / rows.length)} B a row, ` +
        `${Math.round(valueBytes)} B a facet value); at 2,000 documents about ${Math.round(at2000 / 1024)} KB`,
    );
    expect(bytes).toBeLessThan(MB);
    expect(at2000).toBeLessThan(0.9 * MB);
  });
});

// What the site offers, where a reader sees it (issue 23, items 2 and 14): the header names every
// section, the research pages too, usable on a 360 px phone and one row on a wide screen; the home
// page lists the documents by their own date with what each is about, explains 同版新闻, and
// links the research pages; the theme button says its state; a legend says what the marks in a
// text mean; a sentence's # mark is in sight and takes a tap on a touch screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEWEST } from '../../src/lib/view/home.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { launchBrowser } from './support/browser.ts';

const BASE = inject('baseUrl');
const model = siteModel(PROJECT_CONTENT);
const DOC = '/documents/2024-chanye-gongren/';
const SECTIONS = [
  '/documents/',
  '/news/',
  '/actors/',
  '/terms/',
  '/notes/',
  '/instruments/',
  '/targets/',
  '/compare/',
  '/figures/',
  '/data/',
];
const RESEARCH = ['/instruments/', '/targets/', '/compare/'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const phone = () => browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** The header's section links as laid out: where each is, whether it is the topmost thing at its centre. */
const headerLinks = (p: Page) =>
  p.locator('nav[aria-label="主导航"] a').evaluateAll((links) =>
    links.map((a) => {
      const r = a.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        href: a.getAttribute('href')!,
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        height: r.height,
        onTop: top === a || a.contains(top),
      };
    }),
  );

describe('the header', () => {
  it.each(['/', DOC, '/targets/'])('names every section, the research pages too, usable on a 360 px phone (%s)', async (path) => {
    const ctx = await phone();
    const p = await ctx.newPage();
    await p.goto(`${BASE}${path}`);
    const links = await headerLinks(p);
    expect(links.map((l) => l.href)).toEqual(SECTIONS);
    for (const l of links) {
      // In sight, whole, on top, and a target of at least 24 px a side (WCAG 2.5.8).
      expect(l.left, l.href).toBeGreaterThanOrEqual(0);
      expect(l.right, l.href).toBeLessThanOrEqual(360);
      expect(l.onTop, l.href).toBe(true);
      expect(l.height, l.href).toBeGreaterThanOrEqual(24);
    }
    // No two overlap.
    for (const a of links)
      for (const b of links)
        if (a !== b)
          expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.href} / ${b.href}`).toBe(true);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The research pages are a tap away: the first one opens.
    await p.locator('nav[aria-label="主导航"] a[href="/instruments/"]').tap();
    await p.waitForURL('**/instruments/');
    expect(await p.locator('nav[aria-label="主导航"] a[href="/instruments/"]').getAttribute('aria-current')).toBe('page');
    await ctx.close();
  });

  it.each([1024, 1440])('keeps to one row at %i px on a document page, where it has the most to hold', async (width) => {
    const p = await browser.newPage({ viewport: { width, height: 800 } });
    await p.goto(`${BASE}${DOC}`);
    const links = await headerLinks(p);
    expect(links.map((l) => l.href)).toEqual(SECTIONS);
    // One row: the sticky header stays as low as the table of contents beside the text expects.
    expect(await p.locator('header.site').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(56);
    await p.close();
  });
});

describe('the home page', () => {
  let p: Page;
  beforeAll(async () => {
    p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await p.goto(`${BASE}/`);
  });

  it('lists the documents newest first by their own date, the date it shows', async () => {
    const dates = await p
      .locator('[data-home-documents] > li')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(5);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    // An undated text, if any, comes last.
    expect(dates.slice(0, dated.length).every(Boolean)).toBe(true);
    // The 2025 建议 (adopted 10-23, published 11-10) before the 2025 条例 (05-02), after the 说明 (published 10-29).
    const ids = await p.locator('[data-home-documents] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-doc')));
    expect(ids.indexOf('2025-shiwuwu-jianyi-shuoming')).toBeLessThan(ids.indexOf('2025-shiwuwu-jianyi'));
    expect(ids.indexOf('2025-shiwuwu-jianyi')).toBeLessThan(ids.indexOf('2025-lixing-jieyue-tiaoli'));
  });

  it('says what each document is about: its summary, else its opening words marked as such; and its 文号', async () => {
    const items = await p.locator('[data-home-documents] > li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-doc'),
        lines: [...li.querySelectorAll('p')].map((q) => q.textContent!.replace(/\s+/g, ' ').trim()),
        opening: Boolean(li.querySelector('[data-opening]')),
      })),
    );
    // The newest documents only (the catalogue lists them all), each said as its item file has it:
    // the collection's newest change with each ingest, so the expectations are read off the model.
    expect(items).toHaveLength(NEWEST);
    for (const i of items) {
      const meta = model.corpus.documents.find((d) => d.id === i.id)!.meta;
      expect(i.lines.length, i.id!).toBe(2);
      expect(i.opening, i.id!).toBe(!meta.summary);
      if (!meta.summary) expect(i.lines[1], i.id!).toMatch(/^未附摘要，正文开头：/u);
      if (meta.docNumber) expect(i.lines[0], i.id!).toContain(meta.docNumber);
    }
    expect(items.find((i) => i.id === '2025-lixing-jieyue-tiaoli')?.opening).toBe(true);
    expect(items.find((i) => i.id === '2024-chanye-gongren')?.opening).toBe(false);
  });

  it('says what the collection holds: counts by kind and level, the years, where the texts come from', async () => {
    const summary = (await p.locator('[data-home-summary]').textContent())!.replace(/\s+/g, '');
    expect(summary).toContain(`本站收录${model.corpus.documents.length}份文件`);
    expect(summary).toMatch(/日期自\d{4}年至\d{4}年/u);
    expect(summary).toContain('中国政府网');
    const counts = await p.locator('[data-home-counts] dt').allTextContents();
    expect(counts).toEqual(['种类', '层级', '来源']);
    const kinds = await p.locator('[data-home-counts] dd').first().textContent();
    expect(kinds).toMatch(/通知\s*\d+/u);
    expect(await p.locator(`main a[href="/documents/"]`).count()).toBeGreaterThan(0);
  });

  it('links the research pages, each with a line on it, and explains 同版新闻', async () => {
    const research = await p.locator('[data-home-research] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of RESEARCH) expect(research).toContain(href);
    expect(await p.locator('[data-home-research] dd').count()).toBe(research.length);
    const same = await p.locator('[data-same-page]').textContent();
    expect(same).toMatch(/与《中共中央 国务院关于深化产业工人队伍建设改革的意见》印在报纸同一版上/u);
    expect(same).toContain('〔编者拟题〕');
  });
});

describe('the theme button', () => {
  it.each([
    ['light', '浅色', '深色'],
    ['dark', '深色', '浅色'],
  ] as const)('in the %s scheme says so, and says the other after a press', async (scheme, now, next) => {
    const p = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
    await p.goto(`${BASE}/`);
    const button = p.locator('[data-theme-toggle]');
    // What is seen (the shown state's sign and words), and what a screen reader is told.
    const seen = () =>
      button.evaluate((b) =>
        [...b.querySelectorAll<HTMLElement>(':scope > span')]
          .filter((s) => s.offsetParent)
          .map((s) => {
            return s.querySelector('[aria-hidden="true"]')!.textContent!.replace(/\s+/g, '');
          }),
      );
    const name = async () => /button "([^"]*)"/.exec(await button.ariaSnapshot())?.[1];
    expect(await seen()).toEqual([expect.stringMatching(new RegExp(`^.${now}$`))]);
    expect(await name()).toBe(`配色：${now}，点按改为${next}`);
    await button.click();
    expect(await seen()).toEqual([expect.stringMatching(new RegExp(`^.${next}$`))]);
    expect(await name()).toBe(`配色：${next}，点按改为${now}`);
    expect(await button.getAttribute('aria-pressed')).toBeNull();
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme === 'light' ? 'dark' : 'light');
    await p.close();
  });
});

describe('the marks’ legend', () => {
  it('on a text’s page says what the yellow underline is, drawn as the text draws it', async () => {
    const ctx = await phone();
    const p = await ctx.newPage();
    await p.goto(`${BASE}/documents/2024-chanye-gongren/m14/`);
    await p.locator('button[popovertarget="mark-legend"]').tap();
    const box = p.locator('#mark-legend');
    expect(await box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain('黄色底线');
    const [sample, text] = await Promise.all([
      box.locator('mark.ev').evaluate((m) => getComputedStyle(m).boxShadow),
      p
        .locator('main mark.ev')
        .first()
        .evaluate((m) => getComputedStyle(m).boxShadow),
    ]);
    // The same yellow, drawn the same way (an inset shadow under the words; its depth goes with the font size).
    const look = (shadow: string) => [shadow.match(/^rgba?\([^)]*\)/)?.[0], shadow.endsWith('inset')];
    expect(look(sample)).toEqual(look(text));
    expect(look(sample)[1]).toBe(true);
    const r = (await box.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(360);
    // A tap elsewhere closes it.
    await p.touchscreen.tap(180, 700);
    expect(await box.isVisible()).toBe(false);
    await ctx.close();
  });

  it('is not offered where there is no text', async () => {
    const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await p.goto(`${BASE}/actors/`);
    expect(await p.locator('button[popovertarget="mark-legend"]').isVisible()).toBe(false);
    await p.close();
  });
});

describe('a sentence’s # mark on a touch screen', () => {
  it('is in sight without hovering, and a tap near it reaches it', async () => {
    const ctx = await phone();
    const p = await ctx.newPage();
    await p.goto(`${BASE}/documents/2024-chanye-gongren/m14/`);
    const mark = p.locator('.sa[href="#m14-s1"]');
    expect(Number(await mark.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThanOrEqual(0.5);
    const b = (await mark.boundingBox())!;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    // A target of 24 px around its centre, though the mark draws smaller and takes no room in the line.
    const hits = await p.evaluate(
      ([x, y]) =>
        [
          [0, -10],
          [0, 10],
          [-10, 0],
          [10, 0],
        ].map(
          ([dx, dy]) =>
            document
              .elementFromPoint(x! + dx!, y! + dy!)
              ?.closest('.sa')
              ?.getAttribute('href') ?? null,
        ),
      [cx, cy],
    );
    expect(hits).toEqual(['#m14-s1', '#m14-s1', '#m14-s1', '#m14-s1']);
    await p.touchscreen.tap(cx, cy + 9);
    await p.waitForURL('**#m14-s1');
    await ctx.close();
  });
});

// A reader in Chromium: every kind of page opens cleanly, the home page leads to documents,
// measures and news, the table of contents lands where it says, the keyboard alone gets there,
// and a 360 px phone never scrolls sideways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { representatives, sitePages } from '../../src/lib/site/built-pages.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const kinds = representatives(sitePages('dist'));
const DOC = '/documents/2024-chanye-gongren/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A fresh tab that records script errors and failed requests. */
async function open(options: Parameters<Browser['newPage']>[0] = {}): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return { tab, problems };
}

/** Whether an element's top edge is on screen (below the sticky header is close enough). */
const inView = (tab: Page, selector: string) =>
  tab.locator(selector).evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    return top >= -2 && top < innerHeight - 40;
  });

describe('every kind of page opens', () => {
  for (const page of kinds) {
    it(`${page.url} (${page.kind})`, async () => {
      const { tab, problems } = await open();
      const response = await tab.goto(`${base}${page.url}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await tab.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect((await tab.title()).length).toBeGreaterThan(2);
      expect(await tab.locator('h1').count(), 'one h1').toBe(1);
      expect(problems).toEqual([]);
      await tab.close();
    });
  }
});

describe('from the home page', () => {
  it('to the opinion, one of its measures, and back to a news item', async () => {
    const { tab, problems } = await open();
    await tab.goto(`${base}/`);
    await tab.locator(`main a[href="${DOC}"]`).first().click();
    await tab.waitForURL(`**${DOC}`);
    expect(await tab.locator('h1').innerText()).toContain('关于深化产业工人队伍建设改革的意见');
    await tab.locator(`main a[href="${DOC}m14/"]`).first().click();
    await tab.waitForURL(`**${DOC}m14/`);
    expect(await tab.locator('main').innerText()).toContain('完善产业工人工资决定');
    await tab.goto(`${base}/`);
    await tab.locator('main a[href="/news/2024-ndrc-q4-economy/"]').first().click();
    await tab.waitForURL('**/news/2024-ndrc-q4-economy/');
    expect(await tab.locator('main').innerText()).toContain('四季度');
    expect(problems).toEqual([]);
    await tab.close();
  });
});

/** The entry the contents mark as the place being read, and what the context line names. */
const whereAmI = (tab: Page) =>
  tab.evaluate(() => ({
    current: document.querySelector('[data-toc] a[aria-current]')?.getAttribute('href'),
    context: [...(document.querySelector('[data-context]')?.children ?? [])].map((c) => c.textContent),
  }));

describe('the table of contents', () => {
  it('on a wide screen, each entry followed lands on its part or measure, and is marked as the place read', async () => {
    const { tab, problems } = await open();
    await tab.goto(`${base}${DOC}`);
    const toc = tab.locator('nav[aria-label="目录"] a[href^="#"]:visible');
    expect(await toc.count()).toBeGreaterThanOrEqual(9);
    // (十四) and (一) are short, so the next measure starts high on the screen; (二十七) is the last,
    // which the page cannot scroll up to its line; a part's heading is read before its first measure.
    for (const href of ['#p6', '#m14', '#p9', '#m27', '#p1', '#m1']) {
      await toc
        .and(tab.locator(`[href="${href}"]`))
        .first()
        .click();
      await expect.poll(() => tab.evaluate(() => location.hash), { message: `followed ${href}` }).toBe(href);
      expect(await inView(tab, href), href).toBe(true);
      // Marking it also scrolls the contents; waiting for it keeps the next click off a moving list.
      await expect.poll(async () => (await whereAmI(tab)).current, { message: `marked after ${href}` }).toBe(href);
    }
    expect(problems).toEqual([]);
    await tab.close();
  });

  it("in a law, a chapter's section and article are marked, and named with the chapter around them", async () => {
    const { tab, problems } = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await tab.goto(`${base}/documents/fa-xianfa-nd/#art140`);
    await expect.poll(async () => (await whereAmI(tab)).current).toBe('#art140');
    expect((await whereAmI(tab)).context).toEqual(['第三章　国家机构', '第八节　人民法院和人民检察院', '第一百四十条']);
    // The context line keeps to one line (its outer names give way) and covers no part of the article.
    const [bar, heading] = await Promise.all(
      ['[data-context]', '#art140-h'].map((s) => tab.locator(s).evaluate((el) => el.getBoundingClientRect().toJSON())),
    );
    expect(bar.height).toBeLessThan(40);
    expect(heading.top).toBeGreaterThanOrEqual(bar.bottom);
    await tab.evaluate(() => scrollBy(0, -innerHeight / 2));
    await expect.poll(async () => (await whereAmI(tab)).current).not.toBe('#art140');
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('on a 360 px phone, it opens and lands too', async () => {
    const { tab, problems } = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await tab.goto(`${base}${DOC}`);
    const toc = tab.locator('nav[aria-label="目录"]');
    const link = toc.locator('a[href="#p6"]:visible');
    if ((await link.count()) === 0) await toc.locator('summary:visible').first().click();
    await link.first().click();
    await tab.waitForFunction(() => location.hash === '#p6');
    expect(await inView(tab, '#p6')).toBe(true);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('keyboard only', () => {
  it('Tab shows the skip link, Enter skips to the text, Tab reaches the TOC and Enter follows it', async () => {
    const { tab, problems } = await open();
    await tab.goto(`${base}${DOC}`);
    await tab.keyboard.press('Tab');
    const skip = await tab.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), visible: box.left >= 0 && box.top >= 0 && box.width > 0 };
    });
    expect(skip).toEqual({ href: '#main', visible: true });
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => location.hash === '#main');
    expect(await tab.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    let reached: string | null = null;
    for (let i = 0; i < 40 && !reached; i++) {
      await tab.keyboard.press('Tab');
      reached = await tab.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('nav[aria-label="目录"]') && el.getAttribute('href')?.startsWith('#') ? el.getAttribute('href') : null;
      });
    }
    expect(reached, 'a TOC link takes the focus within 40 Tabs').toMatch(/^#/);
    // Move to a later entry, so following it really moves.
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab');
    const target = await tab.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    expect(target).toMatch(/^#/);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction((h) => location.hash === h, target);
    expect(await inView(tab, target!)).toBe(true);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('a 360 px phone', () => {
  it('never scrolls sideways, on any kind of page', async () => {
    const { tab, problems } = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const overflowing: string[] = [];
    for (const page of kinds) {
      await tab.goto(`${base}${page.url}`, { waitUntil: 'load' });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${page.url}: ${overflow}px too wide`);
    }
    expect(overflowing).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

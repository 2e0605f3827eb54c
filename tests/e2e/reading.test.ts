import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEWEST } from '../../src/lib/view/home.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('reading the opinion', () => {
  it('home links to the newest documents (the catalogue has them all) and the four news items', async () => {
    await page.goto(`${base}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('main [data-home-documents] a[href^="/documents/"]').count()).toBe(NEWEST);
    expect(await page.locator('main a[href^="/news/"]').count()).toBe(4);
  });

  it('the document page has 9 parts, 27 measures and highlights a sentence on arrival', async () => {
    await page.goto(`${base}/documents/2024-chanye-gongren/#m14-s3`);
    expect(await page.locator('article section.part').count()).toBe(9);
    expect(await page.locator('article section.measure').count()).toBe(27);
    const target = page.locator('#m14-s3');
    expect(await target.textContent()).toContain('完善产业工人工资决定');
    const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('a measure page has its breadcrumb, text and previous/next links', async () => {
    await page.goto(`${base}/documents/2024-chanye-gongren/m14/`);
    expect(await page.locator('nav[aria-label="位置"]').textContent()).toContain('六、维护劳动经济权益');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL('**/m15/');
    expect(await page.locator('h2').first().textContent()).toContain('加强产业工人服务保障');
  });

  it('reads on a 360 px phone without horizontal scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/documents/2024-chanye-gongren/', '/documents/2024-chanye-gongren/m14/', '/news/2024-ndrc-q4-economy/']) {
      await phone.goto(`${base}${path}`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});

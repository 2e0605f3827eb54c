import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { citeMeasure, citeNews } from '../../src/lib/cite/cite.ts';
import type { DocumentEntry, NewsEntry } from '../../src/lib/corpus.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const M14 = '/documents/2024-chanye-gongren/m14/';
/** The site the cite panel's citations name: the address the page was loaded from, not the build's SITE_URL. */
const site = new URL(base).origin;
/** The site the build names (SITE_URL, or its placeholder), read from the built citation context. */
const built: string = JSON.parse(readFileSync('dist/data/cite/2024-chanye-gongren.json', 'utf8')).site;
const { corpus } = siteModel(PROJECT_CONTENT);
// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
});
afterAll(async () => browser?.close());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('dialog[open] [data-cite-status]');
/** The reader's today as the browser sees it, the access date every citation must carry. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

describe('citing with the keyboard only', () => {
  it('opens the panel from a sentence mark, copies, announces, switches scope and closes back to the mark', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${M14}`);
    await page.locator('a.sa[href="#m14-s3"]').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open][data-cite-panel]');
    await dialog.waitFor();
    // The mark still moves the address to its sentence, which the page then highlights.
    expect(new URL(page.url()).hash).toBe('#m14-s3');

    // Focus is inside the panel, on the first copy button; Tab reaches the next one.
    await expect.poll(() => focused(page)).toBe('复制永久链接');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('已复制永久链接');
    expect(await clipboard(page)).toBe(`${site}${M14}#m14-s3`);
    expect(built).not.toBe(site);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('复制简短引注');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe('《意见》第（十四）条');
    await expect.poll(() => status(page).textContent()).toBe('已复制简短引注');

    // The quotation form quotes the sentence itself.
    await dialog.locator('[data-copy="quote"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => clipboard(page))
      .toBe('“完善产业工人工资决定、合理增长、支付保障机制，健全按要素分配政策制度。”（《意见》第（十四）条）');

    // Arrow keys in the scope choice switch to the whole measure: the same strings the build makes, dated today.
    await dialog.locator('input[name="cite-scope"]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await dialog.locator('input[name="cite-scope"]:checked').evaluate((r) => r.parentElement?.textContent)).toBe('第（十四）条');
    const expected = citeMeasure(corpus.byId('2024-chanye-gongren') as DocumentEntry, 'm14', { site, accessed: await today(page) });
    await dialog.locator('[data-copy="gbt7714"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(expected.gbt7714);
    await expect.poll(() => status(page).textContent()).toBe('已复制GB/T 7714-2015');
    for (const key of ['permalink', 'full', 'bibtex', 'cslJson'] as const) {
      expect(await dialog.locator(`[data-form="${key}"]`).textContent(), key).toBe(expected[key]);
    }
    expect(await dialog.locator('[data-form="quote"]').count()).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus goes back once the dialog has closed, which on a loaded machine is after it is gone.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#m14-s3');
    await page.close();
  });

  it('cites the measure from its 引用本条 button, and a news item from its page', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${M14}`);
    const button = page.getByRole('button', { name: '引用本条' });
    await button.focus();
    await page.keyboard.press('Space');
    const dialog = page.locator('dialog[open][data-cite-panel]');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('引用 《意见》第（十四）条');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('引用本条');

    await page.goto(`${base}/news/2024-ndrc-q4-economy/`);
    await page.getByRole('button', { name: '引用本文' }).focus();
    await page.keyboard.press('Enter');
    await dialog.locator('[data-copy]').first().waitFor();
    const news = corpus.byId('2024-ndrc-q4-economy') as NewsEntry;
    expect(await dialog.locator('[data-form="full"]').textContent()).toBe(citeNews(news, { site, accessed: await today(page) }).full);
    await page.close();
  });

  it('copies by selecting the text when the Clipboard API refuses', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${M14}`);
    await page.evaluate(async () => {
      await navigator.clipboard.writeText('');
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
    });
    await page.locator('a.sa[href="#m14-s1"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] [data-copy="short"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('已复制简短引注');
    expect(await clipboard(page)).toBe('《意见》第（十四）条');
    expect(await focused(page)).toBe('复制简短引注');
    await page.close();
  });
});

describe('the cite panel', () => {
  it('costs a reading page nothing until a cite control is used, then loads its small code and one context', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/documents/2024-chanye-gongren/`);
    await page.waitForLoadState('networkidle');
    const before = requested.length;
    expect(requested.filter((p) => p.startsWith('/data/') || /\/_astro\/panel\./.test(p))).toEqual([]);
    await page.locator('a.sa[href="#m3-s2"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] [data-copy]').first().waitFor();
    // The panel's chunk (with any chunk it shares with the search code, split out by Vite) and the context.
    const after = requested.slice(before);
    expect(after.filter((p) => p.startsWith('/data/'))).toEqual(['/data/cite/2024-chanye-gongren.json']);
    const code = after.filter((p) => p.endsWith('.js'));
    expect(code.some((p) => /^\/_astro\/panel\.[\w-]+\.js$/.test(p))).toBe(true);
    expect(code.every((p) => p.startsWith('/_astro/'))).toBe(true);
    // The lazily loaded code stays small (gzipped, as served with compression).
    expect(code.reduce((n, p) => n + gzipSync(readFileSync(`dist${p}`)).length, 0)).toBeLessThan(6 * 1024);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violation when open (%s scheme)', async (scheme) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}${M14}`);
    await page.locator('a.sa[href="#m14-s3"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] [data-copy="permalink"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('已复制永久链接');
    await page.evaluate(`${AXE}\n;undefined`);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is the global the evaluated source defines
      const result = await window.axe.run('dialog[open]', { resultTypes: ['violations'] });
      return result.violations.map(
        (v: { id: string; nodes: Array<{ html: string }> }) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`,
      );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('arriving at a permalink', () => {
  /** Whether the element is on screen, below the sticky header. */
  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });

  it('scrolls to the sentence of a copied permalink and highlights it', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/documents/2024-chanye-gongren/`);
    await page.locator('a.sa[href="#m22-s2"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] [data-copy="permalink"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/#m22-s2$/);
    const permalink = new URL(await clipboard(page));

    const reader = await context.newPage();
    await reader.goto(`${base}${permalink.pathname}${permalink.hash}`);
    expect(await reader.evaluate(() => document.querySelector(':target')?.id)).toBe('m22-s2');
    expect(await reader.locator('#m22-s2').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await inView(reader, '#m22-s2')).toBe(true);
    await Promise.all([page.close(), reader.close()]);
  });

  it('still follows a text fragment (#:~:text=), alone or after a sentence id, and highlights the words', async () => {
    const page = await context.newPage();
    const words = '实行年薪制、协议工资制和股权激励';
    await page.goto(`${base}/documents/2024-chanye-gongren/#:~:text=${encodeURIComponent(words)}`);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    expect(await inView(page, '#m14-s4')).toBe(true);
    // The browser marks the words themselves, in the colour of a target sentence (--target, light scheme).
    expect(await page.locator('#m14-s4').evaluate((el) => getComputedStyle(el, '::target-text').backgroundColor)).toBe(
      'rgb(253, 230, 138)',
    );

    // With a sentence id before the directive, the words win when found; the page is scrolled to them.
    await page.goto(`${base}/documents/2024-chanye-gongren/#m22-s2:~:text=${encodeURIComponent('人才培育工程')}`);
    await expect.poll(() => inView(page, '#m22-s2')).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { documentSample } from './support/sample.ts';
import { DOCUMENTS } from '../../src/lib/routes.ts';

const base = inject('baseUrl');
const DOC = '/documents/2024-chanye-gongren/';
const shots = 'test-results/screenshots';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => browser?.close());

async function open(width: number, scheme: 'light' | 'dark', path = DOC): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`${base}${path}`);
  return page;
}

/** Layout faults a reader would see: sideways scrolling, margin notes overlapping each other or the text. */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) faults.push(`horizontal scroll: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const boxes = [...document.querySelectorAll('.annot')].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      if (a.bottom > b.top + 1 && a.right > b.left && b.right > a.left) faults.push(`margin notes ${i - 1} and ${i} overlap`);
    }
    for (const aside of document.querySelectorAll('.annot')) {
      const text = aside.parentElement?.querySelector('.doc-text')?.getBoundingClientRect();
      const r = aside.getBoundingClientRect();
      if (text && r.height > 0 && r.left < text.right - 1 && r.top < text.bottom && r.bottom > text.top && r.left > text.left) {
        faults.push('a margin note covers the text');
      }
    }
    return faults;
  });
}

describe.each([
  [360, 'light'],
  [360, 'dark'],
  [1440, 'light'],
  [1440, 'dark'],
] as const)('the opinion at %i px, %s', (width, scheme) => {
  it('has no layout fault, a table of contents, and is saved as a screenshot', async () => {
    const page = await open(width, scheme);
    expect(await layoutFaults(page)).toEqual([]);
    const toc = page.locator(width >= 1024 ? '[data-toc]' : 'nav.toc details');
    expect(await toc.isVisible()).toBe(true);
    await page.screenshot({ path: `${shots}/opinion-${width}-${scheme}.png` });
    await page.goto(`${base}${DOC}m4/`);
    expect(await layoutFaults(page)).toEqual([]);
    await page.close();
  });
});

/** The document pages checked: those that stand for every kind of document (support/sample.ts), every one under `npm run test:all-pages`. */
async function documentPaths(): Promise<string[]> {
  return documentSample().map((id) => `${DOCUMENTS}${id}/`);
}

/**
 * The largest vertical gap on the page between the text of a measure (or of a part's own text)
 * with a margin beside it and what follows it: a margin taller than its text must not push the
 * next measure down (issue 23, item 3: up to 350 px at 1440 px).
 */
function largestGap(page: Page): Promise<{ gap: number; at: string }> {
  return page.evaluate(() => {
    let largest = { gap: 0, at: '' };
    for (const grid of document.querySelectorAll('.measure-grid')) {
      const host = grid.parentElement?.matches('section.measure') ? grid.parentElement : grid;
      const next = host.nextElementSibling;
      const text = grid.querySelector(':scope > .doc-text');
      if (!next || !text || !(next as HTMLElement).offsetParent) continue;
      const gap = next.getBoundingClientRect().top - text.getBoundingClientRect().bottom;
      if (gap > largest.gap) largest = { gap: Math.round(gap), at: `${host.id || 'text'} → ${next.id || next.tagName}` };
    }
    return largest;
  });
}

describe.each(['light', 'dark'] as const)('the document pages at 1440 px, %s', (scheme) => {
  it('let the text flow: no margin pushes the next measure down (largest gap between measures ≤ 48 px)', async () => {
    const gaps: string[] = [];
    for (const path of await documentPaths()) {
      const page = await open(1440, scheme, path);
      const { gap, at } = await largestGap(page);
      console.log(`${path} ${scheme}: largest gap between measures ${gap} px (${at})`);
      if (gap > 48) gaps.push(`${path}: ${gap} px at ${at}`);
      await page.close();
    }
    expect(gaps).toEqual([]);
  });

  it('a margin cut to its text opens whole with one click on 展开, over the margins below: the text does not move', async () => {
    const page = await open(1440, scheme);
    const margin = page.locator('#m9 .annot');
    await expect.poll(() => margin.getAttribute('data-clipped')).toBe('');
    const next = () => page.locator('#m10').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const [before, height] = [await next(), await page.evaluate(() => document.documentElement.scrollHeight)];
    await margin.locator('summary').click();
    expect(await margin.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    expect(await margin.locator('[aria-label="编者注记"]').isVisible()).toBe(true);
    expect(await next()).toBe(before);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
    await page.close();
  });
});

/** What a document page shows besides its text: its facts, data links, research links and filters. */
const APPARATUS = ['dl', '[data-exports]', '[data-research]', 'form[data-actor-filter]', 'form[data-instrument-filter]'];

describe('on a phone (360 × 740 px)', () => {
  const phone = async (path: string) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${base}${path}`);
    return page;
  };

  it('the text comes first: its first sentence starts on the first screen, with room for two lines', async () => {
    const late: string[] = [];
    for (const path of await documentPaths()) {
      const page = await phone(path);
      const first = await page.evaluate(() => {
        const s = [...document.querySelectorAll('article .s')].find((el) => !el.closest('header, details'))!;
        return { top: Math.round(s.getBoundingClientRect().top + scrollY), line: parseFloat(getComputedStyle(s).lineHeight) };
      });
      console.log(`${path} at 360 px: first sentence at ${first.top} px`);
      if (first.top + 2 * first.line > 740) late.push(`${path}: ${first.top} px`);
      await page.close();
    }
    expect(late).toEqual([]);
  });

  // Every document page of the sample at two widths: on a slow 2-core machine, over a minute.
  it('the apparatus is one tap away, and all of what the desktop shows is in it', async () => {
    for (const path of await documentPaths()) {
      const wide = await open(1440, 'light', path);
      const parts = [];
      for (const sel of APPARATUS) if (await wide.locator(`article ${sel}`).first().isVisible()) parts.push(sel);
      await wide.close();
      expect(parts, path).toContain('dl');
      const page = await phone(path);
      for (const sel of parts) expect(await page.locator(`article ${sel}`).first().isVisible(), `${path} ${sel} folded`).toBe(false);
      await page.locator('details[data-apparatus] > summary').click();
      for (const sel of parts) {
        const el = page.locator(`details[data-apparatus] ${sel}`).first();
        expect(await el.isVisible(), `${path} ${sel} after one tap`).toBe(true);
      }
      await page.close();
    }
  }, 180_000);

  it('a filter set in the address opens the apparatus, so the page says it is filtered', async () => {
    const page = await phone(`${DOC}?actor=acftu`);
    await expect.poll(() => page.locator('[data-af-status]').isVisible()).toBe(true);
    expect(await page.locator('[data-af-status]').textContent()).toContain('显示');
    await page.close();
  });
});

describe('print', () => {
  it('prints like an official document: no navigation, title and page numbers, as a PDF', async () => {
    const page = await open(1440, 'light');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    const pdf = await page.pdf({ path: `${shots}/opinion.pdf`, format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.close();
  });
});

describe('annotations and the editorial apparatus', () => {
  it('hiding annotations keeps the reading position and is remembered', async () => {
    const page = await open(1440, 'light', `${DOC}#m12`);
    const before = await page.locator('#m12').evaluate((el) => el.getBoundingClientRect().top);
    // A real pointer click on the sticky header button (locator.click would scroll the page first).
    const box = (await page.locator('[data-annot-toggle]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await page.locator('html').getAttribute('data-annotations')).toBe('off');
    expect(await page.locator('.annot').first().isVisible()).toBe(false);
    const after = await page.locator('#m12').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(40);
    await page.reload();
    expect(await page.locator('html').getAttribute('data-annotations')).toBe('off');
    await page.locator('[data-annot-toggle]').click();
    expect(await page.locator('html').getAttribute('data-annotations')).toBeNull();
    await page.close();
  });

  it('the notes page lists every repair and note, and each links to its sentence', async () => {
    const page = await open(1440, 'light', '/notes/');
    const entries = page.locator('main li[id]');
    expect(await entries.count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('main li[id^="repair-"]').count()).toBe(4);
    const links = await page.locator('main li[id] a[href*="#"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(links.map((h) => h.split('#')[0]!))) {
      const target = await browser.newPage();
      await target.goto(href);
      for (const frag of links.filter((h) => h.startsWith(href + '#')).map((h) => h.split('#')[1]!)) {
        expect(await target.locator(`[id="${frag}"]`).count(), `${href}#${frag}`).toBe(1);
      }
      await target.close();
    }
    await page.close();
  });

  it('a repaired word links to its explanation', async () => {
    const page = await open(1440, 'light', `${DOC}m4/`);
    const repair = page.locator('#m4-s3 a.rp');
    expect(await repair.textContent()).toBe('法行');
    await repair.click();
    await page.waitForURL('**/notes/#repair-2024-chanye-gongren-r1');
    expect(await page.locator('#repair-2024-chanye-gongren-r1').textContent()).toContain('依法');
    await page.close();
  });

  it('keys j and k move between measures on the document page', async () => {
    const page = await open(1440, 'light', `${DOC}#m2`);
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('m3');
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('m2');
    await page.close();
  });

  it.each([
    [360, 'light'],
    [1440, 'dark'],
  ] as const)('axe finds nothing with annotations shown and hidden (%i px, %s)', async (width, scheme) => {
    for (const path of [DOC, `${DOC}m16/`, '/news/2024-ndrc-q4-economy/']) {
      const page = await open(width, scheme, path);
      expect(describeViolations(`${path} annotations shown`, await runAxe(page))).toEqual([]);
      await page.evaluate(() => {
        document.documentElement.dataset.annotations = 'off';
      });
      expect(describeViolations(`${path} annotations hidden`, await runAxe(page))).toEqual([]);
      await page.close();
    }
  });
});

// Chinese running text has no space between sentences: the `#` permalink mark after each sentence
// must take no room in the line, and showing it must move nothing. Measured on real glyph
// positions (Range.getClientRects of the sentences' own text) in Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const PAGES = ['/documents/2024-chanye-gongren/', '/documents/2024-chanye-gongren/m14/', '/news/2024-ndrc-q4-economy/'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Junction {
  from: string;
  to: string;
  /** From the right edge of the last glyph of one sentence to the left edge of the first glyph of the next, in CSS px. */
  gap: number;
}

/** Every place where one sentence ends and the next begins on the same line. */
function junctions(page: Page): Promise<Junction[]> {
  return page.evaluate(() => {
    const glyph = (text: Text, at: number) => {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return [...range.getClientRects()].find((r) => r.width > 0);
    };
    const texts = (el: Element) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const out: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.length) out.push(n as Text);
      return out;
    };
    const found: Array<{ from: string; to: string; gap: number }> = [];
    for (const s of document.querySelectorAll('.s')) {
      // The next sentence in the same block, with only its link mark (or nothing) in between.
      let next = s.nextElementSibling;
      if (next?.matches('.sa')) next = next.nextElementSibling;
      if (!next?.matches('.s')) continue;
      const last = texts(s).at(-1);
      const first = texts(next)[0];
      if (!last || !first) continue;
      const a = glyph(last, last.data.length - 1);
      const b = glyph(first, 0);
      if (!a || !b) continue;
      const sameLine = Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) < a.height / 2;
      if (sameLine) found.push({ from: s.id, to: next.id, gap: b.left - a.right });
    }
    return found;
  });
}

describe.each([
  [360, 'light', 'shown'],
  [360, 'dark', 'hidden'],
  [1440, 'light', 'hidden'],
  [1440, 'dark', 'shown'],
  [360, 'light', 'hidden'],
  [1440, 'light', 'shown'],
] as const)('at %i px, %s, annotations %s', (width, scheme, annotations) => {
  it.each(PAGES)('no gap between sentences on a line of %s', async (path) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${base}${path}`);
    const toggle = page.locator('[data-annot-toggle]');
    if (annotations === 'hidden' && (await toggle.count())) {
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset.annotations)).toBe('off');
    }
    const found = await junctions(page);
    // The measurement must have something to measure: several sentences share a line on each page.
    expect(found.length).toBeGreaterThanOrEqual(3);
    const wide = found.filter((j) => Math.abs(j.gap) > 1);
    expect(wide, `gaps above 1 px: ${JSON.stringify(wide.slice(0, 5))}`).toEqual([]);
    await page.close();
  });
});

describe('the sentence link mark', () => {
  it.each([360, 1440])('is reached by the keyboard and appears at %i px without moving the text', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}${PAGES[0]}`);
    const before = await junctions(page);
    const mark = page.locator('.sa[href="#preamble-s1"]');
    // From the last control before the text (the actor filter's button; on a phone, the summary the
    // filters are folded under), Tab reaches the mark.
    await page.locator(width < 1024 ? 'details[data-apparatus] > summary' : '[data-af-submit]').focus();
    const hrefs: Array<string | null> = [];
    for (let i = 0; i < 5 && hrefs.at(-1) !== '#preamble-s1'; i++) {
      await page.keyboard.press('Tab');
      hrefs.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
    }
    expect(hrefs.at(-1), `Tab went to ${hrefs.join(', ')}`).toBe('#preamble-s1');
    expect(await mark.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await mark.getAttribute('aria-label')).toBe('第1句的链接');
    // Shown, it is drawn over its own sentence's end, and no glyph has moved.
    expect(await junctions(page)).toEqual(before);
    const box = (await mark.boundingBox())!;
    const end = await page.locator('#preamble-s1').evaluate((el) => {
      const rects = [...el.getClientRects()];
      return rects.at(-1)!.right;
    });
    expect(box.x + box.width).toBeLessThanOrEqual(end + 1);
    await page.close();
  });
});

// Titles and headings break between words, never inside one (issue 23, item 7: 国民经济和社 / 会发展,
// 关于深化产 / 业工人): on every document page of content/ (its title, part and measure headings, and
// contents), a measure's own page and the documents index, on a phone, on a wide screen and in
// print. Each line break the browser made is checked against the words of the project's segmenter.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wordBoundaries } from '../../src/lib/text/words.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { launchBrowser } from './support/browser.ts';
import { breaksInsideWords, laidOut } from './support/line-breaks.ts';
import { documentSample } from './support/sample.ts';

const base = inject('baseUrl');
const model = siteModel(PROJECT_CONTENT);
const words = wordBoundaries(model.actors.registry.flatMap((a) => a.aliases));
// The documents that stand for every kind (support/sample.ts); all of them under `npm run test:all-pages`.
const sample = new Set(documentSample());
const documents = model.corpus.documents.filter((d) => sample.has(d.id)).map((d) => d.url);
const HEADINGS = 'article h1, article h2, article h3, article h4, [data-toc] a';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every break inside a word on the page's headings; `print` lays the page out as printed on A4 (16.6 cm of text). */
async function faults(page: Page, path: string, selector: string): Promise<{ faults: string[]; breaks: number }> {
  await page.goto(`${base}${path}`);
  await page.evaluate(() => document.querySelectorAll('nav.toc details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const headings = await laidOut(page, selector);
  return {
    faults: headings.flatMap((h) => breaksInsideWords(h, words).map((f) => `${path} ${f}`)),
    breaks: headings.reduce((n, h) => n + h.breaks.length, 0),
  };
}

describe.each([
  ['a phone', 360, false],
  ['a wide screen', 1440, false],
  ['print', 627, true],
] as const)('on %s', (_, width, print) => {
  it('no title or heading of a document page breaks inside a word', async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    if (print) await page.emulateMedia({ media: 'print' });
    const found: string[] = [];
    let breaks = 0;
    for (const path of documents) {
      const r = await faults(page, path, HEADINGS);
      found.push(...r.faults);
      breaks += r.breaks;
    }
    // The check has lines to look at: titles and headings do wrap at this width.
    expect(breaks).toBeGreaterThan(0);
    expect(found).toEqual([]);
    await page.close();
  });

  it('nor does a measure page’s heading and title, nor a title in the documents index', async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    if (print) await page.emulateMedia({ media: 'print' });
    const found: string[] = [];
    for (const path of ['/documents/2024-chanye-gongren/m4/', '/documents/2025-shiwuwu-jianyi/m30/']) {
      found.push(...(await faults(page, path, 'article h2, article > nav + p')).faults);
    }
    found.push(...(await faults(page, '/documents/', 'main li > a')).faults);
    expect(found).toEqual([]);
    await page.close();
  });
});

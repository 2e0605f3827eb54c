// Chinese is written without spaces between words: no page (of the sample support/sample.ts draws;
// every page under `npm run test:all-pages`) may show a space between two Chinese
// characters or Chinese punctuation (nor between full-width punctuation and a letter or digit)
// that the text it quotes does not hold. Such a space comes from a template whose text breaks
// across lines (Astro keeps the line break, the browser draws it as a space). Every built page is
// laid out in Chromium, without JavaScript (the HTML as built), and its text read one inline
// formatting context at a time (support/cjk-spaces.ts); a space is allowed only where a source
// text (content/sources/*) holds whitespace between the same characters, or an item's metadata
// does (content/items/*.yaml: the title of a document two bodies issue is written
// 中共中央办公厅 国务院办公厅关于…, as they print it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/site/static-server.ts';
import { parse } from 'yaml';
import { sourceText } from '../../src/lib/content/source-text.ts';
import { sitePages } from '../../src/lib/site/built-pages.ts';
import { launchBrowser } from './support/browser.ts';
import { pageSample } from './support/sample.ts';
import { type CjkSpace, cjkSpacesInPage } from './support/cjk-spaces.ts';

/** The built site checked: dist/, or another build (`CJK_SITE=/tmp/x npx vitest run --project e2e tests/e2e/cjk-spacing.test.ts`). */
const SITE = process.env.CJK_SITE ?? 'dist';
const SOURCES = 'content/sources';
const ITEMS = 'content/items';
const TABS = 4;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startStaticServer(SITE)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The source texts and every string of the items' metadata, each run of whitespace in them one space. */
function sourceTexts(): string[] {
  const strings = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];
  const sources = readdirSync(SOURCES)
    .filter((name) => /\.(txt|html?)$/i.test(name))
    .map((name) => sourceText(readFileSync(join(SOURCES, name)), `${SOURCES}/${name}`).text);
  const metadata = readdirSync(ITEMS)
    .filter((name) => /\.ya?ml$/i.test(name))
    .flatMap((name) => strings(parse(readFileSync(join(ITEMS, name), 'utf8'))));
  // A title printed over two lines is shown as one (国务院办公厅关于印发 / 国 家 粮 食…): the texts
  // with their lines joined hold its spaces as the page shows them.
  const joined = sources.map((t) => t.replace(/\n/gu, ''));
  return [...sources, ...joined, ...metadata].map((t) => t.replace(/\s+/gu, ' '));
}

/** Whether a source text holds whitespace between the same characters. */
function inSources(texts: readonly string[], space: CjkSpace): boolean {
  const held = `${space.left} ${space.right}`;
  return texts.some((t) => t.includes(held));
}

describe('no space between Chinese characters', () => {
  it('on any built page, but where the source text holds one', async () => {
    const pages = pageSample(sitePages(SITE));
    expect(pages.length).toBeGreaterThan(10);
    const texts = sourceTexts();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const found: Array<CjkSpace & { url: string }> = [];
    let allowed = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const tab = await context.newPage();
        for (let i = next++; i < pages.length; i = next++) {
          const url = pages[i]!.url;
          await tab.goto(`${server.url}${url}`, { waitUntil: 'load' });
          for (const space of await tab.evaluate(cjkSpacesInPage)) {
            if (inSources(texts, space)) allowed++;
            else found.push({ ...space, url });
          }
        }
        await tab.close();
      }),
    );
    await context.close();
    // The check sees what it is to allow: the sources' own spaces (中共中央 国务院) appear on pages.
    expect(allowed).toBeGreaterThan(0);
    const byContext = Map.groupBy(found, (f) => `${f.context} (${f.where.replace(/ in #.*/, '')})`);
    const report = [...byContext].map(([what, list]) => {
      const urls = [...new Set(list.map((f) => f.url))];
      return `${what} — ${list.length}× on ${urls.length} page(s): ${urls.slice(0, 3).join(', ')}${urls.length > 3 ? ', …' : ''}`;
    });
    console.log(
      `CJK spaces: ${found.length} not in the sources (${byContext.size} distinct), ${allowed} held by a source, on ${pages.length} pages`,
    );
    expect(report).toEqual([]);
  }, 600_000);
});

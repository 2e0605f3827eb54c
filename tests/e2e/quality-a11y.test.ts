// Accessibility: axe-core on every kind of page (taken from dist/, so new kinds are covered
// without being listed), in the light and the dark scheme: 0 violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAnchors } from '../../src/lib/site/html-scan.ts';
import { readPage, representatives, sitePages } from '../../src/lib/site/built-pages.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { ALL_PAGES } from './support/sample.ts';

const SITE = 'dist';
const base = inject('baseUrl');
// Two pages of each kind in `npm test`; every page under `npm run test:all-pages`.
const pages = ALL_PAGES ? sitePages(SITE) : representatives(sitePages(SITE));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('axe-core finds nothing', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const page of pages) {
      it(`${page.url} (${page.kind}) in the ${scheme} scheme`, async () => {
        const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        const tab = await ctx.newPage();
        await tab.goto(`${base}${page.url}`, { waitUntil: 'load' });
        const violations = await runAxe(tab);
        await ctx.close();
        expect(describeViolations(`${page.url} ${scheme}`, violations)).toEqual([]);
      });
    }
  }
});

describe('the HTML scanner the link and permalink checks rely on', () => {
  it('finds the same ids as Chromium on every kind of page', async () => {
    const tab = await browser.newPage();
    for (const page of pages) {
      const html = readPage(SITE, page);
      const inBrowser = await tab.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        return [...doc.querySelectorAll('[id]')].map((e) => e.id);
      }, html);
      expect(
        pageAnchors(html).ids.map((i) => i.id),
        page.url,
      ).toEqual(inBrowser);
    }
    await tab.close();
  });
});

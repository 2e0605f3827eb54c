// Page weight in Chromium: what a reader's browser fetches to show a page, before any
// interaction, by kind of resource. Sizes are raw and gzipped (as a static host sends them).
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Bytes {
  raw: number;
  gz: number;
}
export interface PageWeight {
  url: string;
  html: Bytes;
  css: Bytes;
  /** Every script the page loaded without being touched: the JS run before interaction. */
  js: Bytes;
  other: Bytes;
  requests: number;
}

const zero = (): Bytes => ({ raw: 0, gz: 0 });
const add = (a: Bytes, body: Buffer) => {
  a.raw += body.length;
  a.gz += gzipSync(body).length;
};

export async function measurePage(browser: Browser, base: string, url: string): Promise<PageWeight> {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const tab = await ctx.newPage();
  const weight: PageWeight = { url, html: zero(), css: zero(), js: zero(), other: zero(), requests: 0 };
  const pending: Array<Promise<void>> = [];
  tab.on('response', (response) => {
    const type = response.request().resourceType();
    weight.requests++;
    pending.push(
      response.body().then(
        (body) =>
          add(type === 'document' ? weight.html : type === 'stylesheet' ? weight.css : type === 'script' ? weight.js : weight.other, body),
        () => {},
      ),
    );
  });
  await tab.goto(`${base}${url}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await ctx.close();
  return weight;
}

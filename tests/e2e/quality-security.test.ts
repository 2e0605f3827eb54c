// Security: every page carries a Content-Security-Policy that lets nothing but the site's own files
// run or load; no page holds inline script, style or event handlers; in Chromium no page asks any
// other host for anything or trips the policy; and content that looks like HTML stays text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scanTags } from '../../src/lib/site/html-scan.ts';
import { readPage, representatives, type SitePage, sitePages } from '../../src/lib/site/built-pages.ts';
import { launchBrowser } from './support/browser.ts';
import { startStaticServer } from '../../scripts/site/static-server.ts';

const SITE = 'dist';
const base = inject('baseUrl');
const pages = sitePages(SITE);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Source expressions a policy may use: our own origin and keywords that admit nothing inline. */
const ALLOWED_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);

function policyOf(html: string): Map<string, string[]> | undefined {
  for (const tag of scanTags(html)) {
    if (tag.name !== 'meta' || tag.attrs.get('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    const directives = (tag.attrs.get('content') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0]);
    return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
  }
  return undefined;
}

/** What the page's markup would run or style inline, one line per finding. */
function inlineCode(page: SitePage, html: string): string[] {
  const found: string[] = [];
  let policySeen = false;
  for (const tag of scanTags(html)) {
    if (tag.end) continue;
    if (tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') policySeen = true;
    if (!policySeen && ['script', 'link', 'style', 'img', 'iframe'].includes(tag.name)) {
      found.push(`${page.file}: <${tag.name}> comes before the CSP meta, which must govern it`);
    }
    if (tag.name === 'style') found.push(`${page.file}: a <style> element`);
    for (const attr of tag.attrs.keys()) {
      if (attr === 'style') found.push(`${page.file}: style="…" on <${tag.name}>`);
      if (/^on[a-z]+$/.test(attr)) found.push(`${page.file}: event handler ${attr}="…" on <${tag.name}>`);
    }
  }
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/.test(attrs!)) {
      if (body!.trim()) found.push(`${page.file}: a <script src> with inline code too`);
      continue;
    }
    // Data blocks (JSON-LD, the 404 page's catalogue) are never run: they must only be JSON.
    if (/type\s*=\s*"?application\/(ld\+)?json/i.test(attrs!)) {
      try {
        JSON.parse(body!);
      } catch {
        found.push(`${page.file}: a JSON data block that is not JSON`);
      }
      continue;
    }
    found.push(`${page.file}: inline <script${attrs}> ${body!.slice(0, 60)}`);
  }
  return found;
}

describe('Content-Security-Policy', () => {
  it('every page declares one that admits only the site itself', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = policyOf(readPage(SITE, page));
      if (!policy) {
        problems.push(`${page.file}: no <meta http-equiv="Content-Security-Policy">`);
        continue;
      }
      for (const required of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
        if (!policy.has(required)) problems.push(`${page.file}: no ${required}`);
      }
      for (const [name, sources] of policy) {
        for (const source of sources) if (!ALLOWED_SOURCES.has(source)) problems.push(`${page.file}: ${name} allows ${source}`);
      }
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${page.file}: object-src is not 'none'`);
    }
    expect(problems).toEqual([]);
  });

  it('no page has inline script, style or event handlers, and the policy comes first', () => {
    expect(pages.flatMap((p) => inlineCode(p, readPage(SITE, p)))).toEqual([]);
  });
});

describe('requests in Chromium', () => {
  for (const page of representatives(pages)) {
    it(`${page.url} asks nothing of any other host and breaks no policy`, async () => {
      const ctx = await browser.newContext();
      const tab = await ctx.newPage();
      const { requests, problems } = await watch(tab);
      await tab.goto(`${base}${page.url}`, { waitUntil: 'networkidle' });
      // Use the page a little: the search box and any toggle load code on first use.
      await tab
        .locator('#site-search')
        .first()
        .focus()
        .catch(() => {});
      for (const toggle of await tab.locator('header button[type=button]:visible').all()) await toggle.click().catch(() => {});
      await tab.waitForLoadState('networkidle');
      await ctx.close();
      const origin = new URL(base).origin;
      expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

async function watch(tab: Page): Promise<{ requests: string[]; problems: string[] }> {
  const requests: string[] = [];
  const problems: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  tab.on('console', (m) => {
    if (/^Failed to load resource/.test(m.text())) return; // reported with its URL by the response handler
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { requests, problems };
}

describe('content that looks like HTML', () => {
  // A site built from the bad-input case whose text holds <script>, <img onerror> and a
  // javascript: link: the words must be shown, and nothing in them may run.
  const CASE = 'tests/fixtures/bad/26-html-and-script-in-text';
  let out = '';
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'html-as-text-'));
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: CASE, ASTRO_OUT_DIR: join(out, 'dist') },
    });
    if (build.status !== 0) throw new Error(`building ${CASE} failed:\n${build.stderr.slice(-3000)}`);
    server = await startStaticServer(join(out, 'dist'));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('is escaped in the built HTML', () => {
    // A heading's <wbr>s (where it may break between words) are no part of the words.
    const html = readFileSync(join(out, 'dist/documents/test-doc/index.html'), 'utf8').replaceAll('<wbr>', '');
    expect(html).toContain('甲&lt;script&gt;window.__pwned=1&lt;/script&gt;乙。');
    expect(html).not.toMatch(/<script>window\.__pwned|<img src=x|href="javascript:/);
  });

  for (const path of ['/documents/test-doc/', '/documents/test-doc/m1/', '/documents/test-doc/m2/']) {
    it(`${path} shows it as text and runs none of it`, async () => {
      const ctx = await browser.newContext();
      const tab = await ctx.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await tab.goto(`${server!.url}${path}`, { waitUntil: 'networkidle' });
      expect(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const text = await tab.locator('main').innerText();
      if (path !== '/documents/test-doc/m2/') {
        expect(text).toContain('甲<script>window.__pwned=1</script>乙。');
        expect(text).toContain('<img src=x onerror="window.__pwned=2">丙。');
      }
      if (path !== '/documents/test-doc/m1/')
        expect(text).toContain('链接<a href="javascript:window.__pwned=3">点此</a>，实体&lt;b&gt;不解码。');
      expect(await tab.locator('main img, main a[href^="javascript:"]').count()).toBe(0);
      await ctx.close();
    });
  }
});

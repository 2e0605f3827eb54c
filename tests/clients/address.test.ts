// A build with SITE_URL names that address, and never the placeholder, in every export: the
// corpus JSON, the REFI-QDA projects, the Akoma Ntoso files, the cite contexts, the CSVs, the feeds,
// the sitemap, robots.txt and the pages' JSON-LD. robots.txt names the sitemap, and every sitemap
// URL of a dated text carries its <lastmod>.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/lib/site/address.ts';
import { SITE, files, read, readBytes } from './support.ts';

const placeholder = new URL(PLACEHOLDER_SITE).host;

describe('the configured address', () => {
  it('is the only one the exports, feeds, sitemap and robots.txt name', () => {
    const texts = [
      ...files('data').filter((f) => !f.endsWith('.qdpx')),
      ...files('feeds'),
      ...files('', '.xml').filter((f) => f.startsWith('sitemap')),
      'robots.txt',
    ];
    expect(texts.length).toBeGreaterThan(10);
    for (const f of texts) {
      const text = read(f);
      expect(text.includes(placeholder), f).toBe(false);
    }
    for (const f of files('data', '.qdpx')) {
      const zip = unzipSync(readBytes(f));
      const qde = strFromU8(zip['project.qde']!);
      expect(qde.includes(placeholder), f).toBe(false);
      expect(qde, f).toContain(`origin="政策文件阅读器 policy-reader (${SITE}/)"`);
      expect(qde, f).toContain(`<TextValue>${SITE}/`);
    }
    for (const f of [...files('data', '.akn.xml')]) expect(read(f)).toContain(`href="${SITE}/"`);
    expect(read('data/corpus.json')).toContain(`"site": "${SITE}/"`);
  });

  it('is in every page’s JSON-LD and canonical link', () => {
    for (const f of files('', 'index.html').filter((p) => !p.startsWith('pagefind'))) {
      const html = read(f);
      expect(html.includes(placeholder), f).toBe(false);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt allows crawling and names the sitemap index at the configured address', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });

  it('gives every URL of the sitemap a lastmod, the day of the texts it shows', () => {
    const urls = files('', '.xml')
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) => [...read(f).matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!));
    expect(urls.length).toBeGreaterThan(100);
    const corpus = JSON.parse(read('data/corpus.json'));
    const undated = new Set(
      [...corpus.documents, ...corpus.news]
        .filter((i: { published?: string; date?: string }) => !i.published && !i.date)
        .map((i: { id: string }) => i.id),
    );
    for (const u of urls) {
      const loc = u.match(/<loc>([^<]+)<\/loc>/)![1]!;
      expect(loc.startsWith(`${SITE}/`), loc).toBe(true);
      const lastmod = u.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1];
      const ofUndated = new URL(loc).pathname.split('/').some((s) => undated.has(s));
      if (!ofUndated) expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });
});

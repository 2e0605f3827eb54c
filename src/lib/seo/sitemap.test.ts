import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';
import { sitemapLastmod } from './sitemap.ts';

describe('sitemapLastmod', () => {
  const lastmod = sitemapLastmod({
    documents: [{ id: 'a', date: '2024-10-12', published: '2024-10-21' }, { id: 'b', date: '2022-10-07' }, { id: 'undated' }],
    news: [{ id: 'n', published: '2025-01-02' }],
  });

  it('dates a page of a text by the text, a page of two by the later, any other page by the corpus', () => {
    expect(lastmod('https://x.org/documents/a/')).toBe('2024-10-21');
    expect(lastmod('https://x.org/documents/a/m14/')).toBe('2024-10-21');
    expect(lastmod('https://x.org/instruments/b/')).toBe('2022-10-07');
    expect(lastmod('https://x.org/compare/b/a/')).toBe('2024-10-21');
    expect(lastmod('https://x.org/news/n/')).toBe('2025-01-02');
    expect(lastmod('https://x.org/')).toBe('2025-01-02');
    expect(lastmod('https://x.org/terms/gonghui/')).toBe('2025-01-02');
  });

  it('gives no day for a page of an undated text alone', () => {
    expect(lastmod('https://x.org/documents/undated/')).toBeUndefined();
  });
});

describe('robotsTxt', () => {
  it('allows every page and names the sitemap at the configured address', () => {
    expect(robotsTxt('https://policy.example.net/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://policy.example.net/sitemap-index.xml\n',
    );
  });
});

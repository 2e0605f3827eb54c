import { describe, expect, it } from 'vitest';
import { DATA_LICENSE, datasetJsonLd, definedTermJsonLd, definedTermSetJsonLd, webPageJsonLd, websiteJsonLd } from './pages.ts';

const s = { site: 'https://example.org/', name: '政策文件阅读器', description: '注释阅读器' };

describe('page JSON-LD', () => {
  it('describes the site with a search action on /search/', () => {
    expect(websiteJsonLd(s)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': 'https://example.org/#website',
      name: '政策文件阅读器',
      url: 'https://example.org/',
      description: '注释阅读器',
      inLanguage: 'zh-CN',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/search/?q={query}' },
        'query-input': 'required name=query',
      },
    });
  });

  it('makes any other page part of the site, a listing page a CollectionPage', () => {
    const page = webPageJsonLd(s, { path: '/figures/', name: '数字', type: 'CollectionPage' });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      '@id': 'https://example.org/figures/',
      isPartOf: { '@id': 'https://example.org/#website' },
    });
    expect(webPageJsonLd(s, { path: '/notes/', name: '注记', description: 'x' })).toMatchObject({ '@type': 'WebPage', description: 'x' });
    expect(webPageJsonLd(s, { path: '/notes/', name: '注记' })).not.toHaveProperty('description');
  });

  it('describes a term as a DefinedTerm of the glossary set', () => {
    const t = {
      id: 'daguo-gongjiang',
      term: '大国工匠',
      english: 'Great Craftsmen of the Nation',
      definition: '称誉。',
      url: '/terms/daguo-gongjiang/',
    };
    expect(definedTermJsonLd(s.site, t)).toMatchObject({
      '@type': 'DefinedTerm',
      url: 'https://example.org/terms/daguo-gongjiang/',
      name: '大国工匠',
      alternateName: 'Great Craftsmen of the Nation',
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'https://example.org/terms/' },
    });
    expect(definedTermSetJsonLd(s.site, [t]).hasDefinedTerm).toEqual([
      { '@type': 'DefinedTerm', '@id': 'https://example.org/terms/daguo-gongjiang/', name: '大国工匠', termCode: 'daguo-gongjiang' },
    ]);
  });

  it('lists each data file as a download of the dataset', () => {
    const d = datasetJsonLd(s, {
      path: '/data/',
      name: '语料',
      description: 'd',
      dateModified: '2024-10-22',
      files: [{ path: '/data/corpus.json', name: '全库', format: 'application/json' }],
    });
    expect(d.distribution).toEqual([
      { '@type': 'DataDownload', name: '全库', encodingFormat: 'application/json', contentUrl: 'https://example.org/data/corpus.json' },
    ]);
    // Who made it and under what terms, as dataset search engines ask.
    expect(d.creator).toEqual({ '@type': 'Organization', name: '政策文件阅读器', url: 'https://example.org/' });
    expect(d.license).toEqual(DATA_LICENSE);
    expect(JSON.stringify(d.license)).toContain('著作权法》第五条');
  });
});

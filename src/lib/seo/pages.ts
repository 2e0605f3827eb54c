import type { JsonLd } from './jsonld.ts';
import { absoluteUrl } from '../routes.ts';

const CONTEXT = 'https://schema.org';

export const SITE_NAME = '政策文件阅读器';

export interface SiteInfo {
  /** The site's absolute base URL. */
  site: string;
  name: string;
  description: string;
}

const websiteRef = (s: Pick<SiteInfo, 'site' | 'name'>): JsonLd => ({
  '@type': 'WebSite',
  '@id': absoluteUrl(s.site, '/#website'),
  name: s.name,
  url: absoluteUrl(s.site, '/'),
});

/** The home page: the site, and how to search it. */
export function websiteJsonLd(s: SiteInfo): JsonLd {
  return {
    '@context': CONTEXT,
    ...websiteRef(s),
    description: s.description,
    inLanguage: 'zh-CN',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(s.site, '/search/')}?q={query}` },
      'query-input': 'required name=query',
    },
  };
}

export interface PageInfo {
  path: string;
  name: string;
  description?: string | undefined;
  /** CollectionPage for a page that lists things (terms, figures, files); WebPage otherwise. */
  type?: 'WebPage' | 'CollectionPage';
}

/** Any other page: what it is and that it belongs to the site. */
export function webPageJsonLd(s: Pick<SiteInfo, 'site' | 'name'>, page: PageInfo): JsonLd {
  const url = absoluteUrl(s.site, page.path);
  return {
    '@context': CONTEXT,
    '@type': page.type ?? 'WebPage',
    '@id': url,
    url,
    name: page.name,
    ...(page.description ? { description: page.description } : {}),
    inLanguage: 'zh-CN',
    isPartOf: websiteRef(s),
  };
}

export interface TermInfo {
  id: string;
  term: string;
  english: string;
  definition: string;
  url: string;
}

const termSetRef = (site: string): JsonLd => ({ '@type': 'DefinedTermSet', '@id': absoluteUrl(site, '/terms/'), name: '术语' });

/** A glossary term's page. */
export function definedTermJsonLd(site: string, t: TermInfo): JsonLd {
  const url = absoluteUrl(site, t.url);
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    '@id': url,
    url,
    name: t.term,
    alternateName: t.english,
    termCode: t.id,
    description: t.definition,
    inLanguage: 'zh-CN',
    inDefinedTermSet: termSetRef(site),
  };
}

/** The glossary index. */
export function definedTermSetJsonLd(site: string, terms: readonly TermInfo[]): JsonLd {
  return {
    '@context': CONTEXT,
    ...termSetRef(site),
    url: absoluteUrl(site, '/terms/'),
    inLanguage: 'zh-CN',
    hasDefinedTerm: terms.map((t) => ({ '@type': 'DefinedTerm', '@id': absoluteUrl(site, t.url), name: t.term, termCode: t.id })),
  };
}

export interface DatasetInfo {
  path: string;
  name: string;
  description: string;
  /** Latest publication date of the texts, YYYY-MM-DD. */
  dateModified: string;
  files: ReadonlyArray<{ path: string; name: string; format: string }>;
}

/**
 * What may be done with the data, as the Dataset says it: the texts are official documents of state
 * organs, to which the Copyright Law of the PRC does not apply (Article 5), and they are given as
 * printed. The site's own additions (ids, tags, codes, notes) carry no licence of their own yet:
 * the project's owners choose one here, and every Dataset names it.
 */
export const DATA_LICENSE: JsonLd = {
  '@type': 'CreativeWork',
  name: '文件原文为国家机关的官方文件，依《中华人民共和国著作权法》第五条不适用该法；照底本逐字提供',
};

/** The /data/ page: the corpus as a dataset with one download per file. */
export function datasetJsonLd(s: Pick<SiteInfo, 'site' | 'name'>, d: DatasetInfo): JsonLd {
  const url = absoluteUrl(s.site, d.path);
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': url,
    url,
    name: d.name,
    description: d.description,
    inLanguage: 'zh-CN',
    dateModified: d.dateModified,
    isAccessibleForFree: true,
    license: DATA_LICENSE,
    creator: { '@type': 'Organization', name: s.name, url: absoluteUrl(s.site, '/') },
    isPartOf: websiteRef(s),
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      encodingFormat: f.format,
      contentUrl: absoluteUrl(s.site, f.path),
    })),
  };
}

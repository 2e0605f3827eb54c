import { measureNumber } from '../cite/locators.ts';

import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { absoluteUrl, measureUrl } from '../routes.ts';

/** A JSON-LD object: plain JSON, so it serializes as it is. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const CONTEXT = 'https://schema.org';
const organization = (name: string): JsonLd => ({ '@type': 'Organization', name });

/** schema.org Legislation for a whole opinion. */
export function legislationJsonLd(doc: DocumentEntry, site: string): JsonLd {
  const { meta } = doc;
  const url = absoluteUrl(site, doc.url);
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: meta.title,
    legislationType: '意见',
    ...(meta.docNumber ? { legislationIdentifier: meta.docNumber } : {}),
    ...(meta.date ? { legislationDate: meta.date } : {}),
    legislationPassedBy: meta.issuers.map(organization),
    legislationJurisdiction: 'CN',
    inLanguage: 'zh-CN',
    datePublished: meta.published,
    publisher: organization(meta.publisher),
    ...(meta.summary ? { description: meta.summary } : {}),
    // Measures point up with isPartOf; listing them all here too would weigh on every document page.
  };
}

/** schema.org Legislation for one measure, part of its opinion. */
export function measureJsonLd(doc: DocumentEntry, measureId: string, site: string): JsonLd {
  const measure = doc.measures.find((m) => m.id === measureId);
  if (!measure) throw new Error(`no measure ${measureId} in ${doc.id}`);
  const { meta } = doc;
  const url = absoluteUrl(site, measureUrl(doc.id, measure.id));
  const identifier = `第${measureNumber(measure)}条`;
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: measure.lead ? `${identifier} ${measure.lead}` : identifier,
    legislationIdentifier: identifier,
    legislationType: '意见',
    ...(meta.date ? { legislationDate: meta.date } : {}),
    legislationPassedBy: meta.issuers.map(organization),
    inLanguage: 'zh-CN',
    datePublished: meta.published,
    publisher: organization(meta.publisher),
    isPartOf: { '@type': 'Legislation', '@id': absoluteUrl(site, doc.url), name: meta.title, url: absoluteUrl(site, doc.url) },
  };
}

/** schema.org NewsArticle for a news item or photo caption. */
export function newsArticleJsonLd(news: NewsEntry, site: string): JsonLd {
  const { meta } = news;
  const url = absoluteUrl(site, news.url);
  const dateline = news.outline.furniture.find((f) => f.role === 'dateline')?.text.replace(/^[(（]|[)）]$/g, '') ?? meta.place;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: meta.title,
    ...(meta.kind === 'photo' ? { genre: '图片新闻' } : {}),
    datePublished: meta.published,
    inLanguage: 'zh-CN',
    author: organization(meta.publisher),
    publisher: organization(meta.publisher),
    ...(dateline ? { dateline } : {}),
    ...(meta.credit ? { creditText: meta.credit } : {}),
    ...(meta.summary ? { description: meta.summary } : {}),
  };
}

/** schema.org BreadcrumbList from the home page down to the current page. */
export function breadcrumbJsonLd(trail: ReadonlyArray<{ name: string; path: string }>, site: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: absoluteUrl(site, t.path) })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: `<` is escaped so no string in the
 * data can close the script (</script>) or open a comment; U+2028/2029 for old parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

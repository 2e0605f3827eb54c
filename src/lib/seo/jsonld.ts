import { clause, placeOfMeasure } from '../cite/locators.ts';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { absoluteUrl, documentUrl, measureUrl } from '../routes.ts';
import { isLegislativeKind, KIND_NAMES } from '../schema/kind-names.ts';

/** A JSON-LD object: plain JSON, so it serializes as it is. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const CONTEXT = 'https://schema.org';
const organization = (name: string): JsonLd => ({ '@type': 'Organization', name });
const person = (name: string): JsonLd => ({ '@type': 'Person', name });

/**
 * What a document is for schema.org: Legislation of its kind (意见, 建议, 规划, 条例), or, for an
 * explanation 说明, a CreativeWork by its speaker about the document it explains.
 */
function documentType(doc: DocumentEntry, site: string): JsonLd {
  const { meta } = doc;
  if (isLegislativeKind(meta.kind))
    return {
      '@type': 'Legislation',
      legislationType: KIND_NAMES[meta.kind],
      ...(meta.date ? { legislationDate: meta.date } : {}),
      legislationPassedBy: meta.issuers.map(organization),
    };
  return {
    '@type': 'CreativeWork',
    genre: KIND_NAMES[meta.kind],
    author: meta.issuers.map(person),
    ...(meta.date ? { dateCreated: meta.date } : {}),
    ...(meta.explains ? { about: { '@id': absoluteUrl(site, documentUrl(meta.explains)) } } : {}),
  };
}

/** schema.org for a whole document: Legislation, or a CreativeWork for an explanation. */
export function documentJsonLd(doc: DocumentEntry, site: string): JsonLd {
  const { meta } = doc;
  const url = absoluteUrl(site, doc.url);
  return {
    '@context': CONTEXT,
    ...documentType(doc, site),
    '@id': url,
    url,
    name: meta.title,
    ...(meta.docNumber ? { legislationIdentifier: meta.docNumber } : {}),
    ...(isLegislativeKind(meta.kind) ? { legislationJurisdiction: 'CN' } : {}),
    inLanguage: 'zh-CN',
    ...(meta.published ? { datePublished: meta.published } : {}),
    ...(meta.publisher ? { publisher: organization(meta.publisher) } : {}),
    ...(meta.summary ? { description: meta.summary } : {}),
    // Measures point up with isPartOf; listing them all here too would weigh on every document page.
  };
}

/** schema.org for one measure, article or point, part of its document, named as it is cited (第（十四）条, 第五条). */
export function measureJsonLd(doc: DocumentEntry, measureId: string, site: string): JsonLd {
  const place = placeOfMeasure(doc, measureId);
  const lead = doc.measures.find((m) => m.id === measureId)?.lead;
  const { meta } = doc;
  const url = absoluteUrl(site, measureUrl(doc.id, measureId));
  const identifier = clause(place);
  const type = documentType(doc, site);
  return {
    '@context': CONTEXT,
    ...type,
    '@id': url,
    url,
    name: lead ? `${identifier} ${lead}` : identifier,
    ...(type['@type'] === 'Legislation' ? { legislationIdentifier: identifier } : { position: identifier }),
    inLanguage: 'zh-CN',
    ...(meta.published ? { datePublished: meta.published } : {}),
    ...(meta.publisher ? { publisher: organization(meta.publisher) } : {}),
    isPartOf: { '@type': type['@type']!, '@id': absoluteUrl(site, doc.url), name: meta.title, url: absoluteUrl(site, doc.url) },
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
    ...(meta.publisher ? { author: organization(meta.publisher), publisher: organization(meta.publisher) } : {}),
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

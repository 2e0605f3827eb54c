import { clause, issuedTitle, placeOfMeasure } from '../cite/locators.ts';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { absoluteUrl, documentUrl, measureUrl } from '../routes.ts';
import { isLegislativeKind, KIND_NAMES, KINDS } from '../schema/kind-names.ts';

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
      // The day it was adopted or signed, when the text or its item says so (a repost that only
      // says 近日印发 gives none, and none is made up); the version shown is the copy's.
      ...(meta.date ? { legislationDate: meta.date } : {}),
      ...(meta.published ? { legislationDateVersion: meta.published } : {}),
      legislationPassedBy: meta.issuers.map(organization),
      legislationJurisdiction: 'CN',
    };
  return {
    '@type': 'CreativeWork',
    genre: KIND_NAMES[meta.kind],
    // A speaker (说明人, 讲话人) is a person; a reply, report or letter is by a body.
    author: meta.issuers.map(KINDS[meta.kind].author === 'person' ? person : organization),
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
  // Unique across the corpus: the document (its 文号, else its title in 《》), the document it
  // issues when the clause is in one (a notice may issue two, each with its 第（一）条), and the
  // clause: 中办发〔2022〕58号第（一）条, 国办发〔2018〕124号《进一步支持文化企业发展的规定》第（一）条.
  const qualified = `${meta.docNumber ?? `《${meta.title}》`}${issuedTitle(place) ?? ''}${identifier}`;
  const type = documentType(doc, site);
  return {
    '@context': CONTEXT,
    ...type,
    '@id': url,
    url,
    name: lead ? `${identifier} ${lead}` : identifier,
    ...(type['@type'] === 'Legislation' ? { legislationIdentifier: qualified } : { identifier: qualified, position: identifier }),
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

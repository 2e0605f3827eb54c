// The documents catalogue (/documents/ and its filtered pages /documents/by/<facet>/<value>/): one
// compact row per document, grouped by year, newest first, and the facets with their counts. Every
// facet value gets a number; a row lists the numbers of its values (data-f), which is all the
// catalogue's script (src/scripts/catalogue.ts) needs to filter and count in the browser.
import { type DocumentEntry, documentChars } from '../corpus.ts';
import { issuerId } from '../feeds/issuers.ts';
import { documentsFilterUrl } from '../routes.ts';
import { UNDATED, itemDate } from '../schema/item-date.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { UNDATED_GROUP, datedRow, groupByYear } from './by-year.ts';
import { FACETS, FACET_NAMES, type Facet, type FilterValue } from './document-filters.ts';

export interface CatalogueRow {
  id: string;
  url: string;
  /** The title cut between its words (ItemView.titleParts), joined with <wbr>. */
  titleParts: readonly string[];
  docNumber?: string | undefined;
  /** Each issuer with its page, /documents/by/issuer/<id>/: what it issued. */
  issuers: Array<{ name: string; url: string }>;
  /** The date the list is sorted by (itemDate), ISO, or 未注明日期. */
  date: string;
  kind: string;
  /** Characters of its text, whitespace left out. */
  chars: number;
  /** 主题分类 as the issuer's catalogue prints it (科技、教育\教育). */
  topic?: string | undefined;
  /** The numbers (CatalogueValue.n) of its facet values. */
  values: number[];
}

export interface CatalogueValue {
  /** Its number: the rows that have it list it in data-f. */
  n: number;
  value: string;
  label: string;
  /** Documents of the whole collection with this value. */
  count: number;
  url?: string | undefined;
  /** This value is the page's own filter. */
  current: boolean;
}

export interface CatalogueFacet {
  facet: Facet;
  name: string;
  values: CatalogueValue[];
}

export interface CatalogueGroup {
  /** 2019, or '' for the undated. */
  year: string;
  label: string;
  rows: CatalogueRow[];
}

export interface Catalogue {
  /** How many documents the page lists. */
  total: number;
  facets: CatalogueFacet[];
  groups: CatalogueGroup[];
}

/**
 * The catalogue of `documents` (all of them on /documents/, one filter's on its page), with the
 * facets of the whole collection (`filters`, from documentFilters): a filter's page shows every
 * value to move to, with the collection's counts.
 */
export function catalogue(
  documents: readonly DocumentEntry[],
  filters: readonly FilterValue[],
  titleParts: (d: DocumentEntry) => readonly string[] = (d) => [d.meta.title],
  current?: FilterValue,
): Catalogue {
  const valuesOf = new Map<string, number[]>();
  filters.forEach((f, n) => {
    for (const d of f.documents) valuesOf.set(d.id, [...(valuesOf.get(d.id) ?? []), n]);
  });
  const facets = FACETS.map((facet) => ({
    facet,
    name: FACET_NAMES[facet],
    values: filters.flatMap((f, n) =>
      f.facet === facet ? [{ n, value: f.value, label: f.label, count: f.documents.length, url: f.url, current: f === current }] : [],
    ),
  }));
  const row = (d: DocumentEntry): CatalogueRow => ({
    id: d.id,
    url: d.url,
    titleParts: titleParts(d),
    docNumber: d.meta.docNumber,
    issuers: d.meta.issuers.map((name) => ({ name, url: documentsFilterUrl('issuer', issuerId(name)) })),
    date: itemDate(d.meta) ?? UNDATED,
    kind: KIND_NAMES[d.meta.kind],
    chars: documentChars(d),
    topic: d.meta.topic,
    values: valuesOf.get(d.id) ?? [],
  });
  // The undated group's year is '' here: the catalogue's script keeps it last whichever way it sorts.
  const groups: CatalogueGroup[] = groupByYear(documents.map((d) => ({ ...datedRow(d), d }))).map((g) => ({
    year: g.year === UNDATED_GROUP ? '' : g.year,
    label: g.label,
    rows: g.rows.map(({ d }) => row(d)),
  }));
  return { total: documents.length, facets, groups };
}

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
import { type Paging, groupedPageOf } from './paging.ts';

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
  /** The year's documents in the whole list: more than `rows` when a page boundary cuts the year. */
  count: number;
  /** The year began on an earlier page (its heading says 续). */
  continued: boolean;
}

export interface Catalogue {
  /** How many documents the list holds in all (the whole collection's, or one filter's), on every page of it. */
  total: number;
  /** Which page of the list this is: the rows of CATALOGUE_PAGE_SIZE documents at most (groups hold only this page's rows). */
  paging: Paging;
  facets: CatalogueFacet[];
  groups: CatalogueGroup[];
}

/**
 * How many documents one page of the catalogue lists. A row is about 130 bytes of HTML gzipped
 * with real titles (14.6 KB for today's 113 documents), so the whole collection on one page would
 * grow past 100 KB at about 700 documents; 200 rows keep a page near 30 KB with its facets. The
 * first page is /documents/ (or the filter's own page), then /documents/page/2/ and on
 * (/documents/by/<facet>/<value>/2/). Today's 113 documents fit on the first page, where the
 * catalogue's script filters and sorts them all in place; a list of more pages is read page by
 * page, its facets links to their own pages (the script would filter one page's rows only).
 */
export const CATALOGUE_PAGE_SIZE = 200;

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
  page: { n: number; urlOf: (n: number) => string } = { n: 1, urlOf: () => '' },
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
  // Only this page's rows are made: a document cut from its year's other documents by a page
  // boundary is in that year's group on both pages.
  const years = groupByYear(documents.map((d) => ({ ...datedRow(d), d })));
  const { groups: slice, paging } = groupedPageOf(years, (g) => g.rows, CATALOGUE_PAGE_SIZE, page.n, page.urlOf);
  const groups: CatalogueGroup[] = slice.map(({ group: g, entries, continued }) => ({
    year: g.year === UNDATED_GROUP ? '' : g.year,
    label: g.label,
    rows: entries.map(({ d }) => row(d)),
    count: g.rows.length,
    continued,
  }));
  return { total: documents.length, paging, facets, groups };
}

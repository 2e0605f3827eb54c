// The filters of the documents index: by kind, by issuer, by year. Each value has its own
// server-rendered page (/documents/by/kind/regulation/…), so filtering needs no JavaScript; the
// values are read off the corpus, so a new document's kind, issuer or year appears by itself.
import type { DocumentEntry } from '../corpus.ts';
import { itemDate } from '../schema/item-date.ts';
import { issuerId } from '../feeds/issuers.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { documentsFilterUrl } from '../routes.ts';

export type Facet = 'kind' | 'issuer' | 'year';

export interface FilterValue {
  facet: Facet;
  /** The ASCII value in the URL: regulation, zhonggongzhongyang, 2025. */
  value: string;
  /** How it reads: 条例, 中共中央, 2025年. */
  label: string;
  url: string;
  documents: DocumentEntry[];
}

export const FACET_NAMES: Record<Facet, string> = { kind: '类型', issuer: '发文机关', year: '年份' };

/** The year a document is listed under: of its own date, else of its publication; '' for an undated text. */
const yearOf = (d: DocumentEntry) => itemDate(d.meta)?.slice(0, 4) ?? '';

/** Every value of every facet, with its documents in corpus order; values in a stable order. */
export function documentFilters(documents: readonly DocumentEntry[]): FilterValue[] {
  const out: FilterValue[] = [];
  const add = (facet: Facet, value: string, label: string, doc: DocumentEntry) => {
    let entry = out.find((f) => f.facet === facet && f.value === value);
    if (!entry) out.push((entry = { facet, value, label, url: documentsFilterUrl(facet, value), documents: [] }));
    entry.documents.push(doc);
  };
  for (const d of documents) {
    add('kind', d.meta.kind, KIND_NAMES[d.meta.kind], d);
    for (const issuer of d.meta.issuers) add('issuer', issuerId(issuer), issuer, d);
    // An undated text is in no year: the year filter lists what it can place.
    if (yearOf(d)) add('year', yearOf(d), `${yearOf(d)}年`, d);
  }
  const order: Facet[] = ['kind', 'issuer', 'year'];
  return out.sort((a, b) => order.indexOf(a.facet) - order.indexOf(b.facet) || (a.facet === 'year' ? b.value.localeCompare(a.value) : 0));
}

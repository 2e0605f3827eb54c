// The markup of the catalogue's rows, written here rather than in the component because it is
// what grows with the collection: at 2,000 documents every byte of a row is 2 KB of the page, and
// a unit test (catalogue-rows.test.ts) measures it on 2,000 synthetic rows. The component renders
// the rest (facets, headings) and sets these rows with set:html.
//
// A row: <li data-f="0 17 40"><a href="/documents/x/">关于<wbr>…</a><p>国办发〔2019〕12号 · <a
// href="/documents/by/issuer/guowuyuan/">国务院</a> · 2019-05-07 · 通知 · 3456字</p></li>.
// The title link is the <li>'s only direct link (the browser tests find documents by `li > a`).
import { escapeMarkup as esc } from '../escape.ts';
import type { CatalogueRow } from './catalogue.ts';

/** What stands between the facts of a row's second line. */
export const FACT_SEPARATOR = ' · ';

export function catalogueRowHtml(row: CatalogueRow): string {
  const title = row.titleParts.map(esc).join('<wbr>');
  const issuers = row.issuers.map((i) => `<a href="${esc(i.url)}">${esc(i.name)}</a>`).join('、');
  // The date as written (2019-05-07, or 未注明日期): no <time> around it, 13 bytes a row.
  const facts = [row.docNumber && esc(row.docNumber), issuers, esc(row.date), esc(row.kind), `${row.chars}字`, row.topic && esc(row.topic)];
  return `<li data-f="${row.values.join(' ')}"><a href="${esc(row.url)}">${title}</a><p>${facts.filter(Boolean).join(FACT_SEPARATOR)}</p></li>`;
}

export const catalogueRowsHtml = (rows: readonly CatalogueRow[]) => rows.map(catalogueRowHtml).join('');

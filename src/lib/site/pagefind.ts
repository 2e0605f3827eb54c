// Indexes the built site with Pagefind (run by the integration in astro:build:done): every page
// carrying data-pagefind-body (measure and news pages), plus one custom record per stretch of
// document text outside the measures (preamble, part headings, the unnumbered 总体要求), which has
// no page of its own. The records come from the site model, written by the build at
// PAGEFIND_RECORDS (src/pages/search/records.json.ts) and removed once indexed.
import * as pagefind from 'pagefind';
import type { SearchUnit } from '../search/unit.ts';
import { unitMeta } from '../search/unit.ts';
import { type RechunkReport, rechunkPagefindIndex } from './pagefind-chunks.ts';
import { type SlimReport, slimFragments } from './pagefind-fragments.ts';

/** Where the build writes the custom records, relative to the output directory. */
export const PAGEFIND_RECORDS = 'search/records.json';

/** A custom record as Pagefind takes it. */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The custom records of the document text that has no page of its own. */
export function looseRecords(units: readonly SearchUnit[]): PagefindRecord[] {
  return units.map((unit) => ({
    url: `${unit.page}#${unit.unit}`,
    content: unit.clauses.map(([, text]) => text).join('\n'),
    language: 'zh-cn',
    meta: unitMeta(unit),
    filters: unit.filters,
  }));
}

/** Any error throws, naming what Pagefind was doing (and the record's URL, for a record). */
export async function indexSite(
  siteDir: string,
  records: readonly PagefindRecord[],
  /** False for an index of records alone, with no pages (the bench's search-only sites). */
  pages = true,
): Promise<{ pages: number; records: number; chunks: RechunkReport[]; fragments: SlimReport }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length) throw new Error(`creating the index: ${errors.join('\n') || 'no index was returned'}`);
  try {
    const added = pages ? await index.addDirectory({ path: siteDir }) : { errors: [], page_count: 0 };
    if (added.errors.length) throw new Error(`adding the pages of ${siteDir}: ${added.errors.join('\n')}`);
    if (pages && added.page_count === 0) throw new Error('no page was indexed (no data-pagefind-body found?)');
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length) throw new Error(`adding the record of ${record.url}: ${result.errors.join('\n')}`);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`writing the index: ${written.errors.join('\n')}`);
    const chunks = rechunkPagefindIndex(`${siteDir}/pagefind`);
    const fragments = slimFragments(`${siteDir}/pagefind`);
    return { pages: added.page_count, records: records.length, chunks, fragments };
  } finally {
    await pagefind.close();
  }
}

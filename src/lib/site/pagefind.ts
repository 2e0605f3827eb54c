import * as pagefind from 'pagefind';
import { getActors } from '../src/lib/actors/index.ts';
import { getCorpus } from '../src/lib/corpus.ts';
import { actorLookup } from '../src/lib/search/actor-lookup.ts';
import { looseUnits } from '../src/lib/search/indexed-units.ts';
import { unitMeta } from '../src/lib/search/unit.ts';

/**
 * Indexes the built site with Pagefind: every page carrying data-pagefind-body (measure and news
 * pages), plus one custom record per stretch of document text outside the measures (preamble,
 * part headings, the unnumbered 总体要求), which has no page of its own. Any error throws.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length) throw new Error(errors.join('\n') || 'could not create the index');
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    if (added.page_count === 0) throw new Error('no page was indexed (no data-pagefind-body found?)');
    let records = 0;
    const actors = actorLookup(getActors());
    for (const doc of getCorpus().documents) {
      for (const unit of looseUnits(doc, actors)) {
        const record = await index.addCustomRecord({
          url: `${unit.page}#${unit.unit}`,
          content: unit.clauses.map(([, text]) => text).join('\n'),
          language: 'zh-cn',
          meta: unitMeta(unit),
          filters: unit.filters,
        });
        if (record.errors.length) throw new Error(record.errors.join('\n'));
        records++;
      }
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    return { pages: added.page_count, records };
  } finally {
    await pagefind.close();
  }
}

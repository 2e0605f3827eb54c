// A site of the search alone, for corpora too large to build every page of in a bench run: the
// site model of a content directory (every content check runs), each unit of the corpus as the
// Pagefind record its page or custom record would give (the same text, metadata and filters),
// the query data, the citation index, and Pagefind's bundle re-cut and slimmed as a build does.
// No Astro pages, so no HTML: what it measures is the search's cost, which reads only these files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QUERY_JSON, SIMPLIFY_JSON } from '../../src/lib/routes.ts';
import { actorLookup } from '../../src/lib/search/actor-lookup.ts';
import { corpusCitationIndex } from '../../src/lib/search/citation-index.ts';
import { searchUnits } from '../../src/lib/search/indexed-units.ts';
import { queryData, simplifyTables } from '../../src/lib/search/query-data.ts';
import { indexSite, looseRecords } from '../../src/lib/site/pagefind.ts';
import { readSiteModel } from '../../src/lib/site/read.ts';

export async function buildSearchOnly(contentDir: string, outDir: string): Promise<{ units: number; ms: number }> {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'search'), { recursive: true });
  const model = readSiteModel(contentDir);
  const units = searchUnits(model.corpus.entries, actorLookup(model.actors));
  writeFileSync(join(outDir, QUERY_JSON), JSON.stringify(queryData(model)));
  writeFileSync(join(outDir, SIMPLIFY_JSON), JSON.stringify(simplifyTables(model)));
  for (const [url, data] of corpusCitationIndex(model.corpus).files) {
    mkdirSync(dirname(join(outDir, url)), { recursive: true });
    writeFileSync(join(outDir, url), JSON.stringify(data));
  }
  await indexSite(outDir, looseRecords(units), false);
  return { units: units.length, ms: performance.now() - started };
}

// The query layer's data besides Pagefind, loaded the same way in the browser and in Node: one
// small file (thesaurus and gate) on the first sign of a search, the 繁→简 tables only for a
// query the gate lets through, the citation index only for a query that reads as a citation.
// `fetchJson` is the page's fetch or the built site's.
import { QUERY_JSON, SIMPLIFY_JSON } from '../routes.ts';
import { type CitationAnswer, type CitationCounts, citationLookup } from './citation-lookup.ts';
import type { ToSimplified } from './normalize.ts';
import { converterFrom, mayChange, type SimplifyTables } from './simplify.ts';
import { indexThesaurus, type ThesaurusConcept, type ThesaurusIndex } from './thesaurus-index.ts';

/** /search/query.json (src/lib/search/query-data.ts writes it). */
export interface QueryData {
  thesaurus: ThesaurusConcept[];
  /** The characters a query must hold for the 繁→简 tables to change it. */
  gate: string;
  /** How many shards of the citation index the build wrote (src/lib/search/citation-index.ts). */
  citations: CitationCounts;
}

export function queryDeps(fetchJson: (path: string) => Promise<unknown>) {
  let data: Promise<QueryData> | undefined;
  let thesaurus: Promise<ThesaurusIndex> | undefined;
  let converter: Promise<ToSimplified> | undefined;
  const load = () => (data ??= fetchJson(QUERY_JSON) as Promise<QueryData>);
  const citations = citationLookup({ fetchJson, counts: () => load().then((d) => d.citations) });
  return {
    /**
     * The places a query cites (《条例》第八条第二款, 国发〔2019〕4号, （二）), in the documents the
     * search is filtered to when it names none; undefined for a query that is no citation, which
     * fetches nothing.
     */
    citation: (raw: string, within?: readonly string[]): Promise<CitationAnswer | undefined> =>
      citations.lookUp(raw, within ? { within } : {}),
    /** Starts the fetch of query.json (on the reader's first sign of searching). */
    warm: () => void load().catch(() => undefined),
    thesaurus: (): Promise<ThesaurusIndex> => (thesaurus ??= load().then((d) => indexThesaurus(d.thesaurus))),
    toSimplified: async (raw: string): Promise<ToSimplified | undefined> => {
      if (!mayChange(raw, (await load()).gate)) return undefined;
      return (converter ??= converterFrom(fetchJson(SIMPLIFY_JSON) as Promise<SimplifyTables>));
    },
  };
}

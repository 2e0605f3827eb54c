// Build time: what the query layer fetches besides Pagefind, computed once per site model (the
// citation index's shard counts with it: the lookup needs them before it can name a shard).
import type { SiteModel } from '../site/model.ts';
import { corpusCitationIndex } from './citation-index.ts';
import type { SimplifyTables } from './simplify.ts';
import { cutTables, gateOf } from './simplify-tables.ts';
import { corpusTexts, queryConcepts } from './thesaurus.ts';
import type { QueryData } from './query-deps.ts';

const built = new WeakMap<SiteModel, { query: QueryData; tables: SimplifyTables }>();

function build(model: SiteModel) {
  let data = built.get(model);
  if (!data) {
    const thesaurus = queryConcepts(model.thesaurus);
    const vocabulary = [...corpusTexts(model.corpus), ...thesaurus.flatMap((c) => [...c.terms, ...c.reader])];
    const tables = cutTables(vocabulary);
    data = { query: { thesaurus, gate: gateOf(tables, vocabulary), citations: corpusCitationIndex(model.corpus).counts }, tables };
    built.set(model, data);
  }
  return data;
}

export const queryData = (model: SiteModel): QueryData => build(model).query;
export const simplifyTables = (model: SiteModel): SimplifyTables => build(model).tables;

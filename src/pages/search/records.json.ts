// The Pagefind records of the document text outside the measures, from the site model. The
// integration (src/lib/site/integration.ts) indexes them and removes this file from the output.
import type { APIRoute } from 'astro';
import { instrumentLookup } from '../../lib/instruments/lookup.ts';
import { actorLookup, levelLookup } from '../../lib/search/actor-lookup.ts';
import { looseUnits } from '../../lib/search/indexed-units.ts';
import { looseRecords } from '../../lib/site/pagefind.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () => {
  const actors = actorLookup(model.actors);
  const instruments = instrumentLookup(model.instruments);
  const levels = levelLookup(model.actors);
  const records = looseRecords(model.corpus.documents.flatMap((doc) => looseUnits(doc, actors, instruments, levels)));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};

// The search index's shards (src/lib/search/shards.ts), from the site model: what the integration
// (src/lib/site/integration.ts) indexes, one shard's records (./[shard].json.ts) at a time. The
// files are the index's input, not the site's: the integration removes them.
import type { APIRoute } from 'astro';
import { searchIndexInput } from '../../../lib/site/search-records.ts';
import { model } from '../../../model.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchIndexInput(model).shards), { headers: { 'content-type': 'application/json' } });

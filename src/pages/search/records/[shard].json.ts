// One shard's Pagefind records (src/lib/site/search-records.ts): a file per shard, so no one
// string holds the whole collection's text (at 10,000 documents it would pass V8's longest).
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexInput } from '../../../lib/site/search-records.ts';
import type { Shard } from '../../../lib/search/shards.ts';
import { model } from '../../../model.ts';

export const getStaticPaths = (() =>
  searchIndexInput(model).shards.map((shard) => ({ params: { shard: shard.name }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: Shard }> = ({ props }) =>
  new Response(JSON.stringify(searchIndexInput(model).records(props.shard)), { headers: { 'content-type': 'application/json' } });

// The citation index (src/lib/search/citation-index.ts): one file per document under doc/, and
// the shards of names and places, read by the search only for a query that cites a place.
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATIONS } from '../../../lib/routes.ts';
import { corpusCitationIndex } from '../../../lib/search/citation-index.ts';
import { model } from '../../../model.ts';

export const getStaticPaths = (() =>
  [...corpusCitationIndex(model.corpus).files].map(([url, data]) => ({
    params: { file: url.slice(CITATIONS.length) },
    props: { data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'content-type': 'application/json' } });

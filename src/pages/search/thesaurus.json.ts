// The thesaurus as the query layer reads it in the browser (fetched on a first search).
// Building it runs the thesaurus checks, so a wrong term or reader's word fails the build.
import type { APIRoute } from 'astro';
import { queryConcepts } from '../../lib/search/thesaurus.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(queryConcepts(model.thesaurus)), { headers: { 'content-type': 'application/json' } });

// What the header box and the search page fetch with Pagefind on a first search: the thesaurus
// and the gate of the 繁→简 tables (src/lib/search/query-data.ts).
import type { APIRoute } from 'astro';
import { queryData } from '../../lib/search/query-data.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(queryData(model)), { headers: { 'content-type': 'application/json' } });

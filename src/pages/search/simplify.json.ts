// The 繁→简 tables cut to the site's characters, fetched only for a query that holds a character
// of the gate in query.json (src/lib/search/simplify-tables.ts).
import type { APIRoute } from 'astro';
import { simplifyTables } from '../../lib/search/query-data.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(simplifyTables(model)), { headers: { 'content-type': 'application/json' } });

// Transitional: src/pages/search/index.astro still has <script src="/search/js/page.js">, from
// when the search client was bundled apart under /search/js/. The search page's code now loads
// through Vite's chunks (src/scripts/reader.ts imports src/scripts/search/page.ts on that page),
// so this file is an empty module, only so the old tag neither 404s nor runs anything twice.
// Delete it together with that <script> tag.
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => new Response('export {};\n', { headers: { 'content-type': 'text/javascript; charset=utf-8' } });

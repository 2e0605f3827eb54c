// The document page's actor filter (src/scripts/actor-filter-run.ts) at a stable URL,
// /js/actor-filter.js, loaded by src/scripts/reader.ts on first use of the filter control.
import type { APIRoute } from 'astro';
import { bundleForBrowser } from '../../lib/browser-bundle.ts';

export const GET: APIRoute = async () => {
  const code = (await bundleForBrowser({ 'actor-filter': 'src/scripts/actor-filter-run.ts' }, { sideEffectFree: false })).get('actor-filter.js');
  if (!code) throw new Error('actor filter: no bundle');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};

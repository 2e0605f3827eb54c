// The search client at stable URLs (/search/js/box.js, highlight.js, page.js): reading pages
// load it with a plain import() on first use, and carry none of it before the reader searches.
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleForBrowser } from '../../../lib/browser-bundle.ts';

const ENTRIES = { box: 'src/scripts/search/box.ts', highlight: 'src/scripts/search/highlight.ts', page: 'src/scripts/search/page.ts' };

let bundled: Promise<Map<string, string>> | undefined;
const bundle = () => (bundled ??= bundleForBrowser(ENTRIES));

export const getStaticPaths = (async () => [...(await bundle()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const code = (await bundle()).get(params.file ?? '');
  return code === undefined ? new Response('not found', { status: 404 }) : new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};

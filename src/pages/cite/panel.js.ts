// The cite panel's code (src/scripts/cite/panel.ts) at a stable URL, /cite/panel.js, that
// reading pages import() on the first click on a cite control.
import type { APIRoute } from 'astro';
import { bundleForBrowser } from '../../lib/browser-bundle.ts';

export const GET: APIRoute = async () => {
  const files = await bundleForBrowser({ panel: 'src/scripts/cite/panel.ts' }, { sideEffectFree: true });
  const code = files.get('panel.js');
  if (!code || files.size !== 1) throw new Error(`cite panel: expected one file, got ${[...files.keys()].join(', ')}`);
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};

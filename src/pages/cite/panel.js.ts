// The cite panel's code (src/scripts/cite/panel.ts), bundled here rather than by Astro's Vite
// pipeline so it has a stable URL, /cite/panel.js, that reading pages import() on the first
// click on a cite control; none of it, nor Vite's preload helper, loads before that.
import type { APIRoute } from 'astro';
import { rolldown } from 'rolldown';

async function bundle(): Promise<string> {
  // No module of ours has import-time side effects, so what the panel does not use is left out:
  // cite.ts needs one URL helper of corpus.ts, not the content loader behind it.
  const build = await rolldown({ input: 'src/scripts/cite/panel.ts', platform: 'browser', external: [/^node:/], treeshake: { moduleSideEffects: false }, logLevel: 'warn' });
  try {
    const { output } = await build.generate({ format: 'es', minify: true });
    const [chunk, ...more] = output.filter((o) => o.type === 'chunk');
    if (!chunk || more.length) throw new Error(`cite panel: expected one chunk, got ${output.length}`);
    if (/\bfrom\s*["']node:|import\s*["']node:/.test(chunk.code)) throw new Error('cite panel: the browser bundle imports a Node built-in');
    return chunk.code;
  } finally {
    await build.close();
  }
}

export const GET: APIRoute = async () => new Response(await bundle(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });

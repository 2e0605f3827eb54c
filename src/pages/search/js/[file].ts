// The search client, bundled here rather than by Astro's Vite pipeline so its entries have
// stable URLs (/search/js/box.js, highlight.js, page.js). Reading pages then load it with a
// plain import() of that URL on first use, and carry none of it, nor Vite's preload helper,
// before the reader touches the search box. Built with rolldown (Vite's own bundler).
import type { APIRoute, GetStaticPaths } from 'astro';
import { rolldown } from 'rolldown';

const ENTRIES = { box: 'src/scripts/search/box.ts', highlight: 'src/scripts/search/highlight.ts', page: 'src/scripts/search/page.ts' };

let bundled: Promise<Map<string, string>> | undefined;

function bundle(): Promise<Map<string, string>> {
  bundled ??= (async () => {
    const build = await rolldown({ input: ENTRIES, platform: 'browser', logLevel: 'warn' });
    try {
      const { output } = await build.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: true });
      return new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o.code] as const] : [])));
    } finally {
      await build.close();
    }
  })();
  return bundled;
}

export const getStaticPaths = (async () => [...(await bundle()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const code = (await bundle()).get(params.file ?? '');
  return code === undefined ? new Response('not found', { status: 404 }) : new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};

import { rolldown } from 'rolldown';

/**
 * Bundles browser entry points (search client, cite panel) with rolldown, Vite's own bundler,
 * into files with stable names, so reading pages can import() them on first use and carry none
 * of their code, nor Vite's preload helper, before that. Returns file name → code.
 */
export async function bundleForBrowser(entries: Record<string, string>, opts: { sideEffectFree?: boolean } = {}): Promise<Map<string, string>> {
  // sideEffectFree: our modules have no import-time side effects, so what an entry does not use
  // is left out (the cite panel needs a URL helper of corpus.ts, not the content loader behind it).
  const treeshake = opts.sideEffectFree ? { moduleSideEffects: false } : true;
  const build = await rolldown({ input: entries, platform: 'browser', external: [/^node:/], treeshake, logLevel: 'warn' });
  try {
    const { output } = await build.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: true });
    const files = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o.code] as const] : [])));
    for (const [name, code] of files) {
      if (/\bfrom\s*["']node:|import\s*\(?\s*["']node:/.test(code)) throw new Error(`${name}: the browser bundle imports a Node built-in`);
    }
    return files;
  } finally {
    await build.close();
  }
}

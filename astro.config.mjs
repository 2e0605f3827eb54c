// @ts-check
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { policyReader } from './src/lib/site/integration.ts';
import { offline } from './src/lib/offline/integration.ts';
import { siteAddress } from './src/lib/site/address.ts';
import { sitemapLastmod } from './src/lib/seo/sitemap.ts';

/** The public origin: canonical URLs, sitemap and citations use it. Set with SITE_URL (src/lib/site/address.ts). */
const address = siteAddress();
if ('problem' in address) throw new Error(address.problem);
const site = address.site;

/** The permalink contract holds for the project's own content, not for fixtures or the bench's corpora. */
const ownContent = !process.env.CONTENT_DIR || resolve(process.env.CONTENT_DIR) === resolve('content');

const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

/**
 * Each sitemap URL's <lastmod>: the dates of the texts on the page (src/lib/seo/sitemap.ts), read
 * from the /data/corpus.json this build has written by the time the sitemap is (astro:build:done).
 * @type {((url: string) => string | undefined) | undefined}
 */
let lastmodOf;
/** @param {import('@astrojs/sitemap').SitemapItem} item */
function withLastmod(item) {
  lastmodOf ??= sitemapLastmod(JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8')));
  const lastmod = lastmodOf(item.url);
  return lastmod ? { ...item, lastmod } : item;
}

export default defineConfig({
  site,
  outDir,
  // scripts/build.ts gives each build a content store of its own (the default, node_modules/.astro/, is shared by every checkout that links that node_modules).
  ...(process.env.POLICY_READER_CACHE_DIR ? { cacheDir: process.env.POLICY_READER_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages are static HTML; the reader's browser gets no framework runtime.
  // offline() after policyReader(): it lists the Pagefind index that policyReader writes.
  integrations: [
    sitemap({ serialize: withLastmod }),
    policyReader({ permalinks: ownContent, timingsFile: process.env.POLICY_READER_TIMINGS }),
    offline(),
  ],
  // assetsInlineLimit 0: every script is an external file, so the CSP needs no 'unsafe-inline'.
  // Code loaded on first use (search, cite panel, actor filter) is an import() in
  // src/scripts/reader.ts, split by Vite into chunks under /_astro/. modulePreload false: no
  // <link rel=modulepreload> lists of those chunks in the script every page runs. Vite still wraps
  // each import() in its preload helper: measured, it takes a reading page from 1.8 to 2.5 KB gz of
  // JS before interaction, past the 2 KB budget. So the helper is replaced by a plain call; that is
  // right while no lazy chunk brings CSS with it, and the build fails if one ever does.
  vite: {
    plugins: [
      tailwindcss(),
      {
        name: 'policy-reader:plain-dynamic-import',
        // Astro sets build.modulePreload itself, over the vite: key's; a plugin's config comes after.
        config: () => ({ build: { modulePreload: false } }),
        resolveId: { filter: { id: /^\0?vite\/preload-helper\.js$/ }, handler: () => '\0vite/preload-helper.js' },
        load: { filter: { id: /^\0vite\/preload-helper\.js$/ }, handler: () => 'export const __vitePreload = (load) => load();' },
        generateBundle: {
          order: 'post', // after Vite has written each import()'s list of files to load first
          handler(_, bundle) {
            if (this.environment.config.consumer !== 'client') return;
            for (const chunk of Object.values(bundle)) {
              if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
                this.error(`${chunk.fileName}: an import() needs CSS (or other files) loaded first; the plain preload helper would not`);
              }
            }
          },
        },
      },
    ],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});

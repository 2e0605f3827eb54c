// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/** The public origin: canonical URLs, sitemap and citations use it. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://policy-reader.example.org';

export default defineConfig({
  site,
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages are static HTML; the reader's browser gets no framework runtime.
  integrations: [sitemap()],
  // assetsInlineLimit 0: every script is an external file, so the CSP needs no 'unsafe-inline'.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});

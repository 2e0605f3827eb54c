// Builds the site into a fresh directory and swaps it in only when every step succeeded, so a
// failed build never leaves a half-written dist/. Content errors print as file:line: message.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContent } from '../src/lib/validate-content.ts';
import { indexSite } from './pagefind-index.ts';
import { comparePermalinks, describeMissing, PERMALINKS_FILE, publishedPermalinks, readPermalinkList } from './site/permalinks.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;

function fail(message: string): never {
  console.error(`\nBuild failed:\n${message}`);
  rmSync(tmpDir, { recursive: true, force: true });
  process.exit(1);
}

const validateStarted = performance.now();
const problems = validateContent();
const validateMs = performance.now() - validateStarted;
if (problems.length) fail(problems.join('\n'));

const started = performance.now();
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: tmpDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail(`astro build exited with ${astro.status}`);
const astroMs = performance.now() - started;

// The permalink contract holds for the project's own content; a build of other content (fixtures,
// the bench's synthetic corpora) publishes other URLs and is not checked.
const ownContent = !process.env.CONTENT_DIR || resolve(process.env.CONTENT_DIR) === resolve('content');
if (ownContent) {
  const { missing, added } = comparePermalinks(readPermalinkList(), publishedPermalinks(tmpDir));
  if (missing.length) fail(describeMissing(missing));
  if (added.length) console.log(`\npermalinks: ${added.length} new URL(s)/anchor(s) not yet in ${PERMALINKS_FILE}; run \`npm run permalinks:update\` to add them`);
}

const indexStarted = performance.now();
let indexed = 0;
try {
  indexed = (await indexSite(tmpDir)).pages;
} catch (e) {
  fail(`pagefind: ${e instanceof Error ? e.message : String(e)}`);
}
const pagefindMs = performance.now() - indexStarted;

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
if (!existsSync(outDir)) fail('could not move the build into place');
console.log(`\nBuilt ${outDir}: astro ${(astroMs / 1000).toFixed(1)} s, pagefind ${(pagefindMs / 1000).toFixed(1)} s`);
// For `npm run bench`: the two timings, machine-readable.
if (process.env.BUILD_TIMINGS) writeFileSync(process.env.BUILD_TIMINGS, JSON.stringify({ validateMs, astroMs, pagefindMs, indexedPages: indexed }));

// Builds the site into a fresh directory and swaps it in only when the build succeeded, so a
// failed build never leaves a half-written dist/ (nor its temporary directory). Everything else
// (content checks, Pagefind, the permalink contract) is the Astro integration's work
// (src/lib/site/integration.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;
const timings = `${tmpDir}.timings.json`;

function cleanUp() {
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(timings, { force: true });
}

const started = performance.now();
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: tmpDir, ASTRO_TELEMETRY_DISABLED: '1', POLICY_READER_TIMINGS: timings },
});
const totalMs = performance.now() - started;
if (astro.status !== 0) {
  cleanUp();
  console.error(`\nBuild failed (astro build exited with ${astro.status}); ${outDir} was left as it was.`);
  process.exit(1);
}
const steps = JSON.parse(readFileSync(timings, 'utf8')) as { contentMs: number; pagefindMs: number; indexedPages: number; parses: number };
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(timings, { force: true });
if (!existsSync(outDir)) throw new Error('could not move the build into place');
console.log(`\nBuilt ${outDir} in ${(totalMs / 1000).toFixed(1)} s`);
// For `npm run bench`: the steps' timings, machine-readable.
if (process.env.BUILD_TIMINGS) {
  const astroMs = totalMs - steps.contentMs - steps.pagefindMs;
  writeFileSync(
    process.env.BUILD_TIMINGS,
    JSON.stringify({
      validateMs: steps.contentMs,
      astroMs,
      pagefindMs: steps.pagefindMs,
      indexedPages: steps.indexedPages,
      parses: steps.parses,
    }),
  );
}

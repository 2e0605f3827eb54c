// Builds the site into a fresh directory and swaps it in only when the build succeeded, so a
// failed build never leaves a half-written dist/ (nor its temporary directory): not when Astro
// fails, not when this script fails, and not when the build is stopped by a signal (Ctrl-C, a CI
// timeout). Everything else (content checks, Pagefind, the permalink contract, output bounds) is
// the Astro integration's work (src/lib/site/integration.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;
const timings = `${tmpDir}.timings.json`;

function cleanUp() {
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(timings, { force: true });
}

/** Temporary directories of earlier builds that were killed outright (SIGKILL): their process is gone. */
function removeStale() {
  const prefix = `${basename(outDir)}.tmp-`;
  for (const name of existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : []) {
    const pid = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
    if (!name.startsWith(prefix) || !pid || pid === process.pid || alive(pid)) continue;
    rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fail(message: string, code = 1): never {
  cleanUp();
  console.error(`\nBuild failed (${message}); ${outDir} was left as it was.`);
  process.exit(code);
}

removeStale();
const started = performance.now();
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: tmpDir, ASTRO_TELEMETRY_DISABLED: '1', POLICY_READER_TIMINGS: timings },
});
// A signal stops Astro first, then removes what it wrote: the temporary directory never outlives us.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    astro.kill(signal);
    astro.once('exit', () => fail(`stopped by ${signal}`, 130));
  });
}
process.on('uncaughtException', (e) => fail(`the build script failed: ${e.message}`));

const status = await new Promise<number | null>((done) => {
  astro.on('error', (e) => fail(`astro could not start: ${e.message}`));
  astro.on('exit', (code, signal) => done(signal ? null : code));
});
const totalMs = performance.now() - started;
if (status !== 0) fail(status === null ? 'astro build was stopped' : `astro build exited with ${status}`);
const steps = JSON.parse(readFileSync(timings, 'utf8')) as { contentMs: number; pagefindMs: number; indexedPages: number; parses: number };
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(timings, { force: true });
if (!existsSync(outDir)) fail('could not move the build into place');
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

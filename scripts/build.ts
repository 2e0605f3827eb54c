// Builds the site into a fresh directory and swaps it in only when the build succeeded, so a
// failed build never leaves a half-written dist/ (nor its temporary directory): not when Astro
// fails, not when this script fails, and not when the build is stopped by a signal (Ctrl-C, a CI
// timeout). Everything else (content checks, Pagefind, the permalink contract, output bounds) is
// the Astro integration's work (src/lib/site/integration.ts).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { PLACEHOLDER_SITE, siteAddress } from '../src/lib/site/address.ts';
import { buildOutput } from '../src/lib/site/build-output.ts';
import { placeholderAddressLine } from '../src/lib/site/notices.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;
const timings = `${tmpDir}.timings.json`;
/** Astro's whole output, stack traces included, kept for a failed build (the terminal gets it without them). */
const log = join(tmpdir(), `policy-reader-build-${process.pid}.log`);

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
  const { rendering, hidFrames } = output;
  const where = rendering ? ` while rendering ${rendering.page}: ${rendering.problem}` : '';
  const full = hidFrames ? `; Astro's full output, with its stack traces, is in ${log}` : '';
  if (!hidFrames) rmSync(log, { force: true });
  console.error(`\nBuild failed${where} (${message}); ${outDir} was left as it was${full}.`);
  process.exit(code);
}

const output = buildOutput();

/** Copies Astro's output to ours line by line, all of it to the log, all but stack frames to the terminal. */
function relay(from: Readable, to: Writable) {
  let pending = '';
  const emit = (line: string, end: string) => {
    appendFileSync(log, line + end);
    const shown = output.line(line);
    if (shown !== null) to.write(shown + end);
  };
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) emit(line, '\n');
  });
  from.on('end', () => pending && emit(pending, ''));
}

const address = siteAddress();
if ('problem' in address) fail(address.problem);
removeStale();
const started = performance.now();
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ASTRO_OUT_DIR: tmpDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build is a production build whoever starts it: under vitest NODE_ENV is `test`, and Vite
    // would compile import.meta.env differently (the service worker is registered only in production).
    NODE_ENV: 'production',
    POLICY_READER_TIMINGS: timings,
    // Piped, Astro would drop its colours; keep them when our own output is a terminal.
    ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
  },
});
relay(astro.stdout, process.stdout);
relay(astro.stderr, process.stderr);
// A signal stops Astro first, then removes what it wrote: the temporary directory never outlives us.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (astro.exitCode !== null || astro.signalCode !== null) fail(`stopped by ${signal}`, 130);
    astro.kill(signal);
    astro.once('exit', () => fail(`stopped by ${signal}`, 130));
  });
}
process.on('uncaughtException', (e) => fail(`the build script failed: ${e.message}`));

const status = await new Promise<number | null>((done) => {
  astro.on('error', (e) => fail(`astro could not start: ${e.message}`));
  // 'close', not 'exit': the last of Astro's output has been relayed by then.
  astro.on('close', (code, signal) => done(signal ? null : code));
});
const totalMs = performance.now() - started;
if (status !== 0) fail(status === null ? 'astro build was stopped' : `astro build exited with ${status}`);
const steps = JSON.parse(readFileSync(timings, 'utf8')) as { contentMs: number; pagefindMs: number; indexedPages: number; parses: number };
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(timings, { force: true });
rmSync(log, { force: true });
if (!existsSync(outDir)) fail('could not move the build into place');
console.log(`\nBuilt ${outDir} in ${(totalMs / 1000).toFixed(1)} s`);
if (!process.env.SITE_URL) console.log(placeholderAddressLine(PLACEHOLDER_SITE));
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

// Builds the site into a fresh directory and swaps it in only when the build succeeded, so a
// failed build never leaves a half-written dist/ (nor its temporary directory): not when Astro
// fails, not when this script fails, and not when the build is stopped by a signal (Ctrl-C, a CI
// timeout). Everything else (content checks, Pagefind, the permalink contract, output bounds) is
// the Astro integration's work (src/lib/site/integration.ts).
//
// Two builds at once must each publish their own content. Astro keeps the content store a build
// bundles its pages from in its cache folder (node_modules/.astro/, shared by every checkout that
// links that node_modules): each build gets a cache folder of its own. Builds of one checkout also
// share .astro/ (where Astro stages the pages of an output folder outside the checkout): a build
// takes the checkout's lock (scripts/build-lock.ts) and a second one waits for it, saying so.
// An output folder on another file system than the checkout is built in the checkout, where Astro
// moves its files by renaming them, and copied across once done.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { PLACEHOLDER_SITE, siteAddress } from '../src/lib/site/address.ts';
import { buildOutput } from '../src/lib/site/build-output.ts';
import { placeholderAddressLine } from '../src/lib/site/notices.ts';
import { alive, takeBuildLock } from './build-lock.ts';
import { BUILD_NODE_FLAGS } from './build-flags.ts';
import type { BuildTimings, StepTimings } from '../src/lib/site/build-timings.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
/** The nearest folder that exists at or above `path`, or the file that stands in the way. */
function nearestExisting(path: string): string {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}
/** Whether the output folder lies on the checkout's file system (Astro renames its files into it). */
const sameDevice = statSync(nearestExisting(dirname(outDir))).dev === statSync(process.cwd()).dev;
/** Where Astro writes: beside the output folder, or in the checkout when that is on another file system. */
const STAGING = join(process.cwd(), '.astro', 'staging');
const tmpDir = sameDevice ? `${outDir}.tmp-${process.pid}` : join(STAGING, `${basename(outDir)}.tmp-${process.pid}`);
/** The copy beside the output folder a build staged elsewhere is copied into before it is swapped in. */
const copyDir = `${outDir}.tmp-${process.pid}`;
const timings = `${tmpDir}.timings.json`;
/**
 * Astro's whole output, stack traces included, kept for a failed build (the terminal gets it
 * without them). `.running` until the build ends: a build killed outright (SIGKILL) cannot remove
 * it, and the next build removes those whose process is gone.
 */
const LOG_PREFIX = 'policy-reader-build-';
const runningLog = join(tmpdir(), `${LOG_PREFIX}${process.pid}.running.log`);
const log = join(tmpdir(), `${LOG_PREFIX}${process.pid}.log`);
/** Astro's cache (its content store, which the pages are bundled from) for this build alone. */
const cacheDir = join(tmpdir(), `${LOG_PREFIX}${process.pid}.cache`);

/** Removes what this build wrote; a path that cannot be there (under a file) is nothing to remove. */
function cleanUp() {
  for (const path of [tmpDir, copyDir, timings, runningLog, cacheDir]) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      /* nothing was written there */
    }
  }
}

/** What earlier builds killed outright (SIGKILL) left behind: temporary folders and logs whose process is gone. */
function removeStale() {
  const stale = (dir: string, prefix: string, suffix = '') => {
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
      const pid = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
      if (!pid || pid === process.pid || alive(pid)) continue;
      rmSync(join(dir, name), { recursive: true, force: true });
    }
  };
  stale(dirname(outDir), `${basename(outDir)}.tmp-`);
  stale(STAGING, `${basename(outDir)}.tmp-`);
  stale(tmpdir(), LOG_PREFIX, '.running.log');
  stale(tmpdir(), LOG_PREFIX, '.cache');
}

/** ASTRO_OUT_DIR must be a folder, or a place one can be made: a file in the way is said, not thrown. */
function checkOutDir(): string | undefined {
  const at = nearestExisting(outDir);
  if (statSync(at).isDirectory()) return undefined;
  return at === outDir
    ? `ASTRO_OUT_DIR ${outDir} is a file, not a folder`
    : `ASTRO_OUT_DIR ${outDir} lies under ${at}, which is a file, not a folder`;
}

function fail(message: string, code = 1): never {
  const { rendering, hidFrames } = output;
  if (hidFrames && existsSync(runningLog)) renameSync(runningLog, log);
  cleanUp();
  const where = rendering ? ` while rendering ${rendering.page}: ${rendering.problem}` : '';
  const full = hidFrames ? `; Astro's full output, with its stack traces, is in ${log}` : '';
  console.error(`\nBuild failed${where} (${message}); ${outDir} was left as it was${full}.`);
  process.exit(code);
}

const output = buildOutput();

/**
 * Astro gives any error whose text holds "document" or "window" (a path under src/pages/documents/,
 * a message naming a document) the hint "Browser APIs are not available on the server": shown
 * only when the error is that one ("document is not defined"), else left to the log.
 */
const BROWSER_HINT = /Browser APIs are not available on the server/;
const BROWSER_HINT_END = /document-or-window-is-not-defined/;
const BROWSER_ERROR = /\b(?:document|window) is not defined\b/;
let browserError = false;

/** Copies Astro's output to ours line by line, all of it to the log, all but stack frames (and a wrong hint) to the terminal. */
function relay(from: Readable, to: Writable) {
  let pending = '';
  /** A `Hint:` line, held until the next shows whose hint it is; then whether a wrong hint is being left out. */
  let hint: string | undefined;
  let skipping = false;
  const show = (line: string, end: string) => {
    const shown = output.line(line);
    if (shown !== null) to.write(shown + end);
  };
  const emit = (line: string, end: string) => {
    appendFileSync(runningLog, line + end);
    if (BROWSER_ERROR.test(line)) browserError = true;
    if (skipping) {
      if (BROWSER_HINT_END.test(line)) skipping = false;
      return;
    }
    if (hint !== undefined) {
      const held = hint;
      hint = undefined;
      if (BROWSER_HINT.test(line) && !browserError) {
        skipping = true;
        return;
      }
      show(held, '\n');
    }
    if (/^\s*Hint:\s*$/.test(line)) {
      hint = line;
      return;
    }
    show(line, end);
  };
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) emit(line, '\n');
  });
  from.on('end', () => {
    if (pending) emit(pending, '');
    if (hint !== undefined) show(hint, '\n');
  });
}

const address = siteAddress();
if ('problem' in address) fail(address.problem);
const outDirProblem = checkOutDir();
if (outDirProblem) fail(outDirProblem);
await takeBuildLock({ outDir, contentDir: resolve(process.env.CONTENT_DIR ?? 'content') });
removeStale();
if (!sameDevice) mkdirSync(STAGING, { recursive: true });
const started = performance.now();
// build-orphan-guard: Astro stops (and removes what it wrote) as soon as this script is gone,
// even when it was killed outright and could not stop Astro itself.
// Its Node's flags: scripts/build-flags.ts.
const astro = spawn(
  process.execPath,
  [...BUILD_NODE_FLAGS, '--import', './scripts/build-orphan-guard.ts', 'node_modules/astro/bin/astro.mjs', 'build'],
  {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ASTRO_OUT_DIR: tmpDir,
      POLICY_READER_BUILD_PARENT: String(process.pid),
      POLICY_READER_BUILD_LEFTOVERS: JSON.stringify([tmpDir, timings, runningLog, cacheDir]),
      POLICY_READER_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      // A build is a production build whoever starts it: under vitest NODE_ENV is `test`, and Vite
      // would compile import.meta.env differently (the service worker is registered only in production).
      NODE_ENV: 'production',
      POLICY_READER_TIMINGS: timings,
      // Piped, Astro would drop its colours; keep them when our own output is a terminal.
      ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    },
  },
);
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
const steps = JSON.parse(readFileSync(timings, 'utf8')) as StepTimings;
try {
  // Staged on the checkout's file system: copied beside the output folder first, so the swap
  // below is still a rename and a failed copy leaves the previous site as it was.
  if (!sameDevice) {
    mkdirSync(dirname(outDir), { recursive: true });
    cpSync(tmpDir, copyDir, { recursive: true });
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(sameDevice ? tmpDir : copyDir, outDir);
} catch (e) {
  fail(`could not move the build into place: ${(e as Error).message}`);
}
rmSync(tmpDir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
rmSync(timings, { force: true });
rmSync(runningLog, { force: true });
if (!existsSync(outDir)) fail('could not move the build into place');
console.log(
  `\nBuilt ${outDir}${sameDevice ? '' : ` (built in ${relative(process.cwd(), STAGING)}/ and copied: it is on another file system)`} in ${(totalMs / 1000).toFixed(1)} s`,
);
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
      gc: steps.gc,
    } satisfies BuildTimings),
  );
}

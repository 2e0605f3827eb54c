// The build command (scripts/build.ts) against what a shared machine does to it: two builds of one
// checkout at once (they share .astro/: each must publish its own content, the second waiting for
// the first, or refusing with a reason), an output folder on another file system (Astro renames
// its files into it), an output path under a file, and a build killed outright (its Astro child
// and its temporary files must not outlive it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../scripts/build-lock.ts';

const scratch = mkdtempSync(join(tmpdir(), 'build-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Two small content directories whose documents differ. */
const A = { content: 'tests/fixtures/content', doc: '2025-shiyan-tongzhi' };
const B = { content: 'tests/fixtures/shapes/law', doc: '2024-moumou-fa' };

interface Run {
  code: number | null;
  out: string;
}

function start(content: string, outDir: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { child, done: new Promise((resolve) => child.on('close', (code) => resolve({ code, out }))) };
}

/**
 * True once the lock names this build: a lock left by a build killed outright (the test below, in
 * an earlier run) is there before either starts, and the second would start too soon.
 */
const holds = (child: ChildProcess) => () => {
  try {
    return (JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as { pid?: number }).pid === child.pid;
  } catch {
    return false;
  }
};

const until = async (ok: () => boolean, ms: number) => {
  for (let waited = 0; waited < ms && !ok(); waited += 50) await new Promise((r) => setTimeout(r, 50));
  return ok();
};

const documentsOf = (site: string) => readdirSync(join(site, 'documents')).filter((n) => n !== 'by' && n !== 'index.html');

describe('two builds of one checkout at once', () => {
  it('each publishes its own content: the second waits for the first and says so', async () => {
    const [a, b] = [join(scratch, 'a', 'dist'), join(scratch, 'b', 'dist')];
    const first = start(A.content, a);
    await until(holds(first.child), 20_000);
    const second = start(B.content, b);
    const [ra, rb] = await Promise.all([first.done, second.done]);
    expect(ra.code, ra.out).toBe(0);
    expect(rb.code, rb.out).toBe(0);
    expect(documentsOf(a)).toEqual([A.doc]);
    expect(documentsOf(b)).toEqual([B.doc]);
    // Each build's pages read the content store from that build's own file of it (src/lib/site/content-store-module.ts).
    for (const run of [ra, rb])
      expect(run.out).toMatch(/content store: [\d.]+ million characters of JSON, read from its file when the pages load/);
    expect(rb.out).toMatch(/another build of this checkout is running \(pid \d+, building .* into .*\); waiting for it to finish/);
  }, 180_000);

  it('with POLICY_READER_BUILD_WAIT=0 the second refuses, saying why, and leaves its site as it was', async () => {
    const [a, b] = [join(scratch, 'c', 'dist'), join(scratch, 'd', 'dist')];
    mkdirSync(b, { recursive: true });
    writeFileSync(join(b, 'index.html'), 'the previous build');
    const first = start(A.content, a);
    await until(holds(first.child), 20_000);
    const second = await start(B.content, b, { POLICY_READER_BUILD_WAIT: '0' }).done;
    expect(second.code).toBe(1);
    expect(second.out).toMatch(
      /Build refused: another build of this checkout is running .*; builds of one checkout share \.astro\/ and would publish each other's content\. Nothing was built\./,
    );
    expect(readFileSync(join(b, 'index.html'), 'utf8')).toBe('the previous build');
    expect((await first.done).code).toBe(0);
  }, 180_000);
});

describe('where the site is written', () => {
  // /dev/shm is a tmpfs on Linux: another file system than the checkout's, as a mounted volume is.
  const other = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(process.cwd()).dev;
  it.skipIf(!other)(
    'an output folder on another file system is built, and nothing is left in the checkout',
    async () => {
      const out = mkdtempSync('/dev/shm/policy-reader-');
      try {
        const build = start(A.content, join(out, 'dist'));
        const run = await build.done;
        expect(run.code, run.out).toBe(0);
        expect(run.out).not.toMatch(/EXDEV/);
        expect(documentsOf(join(out, 'dist'))).toEqual([A.doc]);
        expect(readdirSync(out)).toEqual(['dist']);
        const staging = join('.astro', 'staging');
        expect(existsSync(staging) ? readdirSync(staging).filter((n) => n.endsWith(`.tmp-${build.child.pid}`)) : []).toEqual([]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it('ASTRO_OUT_DIR under a regular file is said in one line, without a stack trace', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: A.content, ASTRO_OUT_DIR: join(file, 'site', 'dist') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `Build failed (ASTRO_OUT_DIR ${join(file, 'site', 'dist')} lies under ${file}, which is a file, not a folder)`,
    );
    expect(run.stderr).not.toMatch(/ENOTDIR|^\s+at\s/m);
  });
});

describe('a build killed outright (SIGKILL)', () => {
  it('takes its Astro process and its temporary files with it', async () => {
    const out = join(scratch, 'killed');
    mkdirSync(out, { recursive: true });
    const build = start(A.content, join(out, 'dist'));
    expect(await until(() => readdirSync(out).some((n) => n.startsWith('dist.tmp-')), 60_000)).toBe(true);
    const astro = spawnSync('pgrep', ['-P', String(build.child.pid)], { encoding: 'utf8' }).stdout.trim();
    expect(astro).toMatch(/^\d+$/);
    build.child.kill('SIGKILL');
    const gone = () => {
      try {
        // A zombie has exited; only its parent's reaping is left.
        return /^\S*Z/.test(readFileSync(`/proc/${astro}/stat`, 'utf8').split(') ')[1] ?? '');
      } catch {
        return true;
      }
    };
    expect(await until(gone, 2000)).toBe(true);
    expect(await until(() => readdirSync(out).length === 0, 2000)).toBe(true);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith(`policy-reader-build-${build.child.pid}.`))).toEqual([]);
  }, 120_000);
});

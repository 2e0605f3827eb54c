// The bad-input catalogue (tests/support/bad-inputs.ts): each case's observation must equal its
// expectation; a few cases also go through the real build command.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_TODAY, expected, loadCases, observe, relativeTo, removeGenerated } from '../support/bad-inputs.ts';

const cases = loadCases();
const scratch: string[] = [];
afterAll(() => {
  removeGenerated(cases);
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the bad-input catalogue', () => {
  it('holds at least 80 cases, at least 60 of broken content, each described', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.expect.errors).length).toBeGreaterThanOrEqual(60);
    expect(cases.length).toBe(readdirSync(CATALOGUE).filter((n) => /^\d{2,}-/.test(n)).length);
  });

  for (const c of cases) {
    // A case with a time budget is judged by it, not by vitest's 5 s default: on a busy machine
    // the 1.9 MB document took 8 s in all. The budget covers the checks; the corpus read after
    // them takes as long again, hence twice it, plus slack.
    const timeout = c.expect.ok?.seconds ? (2 * c.expect.ok.seconds + 5) * 1000 : undefined;
    it(`${c.name}: ${c.expect.what}`, () => expect(observe(c)).toEqual(expected(c)), timeout);
  }
});

/** Runs the build command on a case's content into a directory holding a previous build. */
function buildInto(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'bad-site-'));
  scratch.push(out);
  const site = join(out, 'dist');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), 'the previous build');
  return { out, site, env: { ...process.env, CONTENT_DIR: dir, ASTRO_OUT_DIR: site, POLICY_READER_TODAY: CATALOGUE_TODAY } };
}

describe('the build command on bad input', () => {
  // A few cases through the real CLI (each takes seconds): a source error, a refused size, the
  // leak and the two inputs that once crashed it; the reader sees file:line[:col]: message and no
  // stack trace, and the previous site is left exactly as it was.
  const cli = [
    '01-measure-numbering-gap',
    '29-oversized-document',
    '31-symlinked-source',
    '41-noncharacter-in-source',
    '51-yaml-alias-bomb',
    // A message that names a document, once given Astro's unrelated "Browser APIs" hint.
    '63-furniture-equals-title',
    // A FIFO among the items: the build names it at once instead of waiting on it for ever.
    '101-fifo-item-file',
    '102-fifo-source',
    '118-id-equals-route',
    '120-issuers-collide-romanised',
  ];
  for (const name of cli) {
    it(`${name}: prints the errors cleanly and leaves the site untouched`, () => {
      const c = cases.find((x) => x.name === name)!;
      const { out, site, env } = buildInto(c.dir);
      const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env, timeout: 60_000 });
      expect(run.status).toBe(1);
      const printed = relativeTo(c.dir, run.stderr.split('\n'));
      for (const line of c.expect.errors!) expect(printed).toContain(line);
      expect(run.stderr).not.toMatch(/^\s+at\s/m);
      expect(run.stderr).not.toMatch(/\b\w*Error\b|Stack trace/);
      expect(run.stdout + run.stderr).not.toContain('Browser APIs are not available');
      expect(run.stdout + run.stderr).not.toContain('不得发布');
      expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('the previous build');
      expect(readdirSync(out)).toEqual(['dist']);
      expect(existsSync(join(site, 'pagefind'))).toBe(false);
    }, 60_000);
  }

  it('removes its temporary directory when it is stopped by a signal mid-build', async () => {
    const { out, site, env } = buildInto('tests/fixtures/content');
    const child = spawn(process.execPath, ['scripts/build.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Stop it once Astro has started writing into the temporary directory.
    const stopped = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    for (let waited = 0; waited < 50_000 && !readdirSync(out).some((n) => n.startsWith('dist.tmp-')); waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(readdirSync(out).some((n) => n.startsWith('dist.tmp-'))).toBe(true);
    child.kill('SIGTERM');
    expect(await stopped).not.toBe(0);
    expect(readdirSync(out)).toEqual(['dist']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('the previous build');
  }, 60_000);
});

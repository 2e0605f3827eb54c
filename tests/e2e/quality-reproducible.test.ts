// Reproducibility: building the same commit again gives a site byte-identical to dist/. The second
// copy is built into a temporary directory (ASTRO_OUT_DIR), so dist/ keeps serving the other tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/lib/site/built-pages.ts';

const SITE = 'dist';

/** Where two versions of a file first differ, with a little context from each, to say why. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const context = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 80).toString('utf8'));
  return `first difference at byte ${i} (sizes ${a.length} and ${b.length}):\n    dist:  ${context(a)}\n    again: ${context(b)}`;
}

/** A hint at the usual causes, from what differs. */
function likelyCause(file: string, onlyIn: 'dist' | 'again' | 'both'): string {
  if (onlyIn !== 'both' && /^_astro\//.test(file)) return 'a hashed asset name changed: its content differs between builds';
  if (/^pagefind\//.test(file)) return 'the search index differs (page order or content fed to Pagefind)';
  if (/sitemap/.test(file)) return 'the sitemap differs (a date or page order)';
  return 'the page differs: look for dates, random ids or iteration order over a Map/Set/directory';
}

describe('reproducible builds', () => {
  it('a second build from the same sources is byte-identical to dist/', () => {
    const out = mkdtempSync(join(tmpdir(), 'rebuild-'));
    const again = join(out, 'dist');
    try {
      const build = spawnSync(process.execPath, ['scripts/build.ts'], {
        encoding: 'utf8',
        env: { ...process.env, ASTRO_OUT_DIR: again },
        timeout: 240_000,
      });
      if (build.status !== 0) throw new Error(`the second build failed:\n${build.stderr.slice(-3000)}`);
      const before = siteFiles(SITE);
      const after = siteFiles(again);
      const afterSet = new Set(after);
      const beforeSet = new Set(before);
      const differences = [
        ...before.filter((f) => !afterSet.has(f)).map((f) => `${f}: only in dist/ — ${likelyCause(f, 'dist')}`),
        ...after.filter((f) => !beforeSet.has(f)).map((f) => `${f}: only in the second build — ${likelyCause(f, 'again')}`),
      ];
      for (const f of before.filter((x) => afterSet.has(x))) {
        const a = readFileSync(join(SITE, f));
        const b = readFileSync(join(again, f));
        if (!a.equals(b)) differences.push(`${f}: ${likelyCause(f, 'both')}; ${firstDifference(a, b)}`);
      }
      if (differences.length) {
        differences.push('(If dist/ was built from other sources than the working tree now holds, run `npm run build` first.)');
      }
      expect(differences).toEqual([]);
      expect(before.length).toBeGreaterThan(10);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});

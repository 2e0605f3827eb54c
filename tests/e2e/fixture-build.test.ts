import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = join(mkdtempSync(join(tmpdir(), 'fixture-site-')), 'dist');
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a new document needs only content', () => {
  it('builds a whole site from tests/fixtures/content with no code change', () => {
    execFileSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content', ASTRO_OUT_DIR: out },
      stdio: 'pipe',
      timeout: 180_000,
    });
    const doc = join(out, 'documents/2025-shiyan-tongzhi');
    expect(existsSync(join(doc, 'index.html'))).toBe(true);
    for (const m of ['m1', 'm2', 'm3']) expect(existsSync(join(doc, m, 'index.html')), m).toBe(true);
    const html = readFileSync(join(doc, 'm2/index.html'), 'utf8');
    expect(html).toContain('——完善人员配备；');
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
  }, 200_000);
});

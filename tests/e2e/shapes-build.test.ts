// Every document shape the parser knows builds as a site of its own (CONTENT_DIR=tests/fixtures/
// shapes/<shape>), and its document page shows all of it: every unit and every sentence has its
// anchor there (a node the body view did not know would be a gap in the text), and every measure,
// article and point has its own page. The unit list is what the pages are checked against.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../src/lib/units/units.ts';
import { siteModel } from '../support/site.ts';

const SHAPES = 'tests/fixtures/shapes';
const shapes = readdirSync(SHAPES).filter((name) => existsSync(join(SHAPES, name, 'items')));
const root = mkdtempSync(join(tmpdir(), 'shape-sites-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every id attribute of a page. */
const idsOf = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));

describe.each(shapes)('the %s shape as a site', (shape) => {
  it('builds, and its pages show every unit and sentence the unit list holds', () => {
    const out = join(root, shape);
    execFileSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: join(SHAPES, shape), ASTRO_OUT_DIR: out },
      stdio: 'pipe',
      timeout: 180_000,
    });
    for (const doc of siteModel(join(SHAPES, shape)).corpus.documents) {
      const page = join(out, 'documents', doc.id);
      const ids = idsOf(readFileSync(join(page, 'index.html'), 'utf8'));
      for (const s of doc.sentences) expect(ids.has(s.id), `${doc.id}#${s.id}`).toBe(true);
      // A signature is lines under the text, with no anchor of its own.
      for (const u of doc.units.list.filter((x) => x.kind !== 'signature')) expect(ids.has(u.id), `${doc.id}#${u.id}`).toBe(true);
      for (const u of doc.units.list.filter((x) => PAGE_KINDS.has(x.kind))) {
        const own = idsOf(readFileSync(join(page, u.id, 'index.html'), 'utf8'));
        for (const s of doc.measure(u.id)!.sentences) expect(own.has(s.id), `${doc.id}/${u.id}#${s.id}`).toBe(true);
      }
    }
  }, 200_000);
});

// Every document shape the parser knows builds as a site of its own (CONTENT_DIR=tests/fixtures/
// shapes/<shape>), and its document page shows all of it: every unit and every sentence has its
// anchor there (a node the body view did not know would be a gap in the text), and every measure,
// article and point has its own page. The unit list is what the pages are checked against.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHTML as decode } from 'entities';
import { piecesOf } from '../../src/lib/round-trip.ts';
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
      const html = readFileSync(join(page, 'index.html'), 'utf8');
      const ids = idsOf(html);
      // Every printed piece that is not a sentence (headings, labels, salutations, signatures,
      // numbers, notes, 版记) is on the page as printed; furniture (a repost's wrapper, a credit) is not text.
      // Compared without whitespace: a date line over several lines is shown a line a block.
      const squash = (t: string) => t.replace(/\s+/gu, '');
      const text = squash(decode(html.replace(/<[^>]+>/g, '')));
      for (const piece of piecesOf(doc.root).filter((p) => p.kind !== 'sentence' && p.kind !== 'furniture'))
        expect(text.includes(squash(piece.printed)), `${doc.id}: ${piece.kind} ${JSON.stringify(piece.printed)}`).toBe(true);
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

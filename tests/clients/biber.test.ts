// The BibTeX of every item of the built site, as the cite panel writes it, checked by biber
// against biblatex's data model (`biber --tool --validate-datamodel`): no field a biblatex entry
// type does not define (the 文号 once was `number` on @misc, which biber warns about).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CiteContext, citationFor } from '../../src/lib/cite/context.ts';
import { files, read } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'biber-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** biber's warnings and errors on a .bib file, and the entries it wrote back. */
function biber(bib: string, name: string): { problems: string[]; entries: number } {
  const file = join(dir, `${name}.bib`);
  const out = join(dir, `${name}_out.bib`);
  writeFileSync(file, bib);
  let log: string;
  try {
    log = execFileSync('biber', ['--tool', '--validate-datamodel', '--nolog', '--output-file', out, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stdout?: string; stderr?: string; status?: number };
    if (err.code === 'ENOENT') throw new Error('biber is not installed: apt-get install -y biber (.ci/run does it)', { cause: e });
    log = `${err.stdout ?? ''}${err.stderr ?? ''}ERROR - biber exited with ${err.status}`;
  }
  return {
    problems: log.split('\n').filter((l) => /^(WARN|ERROR)/.test(l)),
    entries: (readFileSync(out, 'utf8').match(/^@/gm) ?? []).length,
  };
}

describe('biber validates the BibTeX of every item against biblatex’s data model', () => {
  it('finds the field the issue showed (number on @misc): the check can fail', () => {
    const bad = '@misc{a,\n  title = {t},\n  date = {2022-10-07},\n  number = {中办发〔2022〕58号},\n  howpublished = {新华社}\n}\n';
    expect(biber(bad, 'control').problems).toEqual([expect.stringContaining("Invalid field 'number' for entrytype 'misc'")]);
  });

  it('warns about nothing in the site’s citations, the whole item and one sentence of each', () => {
    const contexts: CiteContext[] = files('data/cite', '.json').map((p) => JSON.parse(read(p)));
    const entries = contexts.flatMap((ctx) => {
      const first = ctx.kind === 'news' ? ctx.sentences[0] : ctx.units.flatMap((u) => u.sentences)[0];
      return [
        citationFor(ctx, { kind: 'item' }, '2026-12-01').bibtex,
        ...(first ? [citationFor(ctx, { kind: 'sentence', id: first.id }, '2026-12-01').bibtex] : []),
      ];
    });
    const result = biber(`${entries.join('\n\n')}\n`, 'site');
    expect(result.problems).toEqual([]);
    expect(result.entries).toBe(entries.length);
  });
});

// Every .qdpx of /data/ imported with QualCoder's own REFI-QDA import (its refi.py, run headless
// over its own SQLite schema: tests/clients/qualcoder-import.py): what QualCoder stores is what
// the project holds, to the coding: no coding without its code (QualCoder's code table has
// unique(name), so a code name used twice once lost the second code's codings: 132 of 2,277),
// none refused as a duplicate, every selection at the same code points with the same words, and
// each coding's owner the footing it rests on.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MACHINE_LABEL } from '../../src/lib/actors/index.ts';
import { QDA_USERS } from '../../src/lib/export/refi-qda.ts';
import { readQdpx } from '../support/refi-qda.ts';
import { DIST, PYTHON, corpus, files, readBytes } from './support.ts';

interface Imported {
  file: string;
  sources: number;
  categories: number;
  codes: number;
  codings: number;
  codingsWithoutCode: number;
  annotations: number;
  attributeTypes: number;
  attributes: number;
  log: string[];
  codingList: Array<{ source: string; code: string[] | null; pos0: number; pos1: number; text: string; owner: string }>;
}

const projects = files('data', '.qdpx');
const imported: Imported[] = JSON.parse(
  execFileSync(PYTHON, ['tests/clients/qualcoder-import.py', ...projects.map((p) => join(DIST, p))], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  }),
);
const byFile = new Map(imported.map((r) => [r.file, r]));

/** Our project as QualCoder would list it: the same counts, and each coding as (source, code path, positions, words, owner). */
function ours(path: string) {
  const read = readQdpx(readBytes(path));
  const pathOf = (guid: string): string[] => {
    const code = read.codes.get(guid)!;
    return [...(code.parent ? pathOf(code.parent) : []), code.name];
  };
  const machine = QDA_USERS.find((u) => u.id === 'machine')!.name;
  const codes = [...read.codes.values()];
  return {
    sources: read.sources.length,
    categories: codes.filter((c) => !c.codable).length,
    codes: codes.filter((c) => c.codable).length,
    codings: read.selections.length,
    attributes: read.sources.reduce((n, s) => n + s.variables.size, 0),
    attributeTypes: [(read.project.Variables as { Variable: unknown }).Variable].flat().length,
    codingList: read.selections.map((s) => ({
      source: s.sourceName,
      code: pathOf(s.codes[0]!),
      pos0: s.start,
      pos1: s.end,
      text: s.text,
      machine: s.description.includes(MACHINE_LABEL),
    })),
    machine,
  };
}

const order = (a: { source: string; pos0: number; pos1: number; code: string[] | null }, b: typeof a) =>
  a.source.localeCompare(b.source) || a.pos0 - b.pos0 || a.pos1 - b.pos1 || String(a.code).localeCompare(String(b.code));

describe('QualCoder imports every REFI-QDA project of /data/', () => {
  it('imports the corpus project and one per document', () => {
    expect(projects).toContain('data/corpus.qdpx');
    expect(projects).toHaveLength(corpus.documents.length + 1);
    expect(imported.map((r) => r.file)).toEqual(projects.map((p) => p.slice('data/'.length)));
  });

  it.each(projects)('%s: the same sources, codes, categories and codings, none lost, none without its code', (path) => {
    const got = byFile.get(path.slice('data/'.length))!;
    const want = ours(path);
    expect({
      sources: got.sources,
      categories: got.categories,
      codes: got.codes,
      codings: got.codings,
      codingsWithoutCode: got.codingsWithoutCode,
      attributes: got.attributes,
      attributeTypes: got.attributeTypes,
    }).toEqual({
      sources: want.sources,
      categories: want.categories,
      codes: want.codes,
      codings: want.codings,
      codingsWithoutCode: 0,
      attributes: want.attributes,
      attributeTypes: want.attributeTypes,
    });
    expect(got.log.filter((l) => /Duplicated|error|Cannot/i.test(l))).toEqual([]);
    expect(got.annotations).toBe(0);
  });

  it.each(projects)('%s: every coding at its code points, with its words, under its code, owned by its footing', (path) => {
    const got = byFile.get(path.slice('data/'.length))!;
    const want = ours(path);
    // QualCoder prefixes a source name another source already has (1_…); ours are the items' titles.
    const names = new Set(want.codingList.map((c) => c.source));
    const unprefixed = (name: string) => (names.has(name) ? name : (name.match(/^\d+_(.*)$/s)?.[1] ?? name));
    const stored = got.codingList.map(({ owner, ...c }) => ({ ...c, source: unprefixed(c.source), machine: owner === want.machine }));
    expect(stored.sort(order)).toEqual(want.codingList.sort(order));
    expect(new Set(got.codingList.map((c) => c.owner))).toSatisfy((owners: Set<string>) =>
      [...owners].every((o) => QDA_USERS.some((u) => u.name === o)),
    );
  });
});

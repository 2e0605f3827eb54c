// Round trip on the synthetic sources: the trees account for every character of a source. The
// published sources are held to the same in tests/content/round-trip.test.ts.

import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { itRebuildsEverySource } from '../support/round-trip.ts';
import { FIXTURE_CORPUS } from '../support/site.ts';

describe.each(['tests/fixtures/content', 'tests/fixtures/corpus'])('round trip of %s: nothing in the sources is lost or changed', (dir) => {
  const items = readItems(dir);
  itRebuildsEverySource(items);

  it('every repaired sentence reads as the printed text with the break removed', () => {
    for (const entry of buildCorpus(items).entries) {
      for (const r of entry.repairs) {
        const sentence = entry.sentences.find((s) => s.id === r.sentence)!;
        expect(sentence.text).toContain(r.before + r.after);
        expect(r.removed).toMatch(/^\s+$/);
      }
    }
  });
});

it('the synthetic corpus has repairs to undo: two in the opinion, one in the report', () => {
  expect(buildCorpus(readItems(FIXTURE_CORPUS)).entries.flatMap((e) => e.repairs.map((r) => `${e.id} ${r.id}`))).toEqual([
    '2024-jineng-tisheng r1',
    '2024-jineng-tisheng r2',
    '2024-transport-pilot-patents r1',
  ]);
});

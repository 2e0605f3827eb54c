// Content test: every published source (content/sources/) rebuilds byte for byte from the trees
// of its items, and is the shared copy of the source where one sits beside the checkout; every
// published repair reads as the printed text with the break removed. The same property on the
// synthetic sources is tests/unit/round-trip.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { itRebuildsEverySource } from '../support/round-trip.ts';

const items = readItems('content');
const corpus = buildCorpus(items);

describe('round trip: nothing in the sources is lost or changed', () => {
  itRebuildsEverySource(items);

  // shared/ sits beside the checkout on our machines and in CI; elsewhere this shows as skipped, not passed.
  const shared = (name: string) => new URL(`../../../shared/sources/${name}`, import.meta.url);
  const names = ['yijian-chanyegongren-2024-with-news.txt', 'gaojineng-rencai-2022.txt'];
  it.runIf(names.every((n) => existsSync(shared(n))))('content/sources holds the shared sources byte for byte', () => {
    for (const name of names) {
      expect(readFileSync(`content/sources/${name}`).equals(readFileSync(shared(name))), name).toBe(true);
    }
  });

  it('every repaired sentence reads as the printed text with the break removed', () => {
    for (const entry of corpus.entries) {
      for (const r of entry.repairs) {
        const sentence = entry.sentences.find((s) => s.id === r.sentence)!;
        expect(sentence.text).toContain(r.before + r.after);
        expect(r.removed).toMatch(/^\s+$/);
      }
    }
  });
});

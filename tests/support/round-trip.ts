// The round-trip property, shared by the content test (the published sources) and the unit test
// (the synthetic ones): the items of each source, rebuilt from their trees alone with every repair
// undone, concatenate to the source file byte for byte, and no character is left unaccounted for.
// A saved page (.html) is kept byte for byte and its items concatenate to the text derived from it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { ParsedItem } from '../../src/lib/content/items.ts';
import { isPageSource, sourceText } from '../../src/lib/content/source-text.ts';
import { rebuildSlice } from '../../src/lib/round-trip.ts';

export function itRebuildsEverySource(items: readonly ParsedItem[]): void {
  const bySource = Map.groupBy(items, (i) => i.sourceFile);
  it.each([...bySource.keys()])('%s: the items rebuilt from their trees concatenate to the file byte for byte', (file) => {
    const source = sourceText(readFileSync(file), file).text;
    const inOrder = bySource.get(file)!.sort((a, b) => a.slice[0] - b.slice[0]);
    const rebuilt = inOrder.map((item) => {
      const { text, unaccounted } = rebuildSlice(source, item.slice, item.root);
      expect(unaccounted, `${item.meta.id}: characters no tree node accounts for`).toEqual([]);
      return text;
    });
    if (isPageSource(file)) expect(rebuilt.join('')).toBe(source);
    else expect(Buffer.from(rebuilt.join(''), 'utf8').equals(readFileSync(file))).toBe(true);
  });
}

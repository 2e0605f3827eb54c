// The outline read off the unist tree must say exactly what the parser said before the tree
// existed: the ids, spans, lines, leads and repairs are a public contract (permalinks, exports,
// citations). The digests in the snapshot were taken from the old parser's DocumentTree/NewsTree
// of every item (commit e88c575), before the unist tree; a change of content/ or of
// tests/fixtures/content changes them too (update with `vitest -u`), a change of the parser must not.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { outlineOf } from './outline.ts';

/**
 * The outline in the old tree's shape: without the back-references to the nodes, and with the
 * sentences' `type` and `position`, which the old tree did not have, taken off.
 */
function oldShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oldShape);
  if (!value || typeof value !== 'object') return value;
  const sentence = (value as { type?: unknown }).type === 'sentence';
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'node' && !(sentence && (key === 'type' || key === 'position')))
      .map(([key, v]) => [key, oldShape(v)]),
  );
}

/** Sorted-key JSON, so two values are equal here exactly when toEqual would call them equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const digest = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

describe.each(['content', 'tests/fixtures/content'])('the outline of every item of %s', (dir) => {
  it('is what the parser gave before the unist tree', () => {
    const digests = Object.fromEntries(readItems(dir).map((item) => [item.meta.id, digest(oldShape(outlineOf(item.root)))]));
    expect(digests).toMatchSnapshot();
  });
});

// The outline of an item's tree in the shape the parser gave before the unist tree, and its
// digest: the snapshot tests of src/lib/tree/outline.test.ts (fixtures) and
// tests/content/outline.test.ts (the published items) compare these.
import { createHash } from 'node:crypto';
import type { ParsedItem } from '../../src/lib/content/items.ts';
import { outlineOf } from '../../src/lib/tree/outline.ts';

/**
 * The outline in the old tree's shape: without the back-references to the nodes, with the
 * sentences' `type` and `position`, which the old tree did not have, taken off, and without the
 * outline's flat list of measures, which repeats what its parts hold (and the measures outside any
 * part, which no published item has).
 */
export function oldShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oldShape);
  if (!value || typeof value !== 'object') return value;
  const sentence = (value as { type?: unknown }).type === 'sentence';
  const outline = 'parts' in value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'node' && !(sentence && (key === 'type' || key === 'position')) && !(outline && key === 'measures'))
      .map(([key, v]) => [key, oldShape(v)]),
  );
}

/** Sorted-key JSON, so two values are equal here exactly when toEqual would call them equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export const digest = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

/** Item id → digest of its outline in the old tree's shape. */
export const outlineDigests = (items: readonly ParsedItem[]) =>
  Object.fromEntries(items.map((item) => [item.meta.id, digest(oldShape(outlineOf(item.root)))]));

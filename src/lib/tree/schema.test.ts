import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { readItems } from '../content/items.ts';
import type { ItemRoot, Repair as RepairNode, Span as SpanNode } from './nodes.ts';
import { ItemRootSchema, Repair, Span } from './schema.ts';

// On the fixtures, whose trees hold every kind of node: date lines, furniture of each role,
// subheadings, repairs, parts with and without text of their own.
describe.each(['tests/fixtures/content', 'tests/fixtures/corpus'])('the zod schema of the tree, on every item of %s', (dir) => {
  const items = readItems(dir);

  it.each(items.map((i) => [i.meta.id, i.root] as const))('%s: accepts its tree as stored (JSON) and gives it back whole', (_id, root) => {
    const stored = JSON.parse(JSON.stringify(root)) as unknown;
    expect(ItemRootSchema.parse(stored)).toEqual(root);
  });
});

describe('the zod schema of the tree', () => {
  const root = readItems('tests/fixtures/content')[0]!.root;
  const copy = () => structuredClone(root) as unknown as { children: Array<Partial<Record<string, unknown>>> };

  it('rejects a field the parser does not make, and a node it does not know', () => {
    const extra = copy();
    extra.children[0]!.extra = 1;
    expect(ItemRootSchema.safeParse(extra).success).toBe(false);
    const unknown = copy();
    unknown.children.push({ type: 'table', position: root.position });
    expect(ItemRootSchema.safeParse(unknown).success).toBe(false);
  });

  it('rejects a node without its position', () => {
    const bare = copy();
    delete bare.children[0]!.position;
    expect(ItemRootSchema.safeParse(bare).success).toBe(false);
  });

  it('describes the types of nodes.ts: what it accepts is an ItemRoot, its Repair and Span are the tree’s', () => {
    expectTypeOf<z.infer<typeof ItemRootSchema>>().toExtend<ItemRoot>();
    expectTypeOf<z.infer<typeof Repair>>().toEqualTypeOf<RepairNode>();
    expectTypeOf<z.infer<typeof Span>>().toEqualTypeOf<SpanNode>();
  });
});

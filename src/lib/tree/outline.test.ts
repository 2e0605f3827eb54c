// The outline read off the unist tree must say exactly what the parser said before the tree
// existed: the ids, spans, lines, leads and repairs are a public contract (permalinks, exports,
// citations). The digests in the snapshot were taken from the old parser's DocumentTree/NewsTree
// of every item (commit e88c575), before the unist tree; a change of tests/fixtures/content
// changes them too (update with `vitest -u`), a change of the parser must not. The digests of the
// published items are a content test: tests/content/outline.test.ts.
import { describe, expect, it } from 'vitest';
import { outlineDigests } from '../../../tests/support/outline-digest.ts';
import { readItems } from '../content/items.ts';

describe.each(['tests/fixtures/content'])('the outline of every item of %s', (dir) => {
  it('is what the parser gave before the unist tree', () => {
    expect(outlineDigests(readItems(dir))).toMatchSnapshot();
  });
});

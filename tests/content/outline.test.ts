// Content test: the outline (ids, spans, lines, leads, repairs) of every published item, as
// digests taken from the old parser's DocumentTree/NewsTree of each item (commit e88c575), before
// the unist tree. Pins the public contract of the published texts (permalinks, exports,
// citations): a change of content/ changes these digests (update with `vitest -u`), a change of
// the parser must not. The same check on the fixture is src/lib/tree/outline.test.ts.
import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { outlineDigests } from '../support/outline-digest.ts';

describe.each(['content'])('the outline of every item of %s', (dir) => {
  it('is what the parser gave before the unist tree', () => {
    expect(outlineDigests(readItems(dir))).toMatchSnapshot();
  });
});

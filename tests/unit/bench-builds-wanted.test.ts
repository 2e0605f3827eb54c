import { describe, expect, it } from 'vitest';
import { buildsWanted, SHORT_BUILD_MS, SHORT_BUILD_REPEAT } from '../../scripts/bench/collection-sizes.ts';

describe('how many builds of a size the bench makes', () => {
  it('builds a short build three times, a long one once, and as many as --repeat says when given', () => {
    expect(buildsWanted(undefined, [])).toBe(SHORT_BUILD_REPEAT);
    expect(buildsWanted(undefined, [SHORT_BUILD_MS - 1, SHORT_BUILD_MS - 1])).toBe(SHORT_BUILD_REPEAT);
    expect(buildsWanted(undefined, [SHORT_BUILD_MS])).toBe(1);
    // A size whose second build ran long stops there.
    expect(buildsWanted(undefined, [1_000, SHORT_BUILD_MS + 1])).toBe(2);
    expect(buildsWanted(1, [])).toBe(1);
    expect(buildsWanted(5, [SHORT_BUILD_MS * 3])).toBe(5);
  });
});

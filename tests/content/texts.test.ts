// Content test: the published texts are written in simplified characters throughout, so the
// 繁→简 converter of search changes none of their sentences and a query copied from them is
// searched as is. The converter itself is tested in tests/unit/search-normalize.test.ts.
import { describe, expect, it } from 'vitest';
import { fullConverter } from '../../src/lib/search/simplify-tables.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

describe('the published texts', () => {
  it('changes no character of the texts, so a query copied from them is searched as is', async () => {
    const t2s = await fullConverter();
    const changed = siteModel(PROJECT_CONTENT).corpus.entries.flatMap((e) => e.sentences.filter((s) => t2s(s.text) !== s.text).map((s) => `${e.id}#${s.id}`));
    expect(changed).toEqual([]);
  });
});

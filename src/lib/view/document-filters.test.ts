import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { buildCorpus } from '../corpus.ts';
import { documentFilters } from './document-filters.ts';

const documents = ['opinion', 'regulation', 'explanation'].flatMap((s) => buildCorpus(readItems(`tests/fixtures/shapes/${s}`)).documents);

describe('the documents index filters', () => {
  it('list each kind, issuer and year once, with its documents and its page', () => {
    const filters = documentFilters(documents);
    expect(filters.map((f) => [f.facet, f.value, f.label, f.documents.map((d) => d.id)])).toEqual([
      ['kind', 'opinion', '意见', ['2025-jiceng-zhili']],
      ['kind', 'regulation', '条例', ['2025-mouguan-tiaoli']],
      ['kind', 'explanation', '说明', ['2025-fazhan-shuoming']],
      ['issuer', 'moumoubu', '某某部', ['2025-jiceng-zhili']],
      ['issuer', 'moumouweiyuanhui', '某某委员会', ['2025-mouguan-tiaoli']],
      ['issuer', 'zhangmoumou', '张某某', ['2025-fazhan-shuoming']],
      ['year', '2025', '2025年', ['2025-jiceng-zhili', '2025-mouguan-tiaoli', '2025-fazhan-shuoming']],
    ]);
    expect(filters[1]!.url).toBe('/documents/by/kind/regulation/');
  });
});

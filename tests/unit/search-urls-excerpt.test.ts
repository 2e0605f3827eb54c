import { describe, expect, it } from 'vitest';
import { excerptRuns } from '../../src/lib/search/excerpt.ts';
import { facetCounts, passes } from '../../src/lib/search/facets.ts';
import { highlightTerms, landingUrl, readSearchPageUrl, searchPageUrl } from '../../src/lib/search/urls.ts';

describe('search page URLs', () => {
  it('round-trip the query, filters and the undo of expansion', () => {
    const state = { q: '外卖骑手 社保', filters: { kind: ['措施'], actor: ['工会', '平台企业'] }, literal: true };
    const url = searchPageUrl(state);
    expect(url.startsWith('/search/?q=')).toBe(true);
    expect(readSearchPageUrl(url.slice(url.indexOf('?')))).toEqual(state);
  });

  it('is the bare page without a query', () => {
    expect(searchPageUrl({ q: '', filters: {}, literal: false })).toBe('/search/');
  });
});

describe('landing URLs', () => {
  it('carry the strings to highlight and the clause', () => {
    const url = landingUrl('/documents/doc/m14/', 'm14-s4', ['工资集体协商']);
    expect(url).toBe('/documents/doc/m14/?q=%E5%B7%A5%E8%B5%84%E9%9B%86%E4%BD%93%E5%8D%8F%E5%95%86#m14-s4');
    expect(highlightTerms(url.slice(url.indexOf('?'), url.indexOf('#')))).toEqual(['工资集体协商']);
  });

  it('point at the page when the match is its title', () => {
    expect(landingUrl('/news/x/', '', [])).toBe('/news/x/');
  });
});

describe('facets', () => {
  const units = [
    { filters: { kind: ['措施'], actor: ['工会'] } },
    { filters: { kind: ['新闻'], actor: ['工会', '企业'] } },
    { filters: { kind: ['措施'] } },
  ];

  it('passes a unit with any chosen value of each facet', () => {
    expect(units.map((u) => passes(u, { actor: ['企业', '工会'], kind: ['措施'] }))).toEqual([true, false, false]);
  });

  it('counts each facet under the other facets’ choices, keeping chosen values with no results', () => {
    const c = facetCounts(units, { kind: ['新闻'] });
    expect(c.kind).toEqual([
      { value: '措施', count: 2, selected: false },
      { value: '新闻', count: 1, selected: true },
    ]);
    expect(c.actor).toEqual([
      { value: '工会', count: 1, selected: false },
      { value: '企业', count: 1, selected: false },
    ]);
    const gone = facetCounts(units, { part: ['gone'] });
    expect(gone.part).toEqual([{ value: 'gone', count: 0, selected: true }]);
    expect(gone.kind.map((v) => v.count)).toEqual([0, 0]);
  });
});

describe('excerptRuns', () => {
  it('marks the ranges of a short clause', () => {
    expect(excerptRuns('开展工资集体协商。', [[2, 8]])).toEqual([
      { text: '开展', mark: false },
      { text: '工资集体协商', mark: true },
      { text: '。', mark: false },
    ]);
  });

  it('cuts a long clause around its first mark', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`;
    const runs = excerptRuns(text, [[100, 102]], 40);
    expect(runs[0]).toEqual({ text: '…', mark: false });
    expect(runs.at(-1)).toEqual({ text: '…', mark: false });
    expect(runs.find((r) => r.mark)?.text).toBe('目标');
    expect(runs.reduce((n, r) => n + r.text.length, 0)).toBe(42);
  });
});

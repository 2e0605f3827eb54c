// The work of one query is bounded (issue: a 10,000-character query froze the reader's tab): its
// length (MAX_QUERY_CHARS, said in the status line), its terms (MAX_QUERY_TERMS), the words
// searched apart, the reader words tried (linear in the term), and a citation is never looked up
// in a query longer than any citation. Bidirectional controls typed into a query are dropped, so
// the status line that quotes it reads in order. The browser side: tests/e2e/search-long-query.test.ts.
import { describe, expect, it } from 'vitest';
import { citationLookup } from '../../src/lib/search/citation-lookup.ts';
import { createSearch, type PagefindApi } from '../../src/lib/search/engine.ts';
import { boundQuery, MAX_QUERY_CHARS, MAX_QUERY_TERMS, normaliseQuery } from '../../src/lib/search/normalize.ts';
import { statusLine } from '../../src/lib/search/report.ts';
import { indexThesaurus, readerWordsIn } from '../../src/lib/search/thesaurus-index.ts';
import { unitMeta, type SearchUnit } from '../../src/lib/search/unit.ts';

const UNIT: SearchUnit = {
  item: 'doc',
  unit: 'm1',
  page: '/documents/doc/m1/',
  title: '(一)推进改革',
  context: 'doc · m1',
  kind: '措施',
  clauses: [['m1-s1', '推进产业工人队伍建设改革，完善技能形成体系。']],
  actors: [],
  filters: { kind: ['措施'] },
};

function fakePagefind() {
  const queries: string[] = [];
  const api: PagefindApi = {
    async search(term) {
      queries.push(term);
      const words = term.replaceAll('"', '').split(' ');
      const hit = words.every((w) => UNIT.clauses.some(([, t]) => t.includes(w)));
      return {
        results: hit ? [{ id: 'doc/m1', data: async () => ({ url: UNIT.page, meta: unitMeta(UNIT), filters: UNIT.filters }) }] : [],
      };
    },
  };
  return { queries, api };
}

const thesaurus = indexThesaurus([{ id: 'x', concept: '产业工人', terms: ['产业工人'], reader: ['蓝领工人', '工厂工人'] }]);
const TEXT = '推进产业工人队伍建设改革，完善技能形成体系，蓝领工人';

describe('a query past the bounds', () => {
  it('of 10,000 characters is searched for its first 100, in a bounded number of index queries, and says so', async () => {
    const { api, queries } = fakePagefind();
    const raw = TEXT.repeat(400).slice(0, 10_000);
    const started = performance.now();
    const r = await createSearch({ pagefind: api, thesaurus: async () => thesaurus }).search(raw);
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.cut).toEqual({ chars: { length: 10_000, limit: MAX_QUERY_CHARS } });
    expect(r.raw).toBe(raw.slice(0, MAX_QUERY_CHARS));
    expect(statusLine(r)).toMatch(/^查询过长（10000 字），只搜索了前 100 字；/);
    expect(queries.length).toBeLessThanOrEqual(40);
    expect(Math.max(...queries.map((q) => q.length))).toBeLessThanOrEqual(MAX_QUERY_CHARS + 2);
  });

  it('of more terms than MAX_QUERY_TERMS is searched for the first of them, and says so', async () => {
    const { api } = fakePagefind();
    const raw = Array.from({ length: 20 }, (_, i) => `词${i}`).join(' ');
    const r = await createSearch({ pagefind: api }).search(raw);
    expect(r.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(r.cut).toEqual({ terms: { count: 20, limit: MAX_QUERY_TERMS } });
    expect(statusLine(r)).toMatch(/^查询词过多（20 个），只搜索了前 8 个；没有找到/);
  });

  it('within the bounds says nothing of them', async () => {
    const r = await createSearch({ pagefind: fakePagefind().api }).search('产业工人');
    expect(r.cut).toBeUndefined();
    expect(statusLine(r)).toBe('找到 1 条结果');
  });

  it('is cut between characters, never inside one beyond the BMP', () => {
    const raw = '𠀀'.repeat(150);
    const { text, length } = boundQuery(raw);
    expect(length).toBe(150);
    expect(Array.from(text)).toHaveLength(MAX_QUERY_CHARS);
    expect(text).toBe('𠀀'.repeat(MAX_QUERY_CHARS));
    expect(boundQuery('𠀀'.repeat(60))).toEqual({ text: '𠀀'.repeat(60) });
  });
});

describe('reader words in a term', () => {
  it('takes time linear in the term (every slice of it was cubic)', () => {
    const term = `${'中'.repeat(99_990)}蓝领工人`;
    const started = performance.now();
    const hits = readerWordsIn(term, thesaurus);
    expect(performance.now() - started).toBeLessThan(500);
    expect(hits.map((h) => [h.start, h.word])).toEqual([[99_990, '蓝领工人']]);
  });

  it('still finds the longest at each place', () => {
    expect(readerWordsIn('找蓝领工人和工厂工人', thesaurus).map((h) => h.word)).toEqual(['蓝领工人', '工厂工人']);
  });
});

describe('a citation', () => {
  it('is not looked up in a query longer than any citation: nothing is fetched', async () => {
    const fetched: string[] = [];
    const lookup = citationLookup({
      fetchJson: async (path) => (fetched.push(path), {}),
      counts: async () => ({ names: 1, docs: 1, places: 1 }) as never,
    });
    expect(await lookup.lookUp(`《条例》第八条${'。'.repeat(10_000)}`)).toBeUndefined();
    expect(fetched).toEqual([]);
  });
});

describe('bidirectional controls in a query', () => {
  it('are dropped, so the status line quoting the query reads in order', async () => {
    expect(normaliseQuery('\u202e区块链')).toBe('区块链');
    expect(normaliseQuery('a\u2067b\u2069c\u200fd')).toBe('abcd');
    const r = await createSearch({ pagefind: fakePagefind().api }).search('\u202e区块链');
    expect(statusLine(r)).toBe('没有找到“区块链”');
  });
});

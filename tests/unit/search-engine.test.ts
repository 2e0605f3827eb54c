import { describe, expect, it, vi } from 'vitest';
import { createSearch, type PagefindApi, refilter } from '../../src/lib/search/engine.ts';
import { MAX_QUERY_CHARS } from '../../src/lib/search/normalize.ts';
import { READ_SHARDS } from '../../src/lib/search/shards.ts';
import { expansionNotice, hasUnread, hitJson, statusLine } from '../../src/lib/search/report.ts';
import { indexThesaurus } from '../../src/lib/search/thesaurus-index.ts';
import { type Clause, type SearchUnit, unitMeta } from '../../src/lib/search/unit.ts';

const unit = (item: string, id: string, title: string, clauses: Clause[], filters: Record<string, string[]>): SearchUnit => ({
  item,
  unit: id,
  page: `/documents/${item}/${id}/`,
  title,
  context: `${item} · ${id}`,
  kind: filters['kind']?.[0] ?? '',
  clauses,
  actors: filters['actor'] ?? [],
  filters,
});

const UNITS = [
  unit(
    'doc',
    'm14',
    '(十四)提高产业工人经济收入',
    [
      ['m14-s1', '提高产业工人经济收入。'],
      ['m14-s2', '以提高技能人才薪酬待遇为重点开展工资集体协商。'],
    ],
    { kind: ['措施'], actor: ['工会', '企业'] },
  ),
  unit(
    'doc',
    'm17',
    '(十七)做好新就业形态劳动者维权服务工作',
    [
      ['m17-s1', '做好新就业形态劳动者维权服务工作。'],
      ['m17-s2', '推动平台企业与工会开展协商。'],
    ],
    { kind: ['措施'], actor: ['工会', '平台企业'] },
  ),
  unit(
    'doc',
    'p1',
    '一、总体要求',
    [
      ['p1', '一、总体要求'],
      ['p1-s1', '力争到2035年培养大国工匠。'],
    ],
    { kind: ['总体要求'] },
  ),
];

/** A stand-in for Pagefind: pages containing every space-separated word (quotes ignored). */
function fakePagefind(units: SearchUnit[]) {
  const queries: string[] = [];
  const api: PagefindApi = {
    async search(term) {
      queries.push(term);
      const words = term.replaceAll('"', '').split(' ');
      const hits = units.filter((u) => words.every((w) => u.clauses.some(([, t]) => t.includes(w))));
      return {
        results: hits.map((u) => ({
          id: `${u.item}/${u.unit}`,
          data: async () => ({ url: u.page, meta: unitMeta(u), filters: u.filters }),
        })),
      };
    },
  };
  return { queries, api };
}

/** The same Pagefind, noting the id of every fragment read (a request each in the browser). */
function countingReads(api: PagefindApi) {
  const read: string[] = [];
  const counting: PagefindApi = {
    search: async (q) => {
      const r = await api.search(q);
      return r && { results: r.results.map((x) => ({ ...x, data: () => (read.push(x.id), x.data()) })) };
    },
  };
  return { read, counting };
}

const thesaurus = indexThesaurus([{ id: 'xjy', concept: '新就业形态劳动者', terms: ['新就业形态劳动者'], reader: ['外卖骑手'] }]);

describe('createSearch', () => {
  it('ranks the exact clause first and points at it with the query to highlight', async () => {
    const { api } = fakePagefind(UNITS);
    const r = await createSearch({ pagefind: api }).search('工资集体协商');
    expect(r.status).toBe('found');
    expect(r.all.map((h) => h.id)).toEqual(['m14-s2']);
    expect(r.all[0]!.url).toBe(`/documents/doc/m14/?q=${encodeURIComponent('工资集体协商')}#m14-s2`);
    expect(hitJson(r.all[0]!, 1)).toMatchObject({ id: 'm14-s2', document: 'doc', match: 'exact', via: 'literal', terms: ['工资集体协商'] });
  });

  it('searches each word when nothing matches in full, and says which words are absent', async () => {
    const { api, queries } = fakePagefind(UNITS);
    const r = await createSearch({ pagefind: api }).search('协商 区块链');
    expect(queries).toContain('协商');
    expect(r.status).toBe('partial');
    expect(r.absent).toEqual(['区块链']);
    expect(r.all.every((h) => h.match.kind === 'partial')).toBe(true);
    expect(statusLine(r)).toContain('“区块链”不见于原文');
  });

  it('previews several terms from the units holding them all, reading no unit found by one term alone', async () => {
    const { api } = fakePagefind(UNITS);
    const { read, counting } = countingReads(api);
    const search = createSearch({ pagefind: counting });
    const preview = await search.search('工会 协商', { preview: 1 });
    expect([preview.preview, preview.all.map((h) => h.unit.unit)]).toEqual([true, ['m17']]);
    expect(read).toEqual(['doc/m17']);
    // It read a few candidates: what it counts is a lower bound.
    expect(statusLine(preview)).toBe('至少找到 1 条完全匹配的结果');
    // The whole search reads the unit found by 协商 alone too, and ranks it below.
    const whole = await search.search('工会 协商');
    expect(whole.all.map((h) => [h.unit.unit, h.match.kind])).toEqual([
      ['m17', 'all'],
      ['m14', 'partial'],
    ]);
    // Fewer full matches than the preview asks for: the whole search.
    expect((await search.search('工会 协商', { preview: 2 })).preview).toBeUndefined();
  });

  it('previews from the first dozen likely candidates, however many there are', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      unit(`d${i}`, 'm1', '（一）', [['m1-s1', `第${i}条 开展工资集体协商。`]], { kind: ['措施'] }),
    );
    const { api } = fakePagefind(many);
    const { read, counting } = countingReads(api);
    const preview = await createSearch({ pagefind: counting }).search('工资集体协商', { preview: 5 });
    expect(preview.preview).toBe(true);
    expect(new Set(read).size).toBe(12);
    expect(preview.all.every((h) => h.match.kind === 'exact')).toBe(true);
    read.length = 0;
    await createSearch({ pagefind: counting }).search('工资集体协商');
    expect(new Set(read).size).toBe(30);
  });

  it('requests, while the reader types, the fragments the preview then reads, and only while the text is still the one typed', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      unit(`d${i}`, 'm1', '（一）', [['m1-s1', `第${i}条 开展工资集体协商。`]], { kind: ['措施'] }),
    );
    const { api } = fakePagefind(many);
    const { read, counting } = countingReads(api);
    const search = createSearch({ pagefind: counting });
    // More was typed meanwhile: nothing is requested.
    await search.preload('工资集体协商', { preview: 5, fragments: () => false });
    expect(read).toEqual([]);
    // Without the check (the search page's preload), nor.
    await search.preload('工资集体协商', { preview: 5 });
    expect(read).toEqual([]);
    await search.preload('工资集体协商', { preview: 5, fragments: () => true });
    const ahead = [...read];
    expect(new Set(ahead).size).toBe(12);
    read.length = 0;
    expect((await search.search('工资集体协商', { preview: 5 })).preview).toBe(true);
    // The same candidates: the search's reads are those already requested.
    expect(new Set(read)).toEqual(new Set(ahead));
    // Nothing typed that searches: nothing requested.
    read.length = 0;
    await search.preload('  ', { preview: 5, fragments: () => true });
    expect(read).toEqual([]);
  });

  it('asks a preview’s queries first, and the thesaurus’s terms only when they find too few', async () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      unit(`d${i}`, 'm1', '（一）', [['m1-s1', `第${i}条 保障外卖骑手权益。`]], { kind: ['措施'] }),
    );
    const { api, queries } = fakePagefind(many);
    const search = createSearch({ pagefind: api, thesaurus: async () => thesaurus });
    expect((await search.search('外卖骑手', { preview: 5 })).preview).toBe(true);
    // The phrase first; its six units do not fill the dozen a preview reads, so the term too.
    expect(queries).toEqual(['"外卖骑手"', '外卖骑手']);
    // Too few full matches: the whole search, the text's term for the word with it.
    queries.length = 0;
    const whole = await search.search('外卖骑手', { preview: 7 });
    expect(whole.preview).toBeUndefined();
    expect(queries).toEqual(['"外卖骑手"', '外卖骑手', '新就业形态劳动者']);
    expect(whole.all).toHaveLength(6);
  });

  it('asks a single term only as its phrase when the phrase alone fills what a preview reads', async () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      unit(`d${i}`, 'm1', '（一）', [['m1-s1', `第${i}条 保障外卖骑手权益。`]], { kind: ['措施'] }),
    );
    const { api, queries } = fakePagefind(many);
    const search = createSearch({ pagefind: api, thesaurus: async () => thesaurus });
    const r = await search.search('外卖骑手', { preview: 5 });
    expect(r.preview).toBe(true);
    expect(r.all).toHaveLength(12);
    expect(queries).toEqual(['"外卖骑手"']);
  });

  it('reports a query found nowhere as such', async () => {
    const r = await createSearch({ pagefind: fakePagefind(UNITS).api }).search('区块链');
    expect([r.status, r.all.length, statusLine(r)]).toEqual(['none', 0, '没有找到“区块链”']);
  });

  it("searches a reader's word as the text's term, says so, and can be undone", async () => {
    const load = vi.fn(async () => thesaurus);
    const search = createSearch({ pagefind: fakePagefind(UNITS).api, thesaurus: load });
    const r = await search.search('外卖骑手');
    expect(r.status).toBe('expanded');
    expect(r.all.map((h) => [h.id, h.match.via])).toEqual([['m17-s1', 'expanded']]);
    expect(expansionNotice(r)).toBe('没有找到“外卖骑手”，已按“新就业形态劳动者”搜索');
    const literal = await search.search('外卖骑手', { expand: false });
    expect([literal.status, literal.all.length, expansionNotice(literal)]).toEqual(['none', 0, '']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('converts traditional characters only when the query has Han characters', async () => {
    const toSimplified = vi.fn(async () => (t: string) => t.replace('資', '资').replace('體', '体').replace('協', '协'));
    const search = createSearch({ pagefind: fakePagefind(UNITS).api, toSimplified });
    expect((await search.search('2035')).all.map((h) => h.id)).toEqual(['p1-s1']);
    expect(toSimplified).not.toHaveBeenCalled();
    expect((await search.search('工資集體協商')).all.map((h) => h.id)).toEqual(['m14-s2']);
    expect(toSimplified).toHaveBeenCalledTimes(1);
  });

  it('counts filter values over the results and filters without searching again', async () => {
    const { api, queries } = fakePagefind(UNITS);
    const r = await createSearch({ pagefind: api }).search('协商');
    expect(Object.fromEntries(r.facets.actor.map((v) => [v.value, v.count]))).toEqual({ 工会: 2, 企业: 1, 平台企业: 1 });
    const asked = queries.length;
    const only = refilter(r, { actor: ['平台企业'] });
    expect(only.hits.map((h) => h.unit.unit)).toEqual(['m17']);
    expect(only.all).toHaveLength(2);
    expect(only.facets.actor.find((v) => v.value === '平台企业')).toEqual({ value: '平台企业', count: 1, selected: true });
    // The actor facet counts as if no actor were chosen; other facets count the filtered set.
    expect(only.facets.actor.find((v) => v.value === '企业')!.count).toBe(1);
    expect(queries).toHaveLength(asked);
  });

  it('returns an empty response for an empty query', async () => {
    const r = await createSearch({ pagefind: fakePagefind(UNITS).api }).search(' ，');
    expect([r.status, r.terms, statusLine(r)]).toEqual(['empty', [], '']);
  });
});

describe('createSearch over shards', () => {
  // Three shards of one unit each, oldest first; a stand-in directory names those holding every word.
  const SHARDED = [
    { name: 's00000', from: '2010-01-01', unit: UNITS[2]! },
    { name: 's00001', from: '2018-06-01', unit: UNITS[0]! },
    { name: 's00002', from: '2024-09-01', unit: UNITS[1]! },
  ];
  /** `recent`: shards the first directory names, the newest; the older ones it names once more are needed than it names. */
  function fakeShards(recent = SHARDED.length) {
    const opened = new Set<string>();
    const preloaded: string[] = [];
    const finds: Array<{ queries: readonly string[]; need: number | undefined }> = [];
    const holds = (q: string, u: SearchUnit) =>
      q
        .replaceAll('"', '')
        .split(' ')
        .every((w) => u.clauses.some(([, t]) => t.includes(w)));
    const shards = {
      find: async (queries: readonly string[], need?: number) => {
        finds.push({ queries, need });
        const all = SHARDED.filter((s) => queries.some((q) => holds(q, s.unit)))
          .reverse()
          .map(({ name, from }) => ({ name, from }));
        const first = all.filter((s) => SHARDED.findIndex((x) => x.name === s.name) >= SHARDED.length - recent);
        const older = first.length < all.length;
        return older && first.length < (need ?? Infinity) ? { shards: all, older: false } : { shards: first, older };
      },
      open: async (names: readonly string[]) => void names.forEach((n) => opened.add(n)),
      newest: async (count: number) =>
        [...SHARDED]
          .reverse()
          .slice(0, count)
          .map(({ name, from }) => ({ name, from })),
      preload: async (text: string) => void preloaded.push(text),
    };
    // Pagefind over the shards open at the time of each query.
    const open = (within?: readonly string[]) =>
      fakePagefind(SHARDED.filter((s) => opened.has(s.name) && (!within || within.includes(s.name))).map((s) => s.unit)).api;
    return { opened, preloaded, finds, shards, open };
  }

  it('reads the newest shards holding the query, up to its budget, and says from which date it read them all', async () => {
    const f = fakeShards();
    const search = createSearch({ pagefind: { search: (q, within) => f.open(within).search(q) }, shards: f.shards });
    const r = await search.search('协商', { shards: 1 });
    expect([...f.opened]).toEqual(['s00002']);
    expect(r.all.map((h) => h.unit.unit)).toEqual(['m17']);
    expect(r.shards).toEqual({ read: 1, held: 2, since: '2024-09-01' });
    expect(statusLine(r)).toBe('找到 1 条结果；已检索2024年9月1日之后的文件；更早的文件中还有 1 组含这些词，尚未检索');
    const more = await search.search('协商', { shards: 2 });
    expect(more.all.map((h) => h.unit.unit).sort()).toEqual(['m14', 'm17']);
    expect(more.shards).toEqual({ read: 2, held: 2, since: '2018-06-01' });
    expect(statusLine(more)).toBe('找到 2 条结果');
    // A shard not holding the query is never opened for it.
    expect(f.opened.has('s00000')).toBe(false);
  });

  it('says older shards hold the words when the newest held enough and the older were not counted', async () => {
    const f = fakeShards(1);
    const search = createSearch({ pagefind: { search: (q, within) => f.open(within).search(q) }, shards: f.shards });
    const r = await search.search('协商', { shards: 1 });
    expect(f.finds.map((x) => x.need)).toEqual([1]);
    expect(r.all.map((h) => h.unit.unit)).toEqual(['m17']);
    expect(r.shards).toEqual({ read: 1, held: 1, since: '2024-09-01', older: true });
    expect(hasUnread(r)).toBe(true);
    expect(statusLine(r)).toBe('找到 1 条结果；已检索2024年9月1日之后的文件；更早的文件也有这些词，尚未检索');
    // Wanting more than the newest hold, the search counts the older ones.
    const more = await search.search('协商', { shards: 2 });
    expect(more.shards).toEqual({ read: 2, held: 2, since: '2018-06-01' });
    expect(hasUnread(more)).toBe(false);
    // Newer shards counted and unread, older ones not counted: the count is a floor.
    const floor = { ...r, shards: { read: 1, held: 3, since: '2024-09-01', older: true as const } };
    expect(statusLine(floor)).toBe('找到 1 条结果；已检索2024年9月1日之后的文件；更早的文件中还有 2 组以上含这些词，尚未检索');
    expect(hasUnread({ ...r, shards: { read: 1, held: 1 } })).toBe(false);
  });

  it('opens the newest shards a preview reads before any query, and preloads what is typed, bounded', async () => {
    const f = fakeShards();
    const search = createSearch({
      pagefind: { search: (q, within) => f.open(within).search(q) },
      shards: f.shards,
      toSimplified: async () => (s: string) => s.replaceAll('協', '协'),
    });
    await search.warm();
    expect([...f.opened]).toEqual(['s00002', 's00001', 's00000'].slice(0, READ_SHARDS.preview));
    await search.preload('  協商 ');
    await search.preload('   ');
    await search.preload('字'.repeat(MAX_QUERY_CHARS + 50));
    // The term and its phrase (the search's main queries), the long one cut where the search cuts it.
    expect(f.preloaded.map((t) => t.slice(0, 4))).toEqual(['协商', '"协商"', '字字字字', '"字字字']);
    expect(f.preloaded[2]).toHaveLength(MAX_QUERY_CHARS);
    // A reader's word: the text's terms for it load too, unless the reader asked for their words only.
    const expanding = createSearch({ pagefind: fakePagefind([]).api, shards: f.shards, thesaurus: async () => thesaurus });
    f.preloaded.length = 0;
    await expanding.preload('外卖骑手');
    expect(f.preloaded).toContain('新就业形态劳动者');
    f.preloaded.length = 0;
    await expanding.preload('外卖骑手', { expand: false });
    expect(f.preloaded).toEqual(['外卖骑手', '"外卖骑手"']);
    // A preview's preload: the typed word and its phrase, not the text's terms for it.
    f.preloaded.length = 0;
    await expanding.preload('外卖骑手', { preview: 5 });
    expect(f.preloaded).toEqual(['外卖骑手', '"外卖骑手"']);
    // Warmed shards hold no query by that alone: the answer is still of the shards holding it.
    const r = await search.search('协商', { shards: 1 });
    expect(r.all.map((h) => h.unit.unit)).toEqual(['m17']);
    expect(r.shards).toEqual({ read: 1, held: 2, since: '2024-09-01' });
  });
});

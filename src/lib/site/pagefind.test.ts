// The whole layout of the search index on a small real one: records cut into shards, each a
// Pagefind bundle, and the directory; then read by Pagefind's own browser code in Node as a
// search reads it (src/lib/search/sharded-index.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'cborg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_VERSION, pagefindBody } from './pagefind-files.ts';
import { openIndex } from '../search/node/pagefind.ts';
import { planShards } from '../search/shards.ts';
import { checkPagefindVersion, indexSite, installedPagefindVersion, type PagefindRecord } from './pagefind.ts';

const texts: Record<string, string[]> = {
  old: ['完善产业工人工资决定、合理增长、支付保障机制。', '健全按要素分配政策制度。'],
  mid: ['全面推行工会劳动法律监督“一函两书”。', '加强对平台企业的监管。', '完善产业工人技能形成体系。'],
  new: ['研究推动新就业形态领域立法，开展职业伤害保障试点。', '健全劳动争议多元处理机制。'],
};
const dates: Record<string, string> = { old: '2010-01-01', mid: '2018-06-01', new: '2024-09-01' };

const record = (item: string, i: number, content: string): PagefindRecord => ({
  url: `/documents/${item}/m${i}/`,
  content,
  language: 'zh-cn',
  meta: { item, unit: `m${i}`, title: '', context: '', kind: '措施', clauses: JSON.stringify([[`m${i}-s1`, content]]) },
  filters: { document: [item] },
});

let site: string;
const shards = planShards(
  Object.keys(texts).map((id) => ({ id, date: dates[id], units: texts[id]!.length })),
  3,
);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'pagefind-layout-'));
  const records = Object.entries(texts).flatMap(([item, list]) => list.map((t, i) => record(item, i + 1, t)));
  // The first directory names the two newest shards, the older directory the oldest.
  await indexSite(site, { shards, records: (shard) => records.filter((r) => shard.items.includes(r.meta['item']!)), recentShards: 2 });
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the sharded search index', () => {
  it('writes a directory with Pagefind’s code and a bundle per shard without it', () => {
    expect(shards.map((s) => s.items)).toEqual([['old'], ['mid'], ['new']]);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(site, 'pagefind', 'shards')).sort()).toEqual(['s00000', 's00001', 's00002']);
    const shard = readdirSync(join(site, 'pagefind', 'shards', 's00001')).sort();
    expect(shard.filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
    expect(shard).toContain('pagefind-entry.json');
    // Its pages are named by a common prefix and their place; their fragments, of one document
    // and few, are one group, a file named by the prefix and the group's place.
    const dir = join(site, 'pagefind', 'shards', 's00001');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const meta = decode(pagefindBody('meta', readFileSync(join(dir, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)))) as unknown[];
    const pages = meta[1] as Array<[string, number, string]>;
    expect(pages).toHaveLength(3);
    const prefix = pages[0]![0].slice(0, 6);
    pages.forEach(([name, , group], i) => {
      expect(name).toBe(`${prefix}-${i}`);
      expect(group).toBe(`${prefix}_0`);
    });
    expect(readdirSync(join(dir, 'fragment'))).toEqual([`${prefix}_0.pf_fragment`]);
    const group = JSON.parse(
      pagefindBody('group', readFileSync(join(dir, 'fragment', `${prefix}_0.pf_fragment`))).toString('utf8'),
    ) as Record<string, { url: string }>;
    expect(Object.entries(group).map(([name, f]) => [name, f.url])).toEqual(pages.map(([name], i) => [name, `/documents/mid/m${i + 1}/`]));
  });

  it('names, for a query, exactly the shards that have results for it, newest first', async () => {
    for (const [q, expected] of [
      ['产业工人', ['s00001', 's00000']],
      ['一函两书', ['s00001']],
      ['职业伤害', ['s00002']],
      ['健全', ['s00002', 's00000']],
      ['区块链', []],
      // A phrase: the shards holding its words (the directory cannot tell adjacency; the shard does).
      ['"职业伤害"', ['s00002']],
      ['"工人工资"', ['s00000']],
    ] as const) {
      const index = await openIndex(site);
      expect(
        (await index.shards.find([q])).shards.map((s) => s.name),
        q,
      ).toEqual(expected);
      // Each shard alone: a result exactly where the directory says.
      for (const s of shards) {
        const alone = await openIndex(site);
        await alone.shards.open([s.name]);
        const found = (await alone.pagefind.search(q))?.results.length ?? 0;
        expect(found > 0, `${q} in ${s.name}`).toBe((expected as readonly string[]).includes(s.name));
      }
    }
    // Words apart in every shard holding them: the directory names the shards, which find no phrase.
    const index = await openIndex(site);
    expect((await index.shards.find(['"健全机制"'])).shards.map((s) => s.name)).toEqual(['s00002', 's00000']);
    await index.shards.open(['s00002', 's00000']);
    expect((await index.pagefind.search('"健全机制"'))?.results.length ?? 0).toBe(0);
  });

  it('reads the older directory only for a search that needs more shards than the first names, and holds its words', async () => {
    const older = readdirSync(join(site, 'pagefind', 'older')).sort();
    expect(older).toContain('pagefind-entry.json');
    expect(older.filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
    const index = await openIndex(site);
    const olderFiles = () => index.fetched().filter((p) => p.startsWith('/pagefind/older/'));
    // Enough in the newest shards: the older ones are only said to hold the words.
    expect(await index.shards.find(['产业工人'], 1)).toEqual({ shards: [{ name: 's00001', from: '2018-06-01' }], older: true });
    // The older shards lack some word (as the oldest shard alone finds nothing): not read, however many are wanted.
    expect(await index.shards.find(['职业伤害'], 5)).toEqual({ shards: [{ name: 's00002', from: '2024-09-01' }], older: false });
    expect(await index.shards.find(['区块链'], 5)).toEqual({ shards: [], older: false });
    expect(olderFiles()).toEqual([]);
    // More wanted than the first names: the older directory is read, and names its shards.
    const all = await index.shards.find(['产业工人'], 2);
    expect(all).toEqual({
      shards: [
        { name: 's00001', from: '2018-06-01' },
        { name: 's00000', from: '2010-01-01' },
      ],
      older: false,
    });
    expect(olderFiles().some((p) => p.endsWith('.pf_meta'))).toBe(true);
    // Once read, every answer counts its shards.
    expect((await index.shards.find(['健全'], 1)).shards.map((s) => s.name)).toEqual(['s00002', 's00000']);
  });

  it('searches only the shards opened, and of those only the ones the directories name for the query', async () => {
    const index = await openIndex(site);
    await index.shards.find(['产业工人']);
    expect((await index.pagefind.search('产业工人'))?.results.length).toBe(0);
    await index.shards.open(['s00000']);
    const found = await index.pagefind.search('产业工人');
    expect(await Promise.all(found!.results.map(async (r) => (await r.data()).meta['item']))).toEqual(['old']);
    await index.shards.open(['s00001', 's00002']);
    expect((await index.pagefind.search('产业工人'))?.results.length).toBe(2);
    // 劳动争议 is in the newest shard only: the others are not asked (no fallback to 劳动 there).
    expect(
      await Promise.all(((await index.pagefind.search('劳动争议'))?.results ?? []).map(async (r) => (await r.data()).meta['item'])),
    ).toEqual(['new']);
  });

  it('names the newest shards before any query, and loads a query’s chunks ahead so its search fetches none', async () => {
    const index = await openIndex(site);
    expect((await index.shards.newest(2)).map((s) => s.name)).toEqual(['s00002', 's00001']);
    // The first directory's: the older directory is not read for them.
    expect((await index.shards.newest(9)).map((s) => [s.name, s.from])).toEqual([
      ['s00002', '2024-09-01'],
      ['s00001', '2018-06-01'],
    ]);
    await index.shards.open(['s00002', 's00001']);
    const before = index.fetched().length;
    await index.shards.preload('劳动争议');
    const loaded = index.fetched().slice(before);
    // The directory's chunk and each open shard's: the words are looked up everywhere, nothing is searched.
    expect(loaded.filter((p) => /^\/pagefind\/index\//.test(p))).toHaveLength(1);
    expect(loaded.filter((p) => p.includes('/shards/s00002/index/'))).toHaveLength(1);
    expect(loaded.filter((p) => p.includes('/shards/s00001/index/'))).toHaveLength(1);
    expect(loaded.filter((p) => p.endsWith('.pf_fragment'))).toEqual([]);
    const mark = index.fetched().length;
    const found = await index.pagefind.search('劳动争议');
    expect(await Promise.all((found?.results ?? []).map(async (r) => (await r.data()).meta['item']))).toEqual(['new']);
    expect(
      index
        .fetched()
        .slice(mark)
        .filter((p) => !p.endsWith('.pf_fragment') && !p.endsWith('.pf_filter')),
    ).toEqual([]);
    // Asked of some open shards only, the search answers from those alone.
    expect((await index.pagefind.search('产业工人'))?.results.length).toBe(1);
    expect((await index.pagefind.search('产业工人', ['s00002']))?.results.length ?? 0).toBe(0);
  });

  it('writes the same files, byte for byte, when built again (records given to Pagefind all at once, shards two at a time)', async () => {
    const again = mkdtempSync(join(tmpdir(), 'pagefind-layout-'));
    try {
      const records = Object.entries(texts).flatMap(([item, list]) => list.map((t, i) => record(item, i + 1, t)));
      await indexSite(again, { shards, records: (shard) => records.filter((r) => shard.items.includes(r.meta['item']!)), recentShards: 2 });
      const files = (dir: string) => readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort();
      expect(files(again)).toEqual(files(site));
      for (const f of files(site)) {
        if (!existsSync(join(site, 'pagefind', f)) || !f.includes('.')) continue;
        expect(readFileSync(join(again, 'pagefind', f)).equals(readFileSync(join(site, 'pagefind', f))), f).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('stops on a Pagefind other than the release whose format it rewrites', () => {
    expect(installedPagefindVersion()).toBe(PAGEFIND_VERSION);
    expect(() => checkPagefindVersion('1.7.0')).toThrow(
      /Pagefind 1\.7\.0 is installed, but this build reads and rewrites the bundle format of Pagefind 1\.6\.0/,
    );
    expect(() => checkPagefindVersion()).not.toThrow();
  });
});

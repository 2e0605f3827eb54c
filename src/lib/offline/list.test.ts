import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { siteFiles } from '../site/built-pages.ts';
import { type SearchFileList, offlineLists } from './list.ts';
import { writeOfflineLists } from './write.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-list-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const lists = (d: string) => offlineLists(d, siteFiles(d));

const json = JSON.stringify({ words: Array.from({ length: 200 }, (_, i) => `词${i % 7}`) });
const built = {
  'index.html': 'home',
  'search/index.html': 'search',
  'search/thesaurus.json': '{}',
  'search/query.json': json,
  'search/simplify.json': '{}',
  'search/citations/names-0.json': '[]',
  'pagefind/pagefind.js': 'js',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/pagefind-highlight.js': 'hl',
  'pagefind/pagefind.zh-cn_1.pf_meta': 'm',
  'pagefind/index/zh-cn_1.pf_index': 'i',
  'pagefind/fragment/zh-cn_2.pf_fragment': 'f',
  // A shard's bundle, as the sharded layout writes them.
  'pagefind/shards/a/pagefind-entry.json': '{}',
  'pagefind/shards/a/pagefind.zh-cn_3.pf_meta': 'm',
  'pagefind/shards/a/index/zh-cn_3.pf_index': 'i',
  'pagefind/shards/a/filter/zh-cn_4.pf_filter': 'x',
  'pagefind/shards/a/pagefind-ui.js': 'ui',
  '_astro/Base.1.css': 'css',
  '_astro/reader.2.js': 'js',
  'theme-init.js': 't',
  'favicon.svg': 'svg',
};

describe('offlineLists', () => {
  it('lists every file search needs, in every Pagefind bundle (not its own UI), apart from the page’s list', async () => {
    const { list, search } = await lists(site(built));
    expect(search.files).toEqual([
      '/pagefind/fragment/zh-cn_2.pf_fragment',
      '/pagefind/index/zh-cn_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.zh-cn_1.pf_meta',
      '/pagefind/shards/a/filter/zh-cn_4.pf_filter',
      '/pagefind/shards/a/index/zh-cn_3.pf_index',
      '/pagefind/shards/a/pagefind-entry.json',
      '/pagefind/shards/a/pagefind.zh-cn_3.pf_meta',
      '/search/citations/names-0.json',
      '/search/query.json',
      '/search/simplify.json',
      '/search/',
    ]);
    expect(search.version).toBe(list.version);
    expect(list.version).toMatch(/^[0-9a-f]{16}$/);
    expect(list.assets).toEqual(['/_astro/Base.1.css', '/_astro/reader.2.js']);
    expect(list.shell).toEqual(['/theme-init.js', '/favicon.svg']);
    expect(list.search.list).toBe(`/_astro/offline-search.${list.version}.json`);
    expect(list.search.files).toBe(search.files.length);
  });

  it('sizes the store as stored (raw) and as downloaded (text gzipped, Pagefind’s compressed files as they are)', async () => {
    const { list } = await lists(site(built));
    const listed = [
      'pagefind/fragment/zh-cn_2.pf_fragment',
      'pagefind/index/zh-cn_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind.zh-cn_1.pf_meta',
      'pagefind/shards/a/filter/zh-cn_4.pf_filter',
      'pagefind/shards/a/index/zh-cn_3.pf_index',
      'pagefind/shards/a/pagefind-entry.json',
      'pagefind/shards/a/pagefind.zh-cn_3.pf_meta',
      'search/citations/names-0.json',
      'search/query.json',
      'search/simplify.json',
      'search/index.html',
    ] as const;
    const raw = (f: (typeof listed)[number]) => Buffer.byteLength(built[f]);
    expect(list.search.bytes).toBe(listed.reduce((n, f) => n + raw(f), 0));
    const sent = (f: (typeof listed)[number]) => (/\.pf_|\.pagefind$/.test(f) ? raw(f) : gzipSync(built[f]).length);
    expect(list.search.download).toBe(listed.reduce((n, f) => n + sent(f), 0));
    // The repetitive JSON travels smaller than it is stored.
    expect(gzipSync(json).length).toBeLessThan(json.length);
  });

  it('keeps the list every page reads the same size however large the index grows', async () => {
    const index = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`pagefind/shards/s${i % 10}/fragment/zh-cn_${i}.pf_fragment`, 'f']));
    const small = (await lists(site({ ...built, ...index(10) }))).list;
    const large = await lists(site({ ...built, ...index(5000) }));
    expect(large.search.files.length).toBeGreaterThan(5000);
    // Only the numbers of the store's count and size differ.
    expect(Math.abs(JSON.stringify(large.list).length - JSON.stringify(small).length)).toBeLessThan(16);
  });

  it('has a version that changes with any listed file and only then', async () => {
    const v1 = (await lists(site(built))).list.version;
    expect((await lists(site({ ...built, 'index.html': 'another home page' }))).list.version).toBe(v1);
    expect((await lists(site({ ...built, 'pagefind/shards/a/index/zh-cn_3.pf_index': 'j' }))).list.version).not.toBe(v1);
    expect((await lists(site({ ...built, '_astro/reader.2.js': 'js2' }))).list.version).not.toBe(v1);
  });

  it('writes both lists, and lists a built site again as it did when it was built', async () => {
    const d = site(built);
    const list = await writeOfflineLists(d);
    expect(JSON.parse(readFileSync(join(d, 'offline.json'), 'utf8'))).toEqual(list);
    const search = JSON.parse(readFileSync(join(d, list.search.list.slice(1)), 'utf8')) as SearchFileList;
    expect(search).toEqual((await lists(d)).search);
    expect((await lists(d)).list).toEqual(list);
  });

  it('refuses a site without a search index', async () => {
    await expect(lists(site({ 'index.html': 'home' }))).rejects.toThrow('no Pagefind index');
  });
});

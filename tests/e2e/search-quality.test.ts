// The search-quality suites against the real built index, in Node (Pagefind's own bundle with
// the document and fetch stand-ins), plus the command line and the bench hook.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildSearchOnly } from '../../scripts/bench/search-only.ts';
import { benchSearch } from '../../src/lib/search/node/bench.ts';
import { fold } from '../../src/lib/search/normalize.ts';
import { type NodeSearch, openSearch } from '../../src/lib/search/node/search.ts';
import { openIndex } from '../../src/lib/search/node/pagefind.ts';
import { READ_SHARDS } from '../../src/lib/search/shards.ts';
import { ABSENT, LITERAL } from '../search-quality/literal.ts';
import { READERS, READERS_ABSENT } from '../search-quality/readers.ts';
import { runAbsent, runSuite } from '../search-quality/run.ts';

const DIST = 'dist';
let search: NodeSearch;

beforeAll(async () => {
  search = await openSearch(DIST);
});

const report = (name: string, r: { n: number; hit1: number; hit3: number; misses: unknown[] }) =>
  console.log(
    `${name}: ${r.n} queries, hit@1 ${r.hit1}, hit@3 ${r.hit3}${r.misses.length ? `\n  misses: ${r.misses.map((m) => JSON.stringify(m)).join('\n  ')}` : ''}`,
  );

describe('search quality on the built index', () => {
  it('finds queries in the texts’ own words: hit@3 ≥ 0.95 over at least 60 queries', async () => {
    const r = await runSuite(search, LITERAL);
    report('literal', r);
    expect(r.n).toBeGreaterThanOrEqual(60);
    expect(r.hit3).toBeGreaterThanOrEqual(0.95);
    expect(r.hit1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds queries in readers’ own words through the thesaurus: hit@3 ≥ 0.9 over at least 40 queries', async () => {
    const r = await runSuite(search, READERS);
    report('readers', r);
    const without = await runSuite(search, READERS, false);
    report('readers, thesaurus off', without);
    expect(r.n).toBeGreaterThanOrEqual(40);
    expect(r.hit3).toBeGreaterThanOrEqual(0.9);
    expect(r.hit1).toBeGreaterThanOrEqual(0.85);
    // What the thesaurus is for: literally, these words find almost nothing.
    expect(without.hit3).toBeLessThan(r.hit3);
  });

  it('never claims a full match for terms the texts do not contain, nor dresses them up by expansion', async () => {
    const absent = [...new Set([...ABSENT, ...READERS_ABSENT])];
    // A new document may start using a term: then it no longer belongs here, and this says so.
    const sources = readdirSync('content/sources').map((f) => fold(readFileSync(join('content/sources', f), 'utf8')));
    for (const q of absent)
      expect(
        sources.some((t) => t.includes(fold(q))),
        `${q} occurs in content/sources`,
      ).toBe(false);
    const rows = await runAbsent(search, absent);
    for (const row of rows) {
      expect(row.full, row.q).toEqual([]);
      expect(['partial', 'none'], row.q).toContain(row.status);
      expect(row.expanded, row.q).toBe(false);
    }
  });

  it('previews, in the header box, full literal matches the whole search finds too, from a dozen fragments, as well as the whole search ranks', async () => {
    const previewed: string[] = [];
    // The suites' queries, and broad ones, of one term and of several.
    const broad = [
      '工会',
      '企业',
      '培训',
      '党',
      '人才',
      '职工',
      '技能',
      '制度',
      '高技能人才 评价',
      '工会 职工',
      '企业 培训 技能',
      '产业工人 工资',
    ];
    for (const q of [...LITERAL.map((c) => c.q), ...READERS.map((c) => c.q), ...broad]) {
      // The fragments the preview fetched (none a second time: at most what it read), then the whole search.
      const before = search.index.fetched().length;
      const preview = await search.search(q, { preview: 5 });
      const fragments = search.index
        .fetched()
        .slice(before)
        .filter((p) => p.endsWith('.pf_fragment')).length;
      const whole = await search.search(q, { shards: READ_SHARDS.preview });
      expect(preview.shards, q).toEqual(whole.shards);
      if (!preview.preview) {
        expect(preview.all, q).toEqual(whole.all);
        continue;
      }
      previewed.push(q);
      expect(fragments, q).toBeLessThanOrEqual(12);
      const found = new Set(whole.all.map((h) => `${h.unit.item}#${h.id}`));
      for (const h of preview.all) {
        expect(h.match.kind, q).not.toBe('partial');
        expect(h.match.via, q).toBe('literal');
        expect(found.has(`${h.unit.item}#${h.id}`), `${q}: ${h.unit.item}#${h.id}`).toBe(true);
      }
    }
    console.log(`previewed: ${previewed.join(' ')}`);
    expect(previewed.length).toBeGreaterThan(10);
    // What the box shows is as good as what the page shows, by the suites' own measure.
    const literal = await runSuite(search, LITERAL, true, 5);
    report('literal, as the header box previews', literal);
    expect(literal.hit3).toBeGreaterThanOrEqual(0.95);
    expect(literal.hit1).toBeGreaterThanOrEqual(0.9);
    const readers = await runSuite(search, READERS, true, 5);
    report('readers, as the header box previews', readers);
    expect(readers.hit3).toBeGreaterThanOrEqual(0.9);
    expect(readers.hit1).toBeGreaterThanOrEqual(0.85);
  });

  it('reads only the shards the directory names for a query, and the directory names every shard with a result', async () => {
    // The site's own index is one shard or two today: the same corpus is cut into several here,
    // as a collection twenty times its size is cut, and searched as the site's is.
    const SITE = mkdtempSync(join(tmpdir(), 'quality-shards-'));
    onTestFinished(() => rmSync(SITE, { recursive: true, force: true }));
    await buildSearchOnly('content', SITE, { layout: { shardUnits: 200, recentShards: 2 } });
    const shards = readdirSync(join(SITE, 'pagefind', 'shards')).sort();
    expect(shards.length).toBeGreaterThan(4);
    const sharded = await openSearch(SITE);
    const queries = [...LITERAL, ...READERS].map((c) => c.q).slice(0, 40);
    const named = new Map<string, string[]>();
    for (const q of queries)
      named.set(
        q,
        (await sharded.index.shards.find([q])).shards.map((s) => s.name),
      );
    for (const shard of shards) {
      // A fresh index with this one shard open: its units found for each query.
      const alone = await openIndex(SITE);
      await alone.shards.open([shard]);
      for (const q of queries) {
        const found = (await alone.pagefind.search(q))?.results.length ?? 0;
        if (found) expect(named.get(q), `${q} has ${found} results in ${shard}`).toContain(shard);
      }
    }
    // And a search fetches the metadata of no shard the directory did not name (天平三号 is in one).
    const fresh = await openSearch(SITE);
    const r = await fresh.search('天平三号');
    const metas = fresh.index.fetched().filter((p) => p.includes('/shards/') && p.endsWith('.pf_meta'));
    expect(r.shards!.held).toBeLessThan(shards.length);
    expect(metas.length).toBe(r.shards!.read);
  }, 180_000);

  it('lands every top result on a page and a clause that exist', async () => {
    for (const c of [...LITERAL, ...READERS]) {
      const r = await search.search(c.q);
      for (const hit of r.all.slice(0, 3)) {
        const [path, fragment] = hit.url.replace(/\?[^#]*/, '').split('#') as [string, string | undefined];
        const file = join(DIST, path, 'index.html');
        expect(existsSync(file), hit.url).toBe(true);
        if (fragment) expect(readFileSync(file, 'utf8'), `${c.q} → ${hit.url}`).toContain(`id="${fragment}"`);
      }
    }
  });
});

describe('npm run search', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/search.ts', ...args], { encoding: 'utf8' });

  it('prints ranked results, one JSON object a line', () => {
    const out = run('一函两书', '--limit', '3');
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({
      rank: 1,
      id: 'm17-s3',
      document: '2024-chanye-gongren',
      match: 'exact',
      via: 'literal',
      terms: ['一函两书'],
    });
    expect(lines[0]!['url']).toBe(`/documents/2024-chanye-gongren/m17/?q=${encodeURIComponent('一函两书')}#m17-s3`);
  });

  it('says when it searched the text’s terms for a reader’s word, and marks those results expanded', () => {
    const out = run('外卖骑手');
    expect(out.stderr).toContain('没有找到“外卖骑手”，已按“新就业形态劳动者”搜索');
    const first = JSON.parse(out.stdout.split('\n')[0]!) as { terms: string[] };
    expect(first).toMatchObject({ id: 'm17-s1', match: 'exact', via: 'expanded' });
    expect(first.terms).toContain('新就业形态劳动者');
    const literal = run('外卖骑手', '--literal');
    expect([literal.stdout, literal.stderr.trim()]).toEqual(['', '没有找到“外卖骑手”（查询：外卖骑手）']);
  });

  it('filters like the search page', () => {
    const out = run('协商', '--actor', '平台企业');
    const ids = out.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { unit: string }).unit);
    expect(ids).toContain('m17');
    expect(ids).not.toContain('m14');
  });
});

describe('bench hook', () => {
  it('reports bytes fetched and ms to first result per query', async () => {
    const rows = await benchSearch(['一函两书', '外卖骑手'], { distDir: DIST });
    for (const row of rows) {
      expect(row.bytes).toBeGreaterThan(10_000);
      expect(row.requests).toBeGreaterThan(2);
      expect(row.ms).toBeGreaterThan(0);
    }
    expect(rows.map((r) => r.first)).toEqual(['2024-chanye-gongren#m17-s3', '2024-chanye-gongren#m17-s1']);
    const warm = await benchSearch(['一函两书', '一函两书'], { distDir: DIST, cold: false });
    expect(warm[1]!.bytes).toBeLessThan(warm[0]!.bytes);
  });
});

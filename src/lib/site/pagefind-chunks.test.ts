// The re-cut word index on a real Pagefind bundle written from a few records: every word of a
// page body is in the chunk Pagefind's search fetches for it (pagefind_web's request_indexes).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindBody } from './pagefind-files.ts';
import { boundaryPrefixes, chunkSize, cutWords, rechunkPagefindIndex } from './pagefind-chunks.ts';

const read = (path: string) => decode(pagefindBody(path, readFileSync(path))) as unknown[];
type Chunk = [string, string, string];

/**
 * The chunk pagefind_web fetches for a word of a query: the first whose range holds it (its
 * looser lookup by prefix runs only when no word of the query was found, so a word must be
 * found by this one).
 */
function lookup(chunks: Chunk[], word: string): string | undefined {
  const bytes = (s: string) => Buffer.from(s);
  return chunks.find(([from, to]) => Buffer.compare(bytes(word), bytes(from)) >= 0 && Buffer.compare(bytes(word), bytes(to)) <= 0)?.[2];
}

let dir: string;
const texts = [
  '完善产业工人工资决定、合理增长、支付保障机制，健全按要素分配政策制度。',
  '多措并举推动企业建立健全基于岗位价值、能力素质、创新创造、业绩贡献的技能人才薪酬分配制度。',
  '全面推行工会劳动法律监督“一函两书”，加强对平台企业和平台用工合作企业的监管。',
  '研究推动新就业形态领域立法，开展职业伤害保障试点。',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (const [i, content] of texts.entries())
    await index!.addCustomRecord({
      url: `/m${i}/`,
      content,
      language: 'zh-cn',
      meta: { clauses: JSON.stringify([[`m${i}-s1`, content]]) },
    });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the re-cut word index', () => {
  it('cuts at the size given, a heavier word alone, in order', () => {
    const weights: Record<string, number> = { a: 1, b: 2, c: 3, d: 9, e: 1, f: 1 };
    const cut = (words: string[], limit: number) =>
      cutWords(
        words,
        (w) => w,
        (w) => weights[w[0]!] ?? 1,
        limit,
      );
    expect(cut(['a', 'b', 'c', 'd', 'e', 'f'], 4)).toEqual([['a', 'b'], ['c'], ['d'], ['e', 'f']]);
    // A word stays with the words it is the start of, whatever the weight.
    expect(cut(['b', 'bb', 'bbc', 'bd', 'c', 'cc'], 2)).toEqual([
      ['b', 'bb', 'bbc', 'bd'],
      ['c', 'cc'],
    ]);
    expect(chunkSize(100_000)).toBe(506);
    expect(chunkSize(10)).toBe(250);
  });

  it('names chunk boundaries by the shortest prefixes that differ, as Pagefind does', () => {
    expect(boundaryPrefixes('五建立', '五建设')).toEqual(['五建立', '五建设']);
    expect(boundaryPrefixes('务接', '务提')).toEqual(['务接', '务提']);
    expect(boundaryPrefixes('abcd', 'abxy')).toEqual(['abc', 'abx']);
  });

  it('keeps every word of a body where the search looks for it, and drops those only in metadata', () => {
    const bundle = join(dir, 'pagefind');
    // The metadata's name, read from the entry: the re-cut renames it after its new bytes.
    const metaPath = () => {
      const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { hash: string }>;
      };
      return join(bundle, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`);
    };
    const original = metaPath();
    const wordsIn = (chunks: Chunk[]) =>
      new Map(
        chunks.flatMap(([, , hash]) =>
          (read(join(bundle, 'index', `${hash}.pf_index`))[0] as Array<[string, Array<[number, number[]]>]>).map(
            (w) => [w[0], { hash, w }] as const,
          ),
        ),
      );
    const before = wordsIn(read(original)[2] as Chunk[]);
    const [report] = rechunkPagefindIndex(bundle, () => 20);
    const chunks = read(metaPath())[2] as Chunk[];
    expect(metaPath()).not.toBe(original);
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toEqual([metaPath().split('/').pop()]);
    const after = wordsIn(chunks);
    expect(report!.after).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(report!.before);
    expect(readdirSync(join(bundle, 'index')).length).toBe(chunks.length);
    for (const [word, { w }] of before) {
      const inBody = w[1].some((page) => page[1].length > 0);
      expect(after.has(word), word).toBe(inBody);
      if (!inBody) continue;
      const hash = lookup(chunks, word);
      expect(hash, word).toBe(after.get(word)!.hash);
      // And the words it is the start of, which the search finds with it, are in that chunk too.
      for (const [other, at] of after) if (other.startsWith(word)) expect(at.hash, `${word} → ${other}`).toBe(hash);
    }
    expect(report!.metadataOnly).toBeGreaterThan(0);
  });
});

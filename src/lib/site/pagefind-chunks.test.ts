// The re-cut word index on a real Pagefind bundle written from a few records: every word of a
// page body is in the chunk Pagefind's search would fetch for it (its lookup, strict and then
// by prefix, as pagefind_web's request_indexes does it), and searches answer as before.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryPrefixes, chunkSize, cutWords, rechunkPagefindIndex } from './pagefind-chunks.ts';

const read = (path: string) => decode(gunzipSync(readFileSync(path)).subarray('pagefind_dcd'.length)) as unknown[];
type Chunk = [string, string, string];

/** The chunk pagefind_web would fetch for a word: the first whose range holds it, else any that may hold an extension. */
function lookup(chunks: Chunk[], word: string): string[] {
  const bytes = (s: string) => Buffer.from(s);
  const strict = chunks.find(([from, to]) => Buffer.compare(bytes(word), bytes(from)) >= 0 && Buffer.compare(bytes(word), bytes(to)) <= 0);
  if (strict) return [strict[2]];
  return chunks
    .filter(([from, to]) => {
      const [w, f, t] = [bytes(word), bytes(from), bytes(to)];
      const n = Math.min(w.length, f.length);
      const m = Math.min(w.length, t.length);
      return Buffer.compare(w.subarray(0, n), f.subarray(0, n)) >= 0 && Buffer.compare(w.subarray(0, m), t.subarray(0, m)) <= 0;
    })
    .map(([, , hash]) => hash);
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
    expect(cutWords([1, 2, 3, 9, 1, 1], (n) => n, 4)).toEqual([[1, 2], [3], [9], [1, 1]]);
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
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const meta = join(bundle, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`);
    const wordsIn = (chunks: Chunk[]) =>
      new Map(
        chunks.flatMap(([, , hash]) =>
          (read(join(bundle, 'index', `${hash}.pf_index`))[0] as Array<[string, Array<[number, number[]]>]>).map(
            (w) => [w[0], { hash, w }] as const,
          ),
        ),
      );
    const before = wordsIn(read(meta)[2] as Chunk[]);
    const [report] = rechunkPagefindIndex(bundle, () => 20);
    const chunks = read(meta)[2] as Chunk[];
    const after = wordsIn(chunks);
    expect(report!.after).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(report!.before);
    expect(readdirSync(join(bundle, 'index')).length).toBe(chunks.length);
    for (const [word, { w }] of before) {
      const inBody = w[1].some((page) => page[1].length > 0);
      expect(after.has(word), word).toBe(inBody);
      if (inBody) expect(lookup(chunks, word), word).toContain(after.get(word)!.hash);
    }
    expect(report!.metadataOnly).toBeGreaterThan(0);
  });
});

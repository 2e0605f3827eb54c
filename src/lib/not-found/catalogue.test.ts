import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NOT_FOUND_DATA, notFoundIdsUrl, notFoundNumberedUrl } from '../routes.ts';
import { notFoundFiles } from './catalogue.ts';
import { notFoundData } from './data.ts';
import { type IdChunk, type IdDirectory, byCodeUnit, chunksFor, idKey } from './ids.ts';
import { type CatalogueItem, NUMBERED_LIMIT, type NumberedDocuments } from './suggest.ts';

/** A seeded generator (mulberry32): the same collection on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'an ba bao bei ben bian bing cai chan cheng chu da dang di dong fa fang fu gai gang gong guan guo hai he hua ji jia jian jiao jin jing ju ke lao li lian liang lu min nong ping qi qiang qing quan ren ri rong shan she shen sheng shi shu shui ti tian tong wei wen wu xia xian xiang xiao xin xing xue yang yi yin ying yong you yu yuan zai zhan zheng zhi zhong zhu zi zong'.split(
    ' ',
  );
/** Ids shaped like the collection's: a kind (通知 most of all), one to three words, a year. */
function collection(n: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const kinds = ['tongzhi', 'tongzhi', 'tongzhi', 'tongzhi', 'yijian', 'pifu', 'fuhan', 'han', 'dafu', 'jueding', 'tiaoli', 'zhidaoyijian'];
  const words = Array.from({ length: 3000 }, () => pick(SYLLABLES) + pick(SYLLABLES));
  const ids = new Set<string>();
  while (ids.size < n) {
    const count = 1 + Math.floor(next() * 3);
    ids.add([pick(kinds), ...Array.from({ length: count }, () => pick(words)), String(1980 + Math.floor(next() * 47))].join('-'));
  }
  return [...ids];
}

const documents = (ids: readonly string[]): CatalogueItem[] =>
  ids.map((id) => ({ kind: 'document', id, title: `《${id}》`, units: [], parts: [] }));

/** A slip of one keystroke at `at`: a letter replaced, dropped, doubled, or two swapped. */
function slip(id: string, at: number, how: number): string {
  const c = id[at]!;
  const other = c === 'a' ? 'e' : 'a';
  return [
    id.slice(0, at) + other + id.slice(at + 1),
    id.slice(0, at) + id.slice(at + 1),
    id.slice(0, at) + c + id.slice(at),
    id.slice(0, at) + (id[at + 1] ?? '') + c + id.slice(at + 2),
  ][how % 4]!;
}

describe('the list of ids', () => {
  it('reads, in each order, every id within the margin of where the typed one sorts', () => {
    const ids = collection(60, 2);
    const { files, page } = notFoundFiles(documents(ids), { chunk: 7, margin: 3 });
    const directory = files.get(notFoundIdsUrl(page.ids)) as IdDirectory;
    expect(directory.forward).toHaveLength(9);
    expect(directory.forward[0]![0]).toBe('');
    const next = random(3);
    for (let i = 0; i < 200; i++) {
      const typed = slip(ids[Math.floor(next() * ids.length)]!, Math.floor(next() * 12), i);
      const read = new Set(chunksFor(directory, typed).flatMap((f) => (files.get(notFoundIdsUrl(f)) as IdChunk).documents));
      for (const order of ['forward', 'backward'] as const) {
        const keys = ids.map((id) => idKey(id, order)).sort(byCodeUnit);
        const at = keys.filter((k) => k < idKey(typed, order)).length;
        for (const key of keys.slice(Math.max(0, at - 3), at + 3)) expect(read.has(idKey(key, order))).toBe(true);
      }
    }
  });

  it('is one file while the collection is one chunk', () => {
    const { files } = notFoundFiles(documents(collection(40)));
    expect([...files.keys()].filter((u) => u.startsWith(`${NOT_FOUND_DATA}ids/`))).toHaveLength(2);
  });

  // The 404 page's budget: what it fetches does not grow with the collection.
  it('at 10,000 documents: files of a few KB, and a slip anywhere in an id still finds it', async () => {
    const ids = collection(10_000);
    const { files, page } = notFoundFiles(documents(ids));
    const gz = (url: string) => gzipSync(JSON.stringify(files.get(url))).length;
    const directory = files.get(notFoundIdsUrl(page.ids)) as IdDirectory;
    expect(directory.forward).toHaveLength(20);
    expect(gz(notFoundIdsUrl(page.ids))).toBeLessThan(2_000);
    const chunks = [...directory.forward, ...directory.backward].map(([, f]) => gz(notFoundIdsUrl(f)));
    expect(Math.max(...chunks)).toBeLessThan(8_000);

    const data = notFoundData(page, async (url) => files.get(url));
    const next = random(4);
    let found = 0;
    const tries = 400;
    for (let i = 0; i < tries; i++) {
      const id = ids[Math.floor(next() * ids.length)]!;
      const near = await data.near(slip(id, Math.floor(next() * id.length), i));
      if (near.documents.includes(id)) found++;
    }
    expect(found).toBe(tries);
  });
});

describe('the documents with a unit of one number', () => {
  const doc = (id: string, units: string[], parts: string[]): CatalogueItem => ({
    kind: 'document',
    id,
    title: id,
    units: units.map((u) => ({ id: u, label: u })),
    parts: parts.map((p) => ({ id: p, label: p })),
  });

  it('are listed by the number (m5 and art5 together) or by the part, with only those units, at most NUMBERED_LIMIT', () => {
    const many = Array.from({ length: NUMBERED_LIMIT + 5 }, (_, i) => doc(`d${i}`, ['m1', 'm5', 'p2-m5', 'box5'], ['p5']));
    const { files } = notFoundFiles([doc('law', ['art5', 'art10-1'], ['ch5']), ...many]);
    const five = files.get(notFoundNumberedUrl('5')) as NumberedDocuments;
    expect(five.total).toBe(NUMBERED_LIMIT + 6);
    expect(five.documents).toHaveLength(NUMBERED_LIMIT);
    expect(five.documents.slice(0, 2).map((d) => [d.id, d.units.map((u) => u.id), d.parts])).toEqual([
      ['law', ['art5'], []],
      ['d0', ['m5'], []],
    ]);
    expect((files.get(notFoundNumberedUrl('ch5')) as NumberedDocuments).documents.map((d) => d.id)).toEqual(['law']);
    expect((files.get(notFoundNumberedUrl('p5')) as NumberedDocuments).total).toBe(NUMBERED_LIMIT + 5);
    expect(files.has(notFoundNumberedUrl('10'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { notFoundIdsUrl, notFoundItemUrl, notFoundNumberedUrl } from '../routes.ts';
import { type NotFoundLimits, notFoundFiles } from './catalogue.ts';
import { notFoundData } from './data.ts';
import type { IdDirectory } from './ids.ts';
import { type CatalogueItem, editDistance, suggest } from './suggest.ts';

const units = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, label: `（${i + 1}）第${i + 1}条` }));
const items: CatalogueItem[] = [
  { kind: 'document', id: '2024-chanye-gongren', title: '《意见》', units: units(27), parts: [{ id: 'p1', label: '一、总体要求' }] },
  { kind: 'document', id: '2022-gaojineng-rencai', title: '《高技能人才意见》', units: units(19), parts: [] },
  {
    kind: 'document',
    id: '2025-tiaoli',
    title: '《条例》',
    units: [{ id: 'art5', label: '第五条' }],
    parts: [{ id: 'ch1', label: '第一章' }],
  },
  { kind: 'news', id: '2024-ndrc-q4-economy', title: '国家发展改革委有关负责人谈四季度经济走势和增量政策' },
];

/** The 404 page over the files the build writes for these items, served from memory; `read` lists what it fetched. */
function site(list: readonly CatalogueItem[] = items, limits: NotFoundLimits = {}) {
  const { page, files } = notFoundFiles(list, limits);
  const read: string[] = [];
  const data = notFoundData(page, async (url) => {
    read.push(url);
    return files.has(url) ? JSON.parse(JSON.stringify(files.get(url))) : undefined;
  });
  return { page, files, read, suggest: (path: string) => suggest(path, data) };
}
const urls = async (path: string) => (await site().suggest(path)).map((s) => s.url);

describe('suggest', () => {
  it('sends a number past the end of a known document to its last measure and to the document', async () => {
    const [last, doc] = await site().suggest('/documents/2024-chanye-gongren/m99/');
    expect(last).toMatchObject({ url: '/documents/2024-chanye-gongren/m27/', why: '本文件共27条，没有第99条；这是最后一条' });
    expect(doc!.url).toBe('/documents/2024-chanye-gongren/');
  });

  it('reads an article number of an unknown document as that number in every document that has it', async () => {
    expect(await urls('/documents/x/art5/')).toEqual([
      '/documents/2024-chanye-gongren/m5/',
      '/documents/2022-gaojineng-rencai/m5/',
      '/documents/2025-tiaoli/art5/',
    ]);
    expect(await urls('/documents/x/m25/')).toEqual(['/documents/2024-chanye-gongren/m25/']);
    expect(await urls('/documents/x/ch1/')).toEqual(['/documents/2025-tiaoli/#ch1']);
    expect(await urls('/documents/x/m99/')).toEqual([]);
  });

  it('lists a bounded number of them, and says how many it leaves out', async () => {
    const many = site(items, { numbered: 2 });
    const found = await many.suggest('/documents/x/art5/');
    expect(found.map((s) => s.url)).toEqual(['/documents/2024-chanye-gongren/m5/', '/documents/2022-gaojineng-rencai/m5/', '/documents/']);
    expect(found[2]!.why).toBe('另有1个文件也有第5条，未列出');
  });

  it('forgives a typing slip in an id, case and leading zeros, and a sentence id typed as a path', async () => {
    expect(await urls('/documents/2024-chanye-gongre/M014/')).toEqual([
      '/documents/2024-chanye-gongren/m14/',
      '/documents/2024-chanye-gongren/',
    ]);
    expect((await urls('/documents/2024-chanye-gongren/m14-s3/'))[0]).toBe('/documents/2024-chanye-gongren/m14/#m14-s3');
    expect((await site().suggest('/documents/2024-chanye-gongrne/'))[0]!.why).toBe('网址中应写作 2024-chanye-gongren');
  });

  it('points a part or chapter at its anchor on the document page', async () => {
    expect((await urls('/documents/2024-chanye-gongren/p1/'))[0]).toBe('/documents/2024-chanye-gongren/#p1');
    expect((await urls('/documents/2025-tiaoli/ch1/'))[0]).toBe('/documents/2025-tiaoli/#ch1');
  });

  it('finds a news item, under /news/ or mistakenly under /documents/, and a document under /news/', async () => {
    expect(await urls('/news/2024-ndrc-q4-econom/')).toEqual(['/news/2024-ndrc-q4-economy/']);
    expect(await urls('/documents/2024-ndrc-q4-economy/')).toEqual(['/news/2024-ndrc-q4-economy/']);
    expect(await urls('/news/2025-tiaoli/')).toEqual(['/documents/2025-tiaoli/']);
  });

  it('suggests nothing for what resembles nothing, or for a tie', async () => {
    expect(await urls('/documents/something-else/')).toEqual([]);
    expect(await urls('/nothing/here/')).toEqual([]);
    expect(await urls('/%zz/')).toEqual([]);
    const twins = site([
      { kind: 'news', id: 'ab-1', title: 'a' },
      { kind: 'news', id: 'ab-2', title: 'b' },
    ]);
    expect(await twins.suggest('/news/ab-3/')).toEqual([]);
  });

  it('reads only what the address needs: the item it names, else the ids near it and the nearest item', async () => {
    const exact = site();
    await exact.suggest('/documents/2024-chanye-gongren/m99/');
    expect(exact.read).toEqual([notFoundItemUrl('2024-chanye-gongren')]);

    const slip = site();
    await slip.suggest('/documents/2024-chanye-gongre/m14/');
    // One chunk holds every id of a collection this small, in both orders: one file.
    const directory = slip.files.get(notFoundIdsUrl(slip.page.ids)) as IdDirectory;
    expect(directory.backward).toEqual(directory.forward);
    expect(slip.read).toEqual([
      notFoundItemUrl('2024-chanye-gongre'),
      notFoundIdsUrl(slip.page.ids),
      notFoundIdsUrl(directory.forward[0]![1]),
      notFoundItemUrl('2024-chanye-gongren'),
    ]);

    const unknown = site();
    await unknown.suggest('/documents/x/art5/');
    expect(unknown.read.at(-1)).toBe(notFoundNumberedUrl('5'));

    // An address outside the documents and news, or not an id, asks for no item.
    const other = site();
    await other.suggest('/terms/x/');
    await other.suggest('/documents/A_B/');
    expect(other.read.filter((u) => u.includes('/items/'))).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

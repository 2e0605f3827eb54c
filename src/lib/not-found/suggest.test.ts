import { describe, expect, it } from 'vitest';
import { editDistance, type NotFoundCatalogue, suggest } from './suggest.ts';

const units = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, label: `（${i + 1}）第${i + 1}条` }));
const catalogue: NotFoundCatalogue = {
  documents: [
    { id: '2024-chanye-gongren', title: '《意见》', units: units(27), parts: [{ id: 'p1', label: '一、总体要求' }] },
    { id: '2022-gaojineng-rencai', title: '《高技能人才意见》', units: units(19), parts: [] },
    { id: '2025-tiaoli', title: '《条例》', units: [{ id: 'art5', label: '第五条' }], parts: [{ id: 'ch1', label: '第一章' }] },
  ],
  news: [{ id: '2024-ndrc-q4-economy', title: '国家发展改革委有关负责人谈四季度经济走势和增量政策' }],
};
const urls = (path: string) => suggest(path, catalogue).map((s) => s.url);

describe('suggest', () => {
  it('sends a number past the end of a known document to its last measure and to the document', () => {
    const [last, doc] = suggest('/documents/2024-chanye-gongren/m99/', catalogue);
    expect(last).toMatchObject({ url: '/documents/2024-chanye-gongren/m27/', why: '本文件共27条，没有第99条；这是最后一条' });
    expect(doc!.url).toBe('/documents/2024-chanye-gongren/');
  });

  it('reads an article number of an unknown document as that number in every document that has it', () => {
    expect(urls('/documents/x/art5/')).toEqual([
      '/documents/2024-chanye-gongren/m5/',
      '/documents/2022-gaojineng-rencai/m5/',
      '/documents/2025-tiaoli/art5/',
    ]);
    expect(urls('/documents/x/m25/')).toEqual(['/documents/2024-chanye-gongren/m25/']);
  });

  it('forgives a typing slip in an id, case and leading zeros, and a sentence id typed as a path', () => {
    expect(urls('/documents/2024-chanye-gongre/M014/')).toEqual(['/documents/2024-chanye-gongren/m14/', '/documents/2024-chanye-gongren/']);
    expect(urls('/documents/2024-chanye-gongren/m14-s3/')[0]).toBe('/documents/2024-chanye-gongren/m14/#m14-s3');
    expect(suggest('/documents/2024-chanye-gongrne/', catalogue)[0]!.why).toBe('网址中应写作 2024-chanye-gongren');
  });

  it('points a part or chapter at its anchor on the document page', () => {
    expect(urls('/documents/2024-chanye-gongren/p1/')[0]).toBe('/documents/2024-chanye-gongren/#p1');
    expect(urls('/documents/2025-tiaoli/ch1/')[0]).toBe('/documents/2025-tiaoli/#ch1');
  });

  it('finds a news item, under /news/ or mistakenly under /documents/', () => {
    expect(urls('/news/2024-ndrc-q4-econom/')).toEqual(['/news/2024-ndrc-q4-economy/']);
    expect(urls('/documents/2024-ndrc-q4-economy/')).toEqual(['/news/2024-ndrc-q4-economy/']);
  });

  it('suggests nothing for what resembles nothing, or for a tie', () => {
    expect(urls('/documents/something-else/')).toEqual([]);
    expect(urls('/nothing/here/')).toEqual([]);
    expect(urls('/%zz/')).toEqual([]);
    const twins: NotFoundCatalogue = {
      documents: [],
      news: [
        { id: 'ab-1', title: 'a' },
        { id: 'ab-2', title: 'b' },
      ],
    };
    expect(suggest('/news/ab-3/', twins)).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

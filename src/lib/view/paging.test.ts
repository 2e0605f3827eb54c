import { describe, expect, it } from 'vitest';
import { pagedUrl } from '../routes.ts';
import {
  groupedPageOf,
  pageCount,
  pageLabel,
  pageNumbers,
  pageOf,
  pageParam,
  pageSummary,
  paginate,
  paging,
  parsePageParam,
  pagedTitle,
  pathsUnderPage,
} from './paging.ts';

const urlOf = (n: number) => pagedUrl('/terms/x/', n);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageCount', () => {
  it('fills pages of the size, one page at least', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(1, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCount(2000, 120)).toBe(17);
  });
  it('refuses a size that is no positive integer', () => {
    expect(() => pageCount(5, 0)).toThrow(/positive integer/);
    expect(() => pageCount(5, 1.5)).toThrow(/positive integer/);
  });
});

describe('paging', () => {
  it('keeps the list’s own address for the first page and numbers the others under it', () => {
    const p = paging(25, 10, 1, urlOf);
    expect(p).toMatchObject({ n: 1, pages: 3, total: 25, from: 1, to: 10, url: '/terms/x/', prev: undefined, next: '/terms/x/2/' });
    expect(paging(25, 10, 2, urlOf)).toMatchObject({ from: 11, to: 20, url: '/terms/x/2/', prev: '/terms/x/', next: '/terms/x/3/' });
    expect(paging(25, 10, 3, urlOf)).toMatchObject({ from: 21, to: 25, prev: '/terms/x/2/', next: undefined });
  });
  it('gives an empty list its one page', () => {
    expect(paging(0, 10, 1, urlOf)).toMatchObject({ pages: 1, from: 0, to: 0, prev: undefined, next: undefined });
  });
  it('refuses a page the list does not have', () => {
    expect(() => paging(25, 10, 4, urlOf)).toThrow(/no page 4 of 3/);
    expect(() => paging(25, 10, 0, urlOf)).toThrow(/no page 0/);
  });
  it('links the first, the last and two pages either side, with gaps between', () => {
    const shown = (n: number, pages: number) =>
      paging(pages * 10, 10, n, urlOf).links.map((l) => (l === null ? '…' : l.current ? `[${l.n}]` : String(l.n)));
    expect(shown(1, 1)).toEqual(['[1]']);
    expect(shown(1, 3)).toEqual(['[1]', '2', '3']);
    expect(shown(1, 10)).toEqual(['[1]', '2', '3', '…', '10']);
    expect(shown(5, 10)).toEqual(['1', '…', '3', '4', '[5]', '6', '7', '…', '10']);
    expect(shown(4, 10)).toEqual(['1', '2', '3', '[4]', '5', '6', '…', '10']);
    expect(shown(10, 10)).toEqual(['1', '…', '8', '9', '[10]']);
  });
  it('names each linked page by its address', () => {
    expect(paging(30, 10, 2, urlOf).links).toEqual([
      { n: 1, url: '/terms/x/', current: false },
      { n: 2, url: '/terms/x/2/', current: true },
      { n: 3, url: '/terms/x/3/', current: false },
    ]);
  });
});

describe('pageOf and paginate', () => {
  const items = range(23);
  it('cuts the items in order, every item on exactly one page', () => {
    const pages = paginate(items, 10, urlOf);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.paging.url)).toEqual(['/terms/x/', '/terms/x/2/', '/terms/x/3/']);
    expect(pageOf(items, 10, 3, urlOf).items).toEqual([21, 22, 23]);
  });
  it('keeps a short list whole on its one page', () => {
    const pages = paginate(range(4), 10, urlOf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.paging).toMatchObject({ pages: 1, url: '/terms/x/', prev: undefined, next: undefined });
  });
  it('lists the page numbers for getStaticPaths', () => {
    expect(pageNumbers(23, 10)).toEqual([1, 2, 3]);
    expect(pageNumbers(0, 10)).toEqual([1]);
  });
});

describe('groupedPageOf', () => {
  const groups = [
    { id: 'a', entries: [1, 2, 3] },
    { id: 'b', entries: [4, 5, 6, 7, 8] },
    { id: 'c', entries: [9] },
  ];
  const page = (n: number, size = 4) =>
    groupedPageOf(groups, (g) => g.entries, size, n, urlOf).groups.map((g) => ({
      id: g.group.id,
      entries: g.entries,
      continued: g.continued,
      cut: g.cut,
    }));
  it('counts entries, not groups, and shows a group cut by the boundary on both pages', () => {
    expect(page(1)).toEqual([
      { id: 'a', entries: [1, 2, 3], continued: false, cut: false },
      { id: 'b', entries: [4], continued: false, cut: true },
    ]);
    expect(page(2)).toEqual([{ id: 'b', entries: [5, 6, 7, 8], continued: true, cut: false }]);
    expect(page(3)).toEqual([{ id: 'c', entries: [9], continued: false, cut: false }]);
  });
  it('loses and repeats no entry at any page size', () => {
    for (const size of range(10)) {
      const pages = pageNumbers(9, size).map((n) => page(n, size));
      expect(pages.flatMap((p) => p.flatMap((g) => g.entries))).toEqual(range(9));
      for (const p of pages) expect(p.reduce((sum, g) => sum + g.entries.length, 0)).toBeLessThanOrEqual(size);
    }
  });
  it('says where the page stands', () => {
    expect(groupedPageOf(groups, (g) => g.entries, 4, 2, urlOf).paging).toMatchObject({ n: 2, pages: 3, total: 9, from: 5, to: 8 });
  });
});

describe('page parameters', () => {
  it('gives the first page no parameter, so it keeps the list’s own address', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('7');
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('7')).toBe(7);
  });
  it('titles a later page with its place, the first with the list’s name alone', () => {
    expect(pagedTitle('文件对照', { n: 1, pages: 3 })).toBe('文件对照');
    expect(pagedTitle('文件对照', { n: 2, pages: 3 })).toBe('文件对照 第 2 / 3 页');
  });
  it('puts the later pages of a list beside its items under page/, each with its number', () => {
    expect(pathsUnderPage(0, 10)).toEqual([{ params: { page: undefined }, props: { n: 1 } }]);
    expect(pathsUnderPage(21, 10)).toEqual([
      { params: { page: undefined }, props: { n: 1 } },
      { params: { page: 'page/2' }, props: { n: 2 } },
      { params: { page: 'page/3' }, props: { n: 3 } },
    ]);
  });
  it('refuses what names no later page (1 is the bare address)', () => {
    for (const bad of ['1', '0', '07', 'x', '2/3', '-2']) expect(() => parsePageParam(bad)).toThrow(/not a page number/);
  });
});

describe('labels', () => {
  it('says which page of how many, and which entries of how many', () => {
    expect(pageLabel({ n: 2, pages: 7 })).toBe('第 2 / 7 页');
    expect(pageSummary(paging(1234, 100, 2, urlOf), '份')).toBe('共 1,234 份，本页第 101–200 份');
    expect(pageSummary(paging(12, 100, 1, urlOf), '份')).toBe('共 12 份');
  });
});

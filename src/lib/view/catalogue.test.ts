import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { type DocumentEntry, buildCorpus, documentChars } from '../corpus.ts';
import { gzipSync } from 'node:zlib';
import { documentsPageUrl } from '../routes.ts';
import { CATALOGUE_PAGE_SIZE, type Catalogue, catalogue } from './catalogue.ts';
import { pageNumbers } from './paging.ts';
import { catalogueRowHtml, catalogueRowsHtml } from './catalogue-rows.ts';
import { documentFilters } from './document-filters.ts';

const documents = ['opinion', 'regulation', 'explanation', 'notice'].flatMap(
  (s) => buildCorpus(readItems(`tests/fixtures/shapes/${s}`)).documents,
);
const doc = (id: string) => documents.find((d) => d.id === id)!;
const withMeta = (d: DocumentEntry, meta: Record<string, unknown>, id = d.id): DocumentEntry =>
  ({ ...d, id, url: `/documents/${id}/`, meta: { ...d.meta, id, ...meta } }) as DocumentEntry;

describe('the catalogue', () => {
  const base = doc('2025-jiceng-zhili');
  const older = withMeta(base, { date: '2019-03-01', published: undefined, docNumber: '某发〔2019〕1号' }, 'older');
  const undated = withMeta(base, { date: undefined, published: undefined }, 'undated');
  const all = [undated, ...documents, older];
  const filters = documentFilters(all);
  const view = catalogue(all, filters);

  it('groups the rows by year, newest first, the undated last', () => {
    expect(view.total).toBe(all.length);
    expect(view.groups.map((g) => [g.year, g.label, g.rows.length])).toEqual([
      ['2025', '2025年', 4],
      ['2019', '2019年', 1],
      ['', '未注明日期', 1],
    ]);
    // In a year, by date, newest first: the 说明 (2025-10-29) before the 通知 (2025-05-20).
    const dates = view.groups[0]!.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives each row its title, 文号, issuers with their pages, date, kind and size', () => {
    const row = view.groups[1]!.rows[0]!;
    expect(row).toMatchObject({
      id: 'older',
      url: '/documents/older/',
      titleParts: [base.meta.title],
      docNumber: '某发〔2019〕1号',
      issuers: [{ name: '某某部', url: '/documents/by/issuer/moumoubu/' }],
      date: '2019-03-01',
      kind: '意见',
      chars: documentChars(base),
    });
    expect(row.chars).toBeGreaterThan(100);
    expect(view.groups[2]!.rows[0]!.date).toBe('未注明日期');
  });

  it('numbers the facet values and lists each row’s numbers: the script filters by them', () => {
    for (const g of view.groups)
      for (const row of g.rows) {
        const mine = filters.flatMap((f, n) => (f.documents.some((d) => d.id === row.id) ? [n] : []));
        expect(row.values, row.id).toEqual(mine);
      }
    const kinds = view.facets.find((f) => f.facet === 'kind')!;
    expect(kinds.name).toBe('种类');
    expect(kinds.values.find((v) => v.value === 'opinion')).toMatchObject({
      label: '意见',
      count: 3,
      url: '/documents/by/kind/opinion/',
      current: false,
    });
  });

  it('on a filter’s page lists its documents with the whole collection’s facets, the filter marked', () => {
    const current = filters.find((f) => f.facet === 'year' && f.value === '2019')!;
    const page = catalogue(current.documents, filters, undefined, current);
    expect(page.total).toBe(1);
    const years = page.facets.find((f) => f.facet === 'year')!.values;
    expect(years.filter((v) => v.current).map((v) => v.value)).toEqual(['2019']);
    expect(years.map((v) => v.count)).toEqual([4, 1, 1]);
  });
});

describe('a catalogue row', () => {
  const [row] = catalogue([doc('2025-shuqi-anquan')], documentFilters([doc('2025-shuqi-anquan')]), () => ['某某市', '教育局']).groups[0]!
    .rows;

  it('is one <li>: the title as its only direct link, cut with <wbr>, and a line of facts', () => {
    expect(catalogueRowHtml(row!)).toBe(
      `<li data-f="${row!.values.join(' ')}"><a href="/documents/2025-shuqi-anquan/">某某市<wbr>教育局</a><p>某市教〔2025〕12号 · ` +
        `<a href="/documents/by/issuer/moumoushijiaoyuju/">某某市教育局</a> · 2025-05-20 · 通知 · ${row!.chars}字</p></li>`,
    );
  });

  it('escapes what the metadata holds', () => {
    const html = catalogueRowHtml({ ...row!, titleParts: ['A<b>&'], docNumber: '"x"', topic: '科技、教育\\教育' });
    expect(html).toContain('>A&lt;b&gt;&amp;</a>');
    expect(html).toContain('&quot;x&quot;');
    expect(html).toContain('科技、教育\\教育</p>');
  });
});

describe('the catalogue at 2,000 documents', () => {
  // Synthetic documents a little heavier than the collection's: titles of 36 characters (30 on
  // average in content/, 52 at most) cut every three characters, so 11 <wbr>; every one with a
  // 文号, half with a 主题分类; 300 issuers with names as long as 绍兴市教育局办公室 and longer.
  // The rows of /documents/ must leave the page well under the 1 MB it may weigh: the rest of it
  // (header, facets with 300 issuers) is measured in the browser test (tests/e2e/catalogue.test.ts).
  const base = doc('2025-jiceng-zhili');
  const title = '国务院办公厅关于进一步加强和改进某某领域重点工作的若干意见和通知';
  const synthetic = Array.from({ length: 2000 }, (_, i) =>
    withMeta(
      base,
      {
        title: `${title.slice(0, 32)}${String(i).padStart(4, '〇')}`,
        issuers: [`某某省某某市${'教育人社卫健'.slice(i % 5, (i % 5) + 2)}局${i % 300}办公室`],
        docNumber: `某办发〔${2000 + (i % 26)}〕${i}号`,
        topic: i % 2 ? '科技、教育\\教育' : undefined,
        date: `${2000 + (i % 26)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      },
      `tongzhi-mouling-gongzuo-${2000 + (i % 26)}-${i}`,
    ),
  );
  const filters = documentFilters(synthetic);
  const titleParts = (d: DocumentEntry) => d.meta.title.match(/.{1,3}/gu)!;
  const pages = pageNumbers(synthetic.length, CATALOGUE_PAGE_SIZE).map((n) =>
    catalogue(synthetic, filters, titleParts, undefined, { n, urlOf: documentsPageUrl }),
  );
  const rowsOf = (view: Catalogue) => view.groups.flatMap((g) => g.rows);
  const html = (view: Catalogue) => view.groups.map((g) => catalogueRowsHtml(g.rows)).join('');
  const bytes = pages.reduce((sum, view) => sum + Buffer.byteLength(html(view)), 0);

  it('is cut into pages of CATALOGUE_PAGE_SIZE documents, every document on exactly one', () => {
    expect(pages).toHaveLength(Math.ceil(2000 / CATALOGUE_PAGE_SIZE));
    for (const view of pages) {
      expect(view.total).toBe(2000);
      expect(rowsOf(view).length).toBeLessThanOrEqual(CATALOGUE_PAGE_SIZE);
    }
    const ids = pages.flatMap((view) => rowsOf(view).map((r) => r.id));
    expect(new Set(ids).size).toBe(2000);
    expect(ids).toHaveLength(2000);
    expect(pages.map((v) => v.paging.url).slice(0, 3)).toEqual(['/documents/', '/documents/page/2/', '/documents/page/3/']);
    // Newest first across the pages: each page's last date no older than the next page's first.
    const dates = pages.flatMap((view) => rowsOf(view).map((r) => r.date));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  // The collection's own rows average 388 bytes (tests/e2e/catalogue.test.ts prints it); these,
  // heavier, 455. A page's rows stay far under the 100 KB gzipped a page may weigh with all it loads.
  it('has rows of 460 bytes each at most on average, a page of them under 30 KB gzipped', () => {
    const largest = Math.max(...pages.map((view) => gzipSync(html(view)).length));
    console.log(
      `catalogue rows at 2,000 documents: ${bytes} B, ${Math.round(bytes / 2000)} B a row; the largest page's ${largest} B gzipped`,
    );
    expect(bytes / 2000).toBeLessThanOrEqual(460);
    expect(largest).toBeLessThan(30_000);
  });
});

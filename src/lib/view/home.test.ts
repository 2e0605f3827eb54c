import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import type { DocumentEntry } from '../corpus.ts';
import { documentFilters } from './document-filters.ts';
import {
  NEWEST,
  OPENING_CHARS,
  SAME_PAGE,
  byItemDate,
  collectionSummary,
  homeDocument,
  homeDocuments,
  newestDocuments,
  newsGroups,
  HOME_NEWS,
  homeNews,
} from './home.ts';

const { corpus } = siteModel(FIXTURE_CORPUS);
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
/** A document of the fixture with other metadata. */
const withMeta = (d: DocumentEntry, meta: Record<string, unknown>, id = d.id): DocumentEntry =>
  ({ ...d, id, meta: { ...d.meta, id, ...meta } }) as DocumentEntry;

describe('the home page’s documents', () => {
  it('are listed newest first by the document’s own date, the date shown being the date sorted by', () => {
    const list = homeDocuments(corpus.documents);
    // 2024-jineng-tisheng: 成文 2024-05-10; 2023-gongjiang-peiyang: published only, 2023-09-15.
    expect(list.map((d) => [d.id, d.iso, d.date])).toEqual([
      ['2024-jineng-tisheng', '2024-05-10', '2024年5月10日成文'],
      ['2023-gongjiang-peiyang', '2023-09-15', '2023年9月15日发布'],
    ]);
  });

  it('sort by their own date, not their publication, and put an undated text last', () => {
    const base = doc('2024-jineng-tisheng');
    const early = withMeta(base, { date: '2025-01-01', published: '2025-12-01' }, 'early');
    const late = withMeta(base, { date: '2025-06-01', published: '2025-06-02' }, 'late');
    const published = withMeta(base, { date: undefined, published: '2025-03-01' }, 'published');
    const undated = withMeta(base, { date: undefined, published: undefined }, 'undated');
    expect(byItemDate([undated, early, published, late]).map((d) => d.id)).toEqual(['late', 'published', 'early', 'undated']);
    expect(homeDocument(undated).date).toBe('未注明日期');
    expect(homeDocument(undated).iso).toBeUndefined();
  });

  it('keep the corpus order between documents of one date', () => {
    const base = doc('2024-jineng-tisheng');
    const a = withMeta(base, { date: '2025-01-01' }, 'a');
    const b = withMeta(base, { date: '2025-01-01' }, 'b');
    expect(byItemDate([a, b]).map((d) => d.id)).toEqual(['a', 'b']);
    expect(byItemDate([b, a]).map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('name a date by what it is: a proposal’s adoption, a speech’s plain date', () => {
    const base = doc('2024-jineng-tisheng');
    expect(homeDocument(withMeta(base, { kind: 'proposal', date: '2025-10-23' })).date).toBe('2025年10月23日通过');
    expect(homeDocument(withMeta(base, { kind: 'explanation', date: '2025-10-23' })).date).toBe('2025年10月23日');
  });

  it('show the 文号 and the summary a document has, its kind and size', () => {
    const d = homeDocument(doc('2023-gongjiang-peiyang'));
    expect(d.docNumber).toBe('某办发〔2023〕7号');
    expect(d.about).toEqual({ kind: 'summary', text: '加强新时代工匠人才培养的总体要求和六项举措。' });
    expect(d.facts[0]).toBe('意见');
    expect(d.facts.length).toBeGreaterThan(1);
    expect(homeDocument(doc('2024-jineng-tisheng')).docNumber).toBeUndefined();
  });

  it('give no summary where a document has none: its opening words, marked as such, cut with …', () => {
    const base = doc('2024-jineng-tisheng');
    const d = homeDocument(withMeta(base, { summary: undefined }));
    expect(d.about?.kind).toBe('opening');
    const first = base.sentences[0]!.text;
    expect(first.startsWith(d.about!.text.replace(/…$/u, ''))).toBe(true);
    expect([...d.about!.text.replace(/…$/u, '')].length).toBeLessThanOrEqual(OPENING_CHARS);
  });
});

describe('the home page’s news', () => {
  it('lists the news printed with a document under it, saying what 同版 means', () => {
    const groups = newsGroups(corpus);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.document?.title).toBe(doc('2024-jineng-tisheng').meta.title);
    expect(groups[0]!.news.map((n) => n.title)).toContain('我国交通强国建设试点单位获专利900余项');
    expect(SAME_PAGE.join('')).toMatch(/同一版.*编者拟题/u);
  });

  it('lists news of no document’s source after those that have one', () => {
    const [first] = corpus.news;
    const alone = { ...first!, sourceFile: 'elsewhere.txt' };
    const groups = newsGroups({ documents: corpus.documents, news: [alone, ...corpus.news.slice(1)] });
    expect(groups.map((g) => Boolean(g.document))).toEqual([true, false]);
  });
});

describe('the home page’s account of the collection', () => {
  const base = doc('2024-jineng-tisheng');
  const gov = withMeta(
    base,
    { sourceUrl: 'https://www.gov.cn/zhengce/content/2019-01/01/content_1.htm', publisher: '中国政府网', date: '2019-01-01' },
    'gov',
  );
  const undated = withMeta(base, { date: undefined, published: undefined, publisher: undefined }, 'undated');
  const documents = [...corpus.documents, gov, undated];
  const summary = collectionSummary({ documents, news: corpus.news }, documentFilters(documents));

  it('counts documents by kind and level, says the years and how many are undated, and the news', () => {
    expect(summary.documents).toBe(4);
    expect(summary.news).toBe(corpus.news.length);
    expect(summary.kinds).toEqual([{ label: '意见', count: 4, url: '/documents/by/kind/opinion/' }]);
    // The fixture's registry gives no levels: every document is 未定级, a count with no page.
    expect(summary.levels).toEqual([{ label: '未定级', count: 4, url: undefined }]);
    expect(summary.years).toEqual({ from: '2019', to: '2024' });
    expect(summary.undated).toBe(1);
    expect(summary.issuers).toBeGreaterThan(0);
  });

  it('says where the texts come from: the publisher their item file records (ingest reads 中国政府网 off a gov.cn address), else that none is recorded', () => {
    expect(summary.sources.map((s) => [s.label, s.count, s.recorded])).toEqual([
      ['新华社', 2, true],
      ['中国政府网', 1, true],
      ['未记录出处', 1, false],
    ]);
  });

  it('shows the newest documents only: the catalogue lists them all', () => {
    const many = Array.from({ length: NEWEST + 5 }, (_, i) => withMeta(base, { date: `20${10 + i}-01-01` }, `d${i}`));
    const newest = newestDocuments(many);
    expect(newest).toHaveLength(NEWEST);
    expect(newest[0]!.id).toBe(`d${NEWEST + 4}`);
  });
});

describe('the news on the home page', () => {
  it('are the newest HOME_NEWS items in their groups, the rest counted for /news/', () => {
    const base = corpus.news[0]!;
    const many = Array.from({ length: HOME_NEWS + 5 }, (_, i) => ({
      ...base,
      id: `n${i}`,
      url: `/news/n${i}/`,
      meta: { ...base.meta, id: `n${i}`, title: `新闻${i}`, published: `2020-01-${String(i + 1).padStart(2, '0')}` },
    }));
    const { groups, total, more } = homeNews({ documents: corpus.documents, news: many });
    expect(total).toBe(HOME_NEWS + 5);
    expect(more).toBe(5);
    const titles = groups.flatMap((g) => g.news.map((n) => n.title));
    expect(titles).toHaveLength(HOME_NEWS);
    // The five oldest (published on the 1st to the 5th) are left to /news/.
    for (let i = 0; i < 5; i++) expect(titles).not.toContain(`新闻${i}`);
    expect(homeNews(corpus).more).toBe(Math.max(0, corpus.news.length - HOME_NEWS));
  });
});

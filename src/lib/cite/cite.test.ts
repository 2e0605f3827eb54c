import { describe, expect, it } from 'vitest';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { escapeBib } from './bibtex.ts';
import { citeDocument, citeDocumentSentence, citeMeasure, citeNews, citePart } from './cite.ts';
import { absoluteUrl } from '../routes.ts';

const { corpus } = siteModel(PROJECT_CONTENT);
const doc = (id: string) => corpus.byId(id) as DocumentEntry;
const news = (id: string) => corpus.byId(id) as NewsEntry;
const opts = { site: 'https://example.org/', accessed: '2026-11-24' };
const d2024 = doc('2024-chanye-gongren');
const d2022 = doc('2022-gaojineng-rencai');

describe('citeMeasure, 2024 opinion (十四)', () => {
  const c = citeMeasure(d2024, 'm14', opts);

  it('gives the measure page as permalink', () => {
    expect(c.permalink).toBe('https://example.org/documents/2024-chanye-gongren/m14/');
  });

  it('writes the pinpoint with full-width brackets though the source prints (十四)', () => {
    expect(d2024.measures.find((m) => m.id === 'm14')!.label).toBe('(十四)');
    expect(c.short).toBe('《意见》第（十四）条');
    expect(c.full).toBe('《中共中央 国务院关于深化产业工人队伍建设改革的意见》六（十四）');
  });

  it('writes a GB/T 7714-2015 electronic-resource reference to the document', () => {
    expect(c.gbt7714).toBe(
      '中共中央, 国务院. 中共中央 国务院关于深化产业工人队伍建设改革的意见[EB/OL]. (2024-10-21)[2026-11-24]. https://example.org/documents/2024-chanye-gongren/.',
    );
  });

  it('writes BibTeX with corporate authors kept whole', () => {
    expect(c.bibtex).toBe(`@misc{2024-chanye-gongren-m14,
  author = {{中共中央} and {国务院}},
  title = {中共中央 国务院关于深化产业工人队伍建设改革的意见},
  howpublished = {新华社},
  year = {2024},
  date = {2024-10-12},
  url = {https://example.org/documents/2024-chanye-gongren/m14/},
  urldate = {2026-11-24},
  note = {第（十四）条},
  langid = {chinese}
}`);
  });

  it('writes CSL-JSON as legislation with the clause as section', () => {
    expect(c.cslJson).toBe(`[
  {
    "id": "2024-chanye-gongren-m14",
    "type": "legislation",
    "title": "中共中央 国务院关于深化产业工人队伍建设改革的意见",
    "author": [
      {
        "literal": "中共中央"
      },
      {
        "literal": "国务院"
      }
    ],
    "authority": "中共中央、国务院",
    "genre": "意见",
    "section": "第（十四）条",
    "publisher": "新华社",
    "issued": {
      "date-parts": [[2024, 10, 12]]
    },
    "accessed": {
      "date-parts": [[2026, 11, 24]]
    },
    "URL": "https://example.org/documents/2024-chanye-gongren/m14/",
    "language": "zh-CN"
  }
]`);
    expect(JSON.parse(c.cslJson)).toEqual([c.csl]);
  });
});

describe('citeMeasure, 2022 opinion (十四)', () => {
  const c = citeMeasure(d2022, 'm14', opts);

  it('uses the short title and the part numeral of the 2022 text', () => {
    expect(c.short).toBe('《高技能人才意见》第（十四）条');
    expect(c.full).toBe('《中共中央办公厅 国务院办公厅关于加强新时代高技能人才队伍建设的意见》四（十四）');
  });

  it('falls back to the publication date, which is all the copy prints', () => {
    expect(c.gbt7714).toBe(
      '中共中央办公厅, 国务院办公厅. 中共中央办公厅 国务院办公厅关于加强新时代高技能人才队伍建设的意见[EB/OL]. (2022-10-07)[2026-11-24]. https://example.org/documents/2022-gaojineng-rencai/.',
    );
  });

  it('carries the document number into BibTeX and CSL', () => {
    expect(c.bibtex).toBe(`@misc{2022-gaojineng-rencai-m14,
  author = {{中共中央办公厅} and {国务院办公厅}},
  title = {中共中央办公厅 国务院办公厅关于加强新时代高技能人才队伍建设的意见},
  number = {中办发〔2022〕58号},
  howpublished = {新华社},
  year = {2022},
  date = {2022-10-07},
  url = {https://example.org/documents/2022-gaojineng-rencai/m14/},
  urldate = {2026-11-24},
  note = {第（十四）条},
  langid = {chinese}
}`);
    expect(c.csl).toEqual({
      id: '2022-gaojineng-rencai-m14',
      type: 'legislation',
      title: '中共中央办公厅 国务院办公厅关于加强新时代高技能人才队伍建设的意见',
      author: [{ literal: '中共中央办公厅' }, { literal: '国务院办公厅' }],
      authority: '中共中央办公厅、国务院办公厅',
      genre: '意见',
      number: '中办发〔2022〕58号',
      section: '第（十四）条',
      publisher: '新华社',
      issued: { 'date-parts': [[2022, 10, 7]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'https://example.org/documents/2022-gaojineng-rencai/m14/',
      language: 'zh-CN',
    });
  });
});

describe('citeDocumentSentence', () => {
  it('points at the sentence on its measure page and cites the clause', () => {
    const c = citeDocumentSentence(d2024, 'm15-s5', opts);
    expect(c.permalink).toBe('https://example.org/documents/2024-chanye-gongren/m15/#m15-s5');
    expect(c.short).toBe('《意见》第（十五）条');
    expect(c.quote).toBe('“坚持和发展新时代‘枫桥经验’，完善劳动争议多元处理机制，妥善化解劳动领域矛盾纠纷。”（《意见》第（十五）条）');
    expect(c.csl.URL).toBe(c.permalink);
    expect(c.bibtex).toContain('@misc{2024-chanye-gongren-m15-s5,');
  });

  it('cites sentences outside measures by part or as the preamble, on the document page', () => {
    const inPart = citeDocumentSentence(d2024, 'p1-s3', opts);
    expect(inPart.permalink).toBe('https://example.org/documents/2024-chanye-gongren/#p1-s3');
    expect([inPart.short, inPart.full]).toEqual(['《意见》第一部分', '《中共中央 国务院关于深化产业工人队伍建设改革的意见》一']);
    const preamble = citeDocumentSentence(d2024, 'preamble-s1', opts);
    expect(preamble.permalink).toBe('https://example.org/documents/2024-chanye-gongren/#preamble-s1');
    expect(preamble.short).toBe('《意见》前言');
  });

  it('refuses a sentence the document does not have', () => {
    expect(() => citeDocumentSentence(d2024, 'm99-s1', opts)).toThrow(/no sentence m99-s1/);
  });
});

describe('citeDocument and citePart', () => {
  it('cites the whole document without a clause', () => {
    const c = citeDocument(d2024, opts);
    expect([c.permalink, c.short, c.full]).toEqual([
      'https://example.org/documents/2024-chanye-gongren/',
      '《意见》',
      '《中共中央 国务院关于深化产业工人队伍建设改革的意见》',
    ]);
    expect(c.csl.section).toBeUndefined();
    expect(c.bibtex).not.toContain('note =');
  });

  it('cites a part by its anchor on the document page', () => {
    expect(citePart(d2024, 'p1', opts).permalink).toBe('https://example.org/documents/2024-chanye-gongren/#p1');
  });
});

describe('citeNews', () => {
  it('cites a news item with a printed headline', () => {
    const c = citeNews(news('2024-transport-power-patents'), opts);
    expect(c.short).toBe('《我国交通强国建设试点单位获专利1800余项》');
    expect(c.full).toBe('新华社南京2024年10月22日电《我国交通强国建设试点单位获专利1800余项》');
    expect(c.gbt7714).toBe(
      '新华社. 我国交通强国建设试点单位获专利1800余项[EB/OL]. (2024-10-22)[2026-11-24]. https://example.org/news/2024-transport-power-patents/.',
    );
    expect(c.bibtex).toBe(`@misc{2024-transport-power-patents,
  author = {{新华社}},
  title = {我国交通强国建设试点单位获专利1800余项},
  howpublished = {新华社},
  year = {2024},
  date = {2024-10-22},
  url = {https://example.org/news/2024-transport-power-patents/},
  urldate = {2026-11-24},
  langid = {chinese}
}`);
    expect(c.csl).toEqual({
      id: '2024-transport-power-patents',
      type: 'article-newspaper',
      title: '我国交通强国建设试点单位获专利1800余项',
      author: [{ literal: '新华社' }],
      'container-title': '新华社',
      publisher: '新华社',
      'publisher-place': '南京',
      issued: { 'date-parts': [[2024, 10, 22]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'https://example.org/news/2024-transport-power-patents/',
      language: 'zh-CN',
    });
  });

  it('marks a title we supplied, and cites one sentence by its fragment', () => {
    const c = citeNews(news('2024-ndrc-q4-economy'), opts, 's21');
    expect(c.permalink).toBe('https://example.org/news/2024-ndrc-q4-economy/#s21');
    expect(c.short).toBe('〔国家发展改革委有关负责人谈四季度经济走势和增量政策〕');
    expect(c.full).toBe('新华社北京2024年10月22日电〔国家发展改革委有关负责人谈四季度经济走势和增量政策〕');
    expect(c.quote).toBe(
      '“其中，‘两重’建设项目121个，带动总投资约8800亿元，中央预算内投资计划项目526个，带动总投资约9300亿元。”（新华社〔国家发展改革委有关负责人谈四季度经济走势和增量政策〕）',
    );
    expect(c.bibtex).toContain('  note = {题名为编者所拟},\n');
    expect(c.gbt7714).toBe(
      '新华社. 国家发展改革委有关负责人谈四季度经济走势和增量政策[EB/OL]. (2024-10-22)[2026-11-24]. https://example.org/news/2024-ndrc-q4-economy/.',
    );
  });

  it('calls a photo caption 图片, not 电', () => {
    expect(citeNews(news('2024-tianping-3-launch'), opts).full).toBe('新华社太原2024年10月22日图片〔长征六号运载火箭成功发射天平三号卫星〕');
  });
});

describe('helpers', () => {
  it('joins site and path with exactly one slash, and refuses a relative site', () => {
    expect(absoluteUrl('https://example.org', '/a/')).toBe('https://example.org/a/');
    expect(absoluteUrl('https://example.org/sub//', '/a/')).toBe('https://example.org/sub/a/');
    expect(() => absoluteUrl('example.org', '/a/')).toThrow(/absolute/);
  });

  it('escapes LaTeX specials in BibTeX values', () => {
    expect(escapeBib('50% & {x}_1 #2')).toBe('50\\% \\& \\{x\\}\\_1 \\#2');
  });

  it('refuses an access date that is not YYYY-MM-DD', () => {
    expect(() => citeMeasure(d2024, 'm14', { ...opts, accessed: '2026/11/24' })).toThrow(/YYYY-MM-DD/);
  });
});

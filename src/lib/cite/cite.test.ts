import { describe, expect, it } from 'vitest';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { escapeBib } from './bibtex.ts';
import { citeDocument, citeDocumentSentence, citeMeasure, citeNews, citePart } from './cite.ts';
import { absoluteUrl } from '../routes.ts';
import { readItems } from '../content/items.ts';
import { buildCorpus } from '../corpus.ts';

// The synthetic corpus: an opinion printed on a newspaper page with a date line and ASCII
// brackets round its labels, and one with a document number and no date line.
const { corpus } = siteModel(FIXTURE_CORPUS);
const doc = (id: string) => corpus.byId(id) as DocumentEntry;
const news = (id: string) => corpus.byId(id) as NewsEntry;
const opts = { site: 'https://example.org/', accessed: '2026-11-24' };
const dated = doc('2024-jineng-tisheng');
const numbered = doc('2023-gongjiang-peiyang');

describe('citeMeasure, the dated opinion (四)', () => {
  const c = citeMeasure(dated, 'm4', opts);

  it('gives the measure page as permalink', () => {
    expect(c.permalink).toBe('https://example.org/documents/2024-jineng-tisheng/m4/');
  });

  it('writes the pinpoint with full-width brackets though the source prints (四)', () => {
    expect(dated.measures.find((m) => m.id === 'm4')!.label).toBe('(四)');
    expect(c.short).toBe('《技能意见》第（四）条');
    expect(c.full).toBe('《某某部 某某总工会关于提升产业工人技能水平的意见》三（四）');
  });

  it('writes a GB/T 7714-2015 electronic-resource reference to the document, its path the measure’s page', () => {
    expect(c.gbt7714).toBe(
      '某某部, 某某总工会. 某某部 某某总工会关于提升产业工人技能水平的意见[EB/OL]. (2024-05-12)[2026-11-24]. https://example.org/documents/2024-jineng-tisheng/m4/.',
    );
  });

  it('writes BibTeX with corporate authors kept whole', () => {
    expect(c.bibtex).toBe(`@online{2024-jineng-tisheng-m4,
  author = {{某某部} and {某某总工会}},
  title = {某某部 某某总工会关于提升产业工人技能水平的意见},
  organization = {新华社},
  year = {2024},
  date = {2024-05-12},
  url = {https://example.org/documents/2024-jineng-tisheng/m4/},
  urldate = {2026-11-24},
  note = {第（四）条},
  langid = {chinese}
}`);
  });

  it('writes CSL-JSON as a web page dated by the copy, with the clause as section', () => {
    expect(c.cslJson).toBe(`[
  {
    "id": "2024-jineng-tisheng-m4",
    "type": "webpage",
    "title": "某某部 某某总工会关于提升产业工人技能水平的意见",
    "author": [
      {
        "literal": "某某部"
      },
      {
        "literal": "某某总工会"
      }
    ],
    "genre": "意见",
    "section": "第（四）条",
    "container-title": "新华社",
    "issued": {
      "date-parts": [[2024, 5, 12]]
    },
    "accessed": {
      "date-parts": [[2026, 11, 24]]
    },
    "URL": "https://example.org/documents/2024-jineng-tisheng/m4/",
    "language": "zh-CN"
  }
]`);
    expect(JSON.parse(c.cslJson)).toEqual([c.csl]);
  });
});

describe('citeMeasure, the opinion with a document number (三)', () => {
  const c = citeMeasure(numbered, 'm3', opts);

  it('uses its short title and its own part numeral', () => {
    expect(c.short).toBe('《工匠意见》第（三）条');
    expect(c.full).toBe('《某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见》二（三）');
  });

  it('falls back to the publication date, which is all the copy prints', () => {
    expect(numbered.meta.date).toBeUndefined();
    expect(c.gbt7714).toBe(
      '某某办公厅, 某某委员会办公厅. 某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见: 某办发〔2023〕7号[EB/OL]. (2023-09-15)[2026-11-24]. https://example.org/documents/2023-gongjiang-peiyang/m3/.',
    );
  });

  it('carries the document number into BibTeX and CSL', () => {
    expect(c.bibtex).toBe(`@online{2023-gongjiang-peiyang-m3,
  author = {{某某办公厅} and {某某委员会办公厅}},
  title = {某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见},
  titleaddon = {某办发〔2023〕7号},
  organization = {新华社},
  year = {2023},
  date = {2023-09-15},
  url = {https://example.org/documents/2023-gongjiang-peiyang/m3/},
  urldate = {2026-11-24},
  note = {第（三）条},
  langid = {chinese}
}`);
    expect(c.csl).toEqual({
      id: '2023-gongjiang-peiyang-m3',
      type: 'webpage',
      title: '某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见',
      author: [{ literal: '某某办公厅' }, { literal: '某某委员会办公厅' }],
      genre: '意见',
      number: '某办发〔2023〕7号',
      section: '第（三）条',
      'container-title': '新华社',
      issued: { 'date-parts': [[2023, 9, 15]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'https://example.org/documents/2023-gongjiang-peiyang/m3/',
      language: 'zh-CN',
    });
  });
});

describe('citeDocumentSentence', () => {
  it('points at the sentence on its measure page, cites the clause and nests its quotes', () => {
    const c = citeDocumentSentence(dated, 'm1-s2', opts);
    expect(c.permalink).toBe('https://example.org/documents/2024-jineng-tisheng/m1/#m1-s2');
    expect(c.short).toBe('《技能意见》第（一）条');
    expect(c.quote).toBe('“在职业学校(含技工院校、下同)开设‘劳模工匠大讲堂’，邀请大国工匠讲授技艺。”（《技能意见》第（一）条）');
    expect(c.csl.URL).toBe(c.permalink);
    expect(c.bibtex).toContain('@online{2024-jineng-tisheng-m1-s2,');
  });

  it('cites sentences outside measures by part or as the preamble, on the document page', () => {
    const inPart = citeDocumentSentence(dated, 'p1-s2', opts);
    expect(inPart.permalink).toBe('https://example.org/documents/2024-jineng-tisheng/#p1-s2');
    expect([inPart.short, inPart.full]).toEqual(['《技能意见》第一部分', '《某某部 某某总工会关于提升产业工人技能水平的意见》一']);
    const preamble = citeDocumentSentence(dated, 'preamble-s1', opts);
    expect(preamble.permalink).toBe('https://example.org/documents/2024-jineng-tisheng/#preamble-s1');
    expect(preamble.short).toBe('《技能意见》前言');
  });

  it('refuses a sentence the document does not have', () => {
    expect(() => citeDocumentSentence(dated, 'm99-s1', opts)).toThrow(/no sentence m99-s1/);
  });
});

describe('citeDocument and citePart', () => {
  it('cites the whole document without a clause', () => {
    const c = citeDocument(dated, opts);
    expect([c.permalink, c.short, c.full]).toEqual([
      'https://example.org/documents/2024-jineng-tisheng/',
      '《技能意见》',
      '《某某部 某某总工会关于提升产业工人技能水平的意见》',
    ]);
    expect(c.csl.section).toBeUndefined();
    expect(c.bibtex).not.toContain('note =');
  });

  it('cites a part by its anchor on the document page', () => {
    expect(citePart(dated, 'p1', opts).permalink).toBe('https://example.org/documents/2024-jineng-tisheng/#p1');
  });
});

describe('citeNews', () => {
  it('cites a news item with a printed headline', () => {
    const c = citeNews(news('2024-transport-pilot-patents'), opts);
    expect(c.short).toBe('《我国交通强国建设试点单位获专利900余项》');
    expect(c.full).toBe('新华社南京2024年5月13日电《我国交通强国建设试点单位获专利900余项》');
    expect(c.gbt7714).toBe(
      '新华社. 我国交通强国建设试点单位获专利900余项[EB/OL]. (2024-05-13)[2026-11-24]. https://example.org/news/2024-transport-pilot-patents/.',
    );
    expect(c.bibtex).toBe(`@online{2024-transport-pilot-patents,
  author = {{新华社}},
  title = {我国交通强国建设试点单位获专利900余项},
  organization = {新华社},
  year = {2024},
  date = {2024-05-13},
  url = {https://example.org/news/2024-transport-pilot-patents/},
  urldate = {2026-11-24},
  langid = {chinese}
}`);
    expect(c.csl).toEqual({
      id: '2024-transport-pilot-patents',
      type: 'webpage',
      title: '我国交通强国建设试点单位获专利900余项',
      author: [{ literal: '新华社' }],
      genre: '新闻',
      'container-title': '新华社',
      issued: { 'date-parts': [[2024, 5, 13]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'https://example.org/news/2024-transport-pilot-patents/',
      language: 'zh-CN',
    });
  });

  it('marks a title we supplied, and cites one sentence by its fragment', () => {
    const c = citeNews(news('2024-ndrc-equipment-renewal'), opts, 's9');
    expect(c.permalink).toBe('https://example.org/news/2024-ndrc-equipment-renewal/#s9');
    expect(c.short).toBe('〔国家发展改革委有关负责人谈经济运行和设备更新政策〕');
    expect(c.full).toBe('新华社北京2024年5月13日电〔国家发展改革委有关负责人谈经济运行和设备更新政策〕');
    expect(c.quote).toBe(
      '“其中，设备更新项目150个，带动总投资约3200亿元，回收循环利用项目60个，带动总投资约900亿元。”（新华社〔国家发展改革委有关负责人谈经济运行和设备更新政策〕）',
    );
    expect(c.bibtex).toContain('  note = {题名为编者所拟},\n');
    expect(c.gbt7714).toBe(
      '新华社. 国家发展改革委有关负责人谈经济运行和设备更新政策[EB/OL]. (2024-05-13)[2026-11-24]. https://example.org/news/2024-ndrc-equipment-renewal/#s9.',
    );
  });

  it('calls a photo caption 图片, not 电', () => {
    expect(citeNews(news('2024-robot-skills-contest'), opts).full).toBe(
      '新华社天津2024年5月13日图片〔全国职业技能大赛机器人项目比赛举行〕',
    );
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
    expect(() => citeMeasure(dated, 'm4', { ...opts, accessed: '2026/11/24' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('CSL of each shape of document', () => {
  const shape = (name: string) => buildCorpus(readItems(`tests/fixtures/shapes/${name}`)).documents[0] as DocumentEntry;

  it.each([
    ['proposal', '建议'],
    ['regulation', '条例'],
  ])('a %s is a web page of its kind, by its issuers', (name, genre) => {
    const c = citeDocument(shape(name), opts);
    expect(c.csl).toMatchObject({ type: 'webpage', genre, author: shape(name).meta.issuers.map((literal) => ({ literal })) });
  });

  it('an explanation is a web page by its author, its kind 说明', () => {
    const explanation = shape('explanation');
    const c = citeMeasure(explanation, explanation.measures[0]!.id, opts);
    expect(c.csl).toMatchObject({ type: 'webpage', genre: '说明', author: [{ literal: '张某某' }] });
  });
});

// Our citations as citeproc-js (the CSL processor of Zotero and Mendeley) renders them in the
// official GB/T 7714-2015 styles, numeric and author-date, and in APA 7 (styles and locales vendored
// unmodified: tests/fixtures/clients/csl/). The GB/T 7714 form our cite panel shows is, character for
// character, what the official numeric style makes of our CSL-JSON; every string is pinned, so a CSL
// type or field that breaks a style (legislation made [A/OL] and APA without authors) fails here.
// tests/clients/citeproc.test.ts does the same for every item of the built site.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus.ts';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { readItems } from '../content/items.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { render } from '../../../tests/support/citeproc.ts';
import { type Citation, citeDocument, citeMeasure, citeNews } from './cite.ts';

const { corpus } = siteModel(FIXTURE_CORPUS);
const opts = { site: 'https://example.org/', accessed: '2026-11-24' };
const shape = (name: string) => buildCorpus(readItems(`tests/fixtures/shapes/${name}`)).documents[0] as DocumentEntry;

/** What citeproc-js renders in each style, beside the panel's GB/T 7714 form. */
const rendered = (c: Citation) => ({
  panel: c.gbt7714,
  numeric: render(c.csl, 'gbt-numeric'),
  authorDate: render(c.csl, 'gbt-author-date'),
  apa: render(c.csl, 'apa'),
});

describe('citeproc-js with the official GB/T 7714-2015 and APA styles', () => {
  it('renders an opinion with a 文号 as an electronic resource [EB/OL], the 文号 as other title information', () => {
    const r = rendered(citeMeasure(corpus.byId('2023-gongjiang-peiyang') as DocumentEntry, 'm3', opts));
    const url = 'https://example.org/documents/2023-gongjiang-peiyang/m3/';
    expect(r).toEqual({
      panel: `某某办公厅, 某某委员会办公厅. 某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见: 某办发〔2023〕7号[EB/OL]. (2023-09-15)[2026-11-24]. ${url}.`,
      numeric: { bibliography: `[1] ${r.panel}`, citation: '[1]' },
      authorDate: {
        bibliography: `某某办公厅, 某某委员会办公厅, 2023. 某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见: 某办发〔2023〕7号[EB/OL]. (2023-09-15)[2026-11-24]. ${url}.`,
        citation: '(某某办公厅等, 2023)',
      },
      apa: {
        bibliography: `某某办公厅 & 某某委员会办公厅. (2023, September 15). 某某办公厅 某某委员会办公厅关于加强新时代工匠人才培养的意见 (意见 某办发〔2023〕7号). 新华社. ${url}`,
        citation: '(某某办公厅 & 某某委员会办公厅, 2023)',
      },
    });
  });

  it('renders an opinion without a 文号, dated by its copy', () => {
    const r = rendered(citeDocument(corpus.byId('2024-jineng-tisheng') as DocumentEntry, opts));
    const url = 'https://example.org/documents/2024-jineng-tisheng/';
    expect(r).toEqual({
      panel: `某某部, 某某总工会. 某某部 某某总工会关于提升产业工人技能水平的意见[EB/OL]. (2024-05-12)[2026-11-24]. ${url}.`,
      numeric: { bibliography: `[1] ${r.panel}`, citation: '[1]' },
      authorDate: {
        bibliography: `某某部, 某某总工会, 2024. 某某部 某某总工会关于提升产业工人技能水平的意见[EB/OL]. (2024-05-12)[2026-11-24]. ${url}.`,
        citation: '(某某部等, 2024)',
      },
      apa: {
        bibliography: `某某部 & 某某总工会. (2024, May 12). 某某部 某某总工会关于提升产业工人技能水平的意见 [意见]. 新华社. ${url}`,
        citation: '(某某部 & 某某总工会, 2024)',
      },
    });
  });

  it('renders an explanation by its author as [EB/OL], not [Z/OL]', () => {
    const r = rendered(citeDocument(shape('explanation'), opts));
    const url = 'https://example.org/documents/2025-fazhan-shuoming/';
    expect(r).toEqual({
      panel: `张某某. 关于《某某发展规划建议》的说明[EB/OL]. (2025-03-06)[2026-11-24]. ${url}.`,
      numeric: { bibliography: `[1] ${r.panel}`, citation: '[1]' },
      authorDate: {
        bibliography: `张某某, 2025. 关于《某某发展规划建议》的说明[EB/OL]. (2025-03-06)[2026-11-24]. ${url}.`,
        citation: '(张某某, 2025)',
      },
      apa: {
        bibliography: `张某某. (2025, March 6). 关于《某某发展规划建议》的说明 [说明]. 示例出版者. ${url}`,
        citation: '(张某某, 2025)',
      },
    });
  });

  it('renders a regulation as [EB/OL], not [S] or [A/OL]', () => {
    const r = rendered(citeDocument(shape('regulation'), opts));
    const url = 'https://example.org/documents/2025-mouguan-tiaoli/';
    expect(r).toEqual({
      panel: `某某委员会. 某某管理条例[EB/OL]. (2025-04-10)[2026-11-24]. ${url}.`,
      numeric: { bibliography: `[1] ${r.panel}`, citation: '[1]' },
      authorDate: {
        bibliography: `某某委员会, 2025. 某某管理条例[EB/OL]. (2025-04-10)[2026-11-24]. ${url}.`,
        citation: '(某某委员会, 2025)',
      },
      apa: {
        bibliography: `某某委员会. (2025, April 10). 某某管理条例 [条例]. 示例社. ${url}`,
        citation: '(某某委员会, 2025)',
      },
    });
  });

  it('renders a news item as [EB/OL] by its agency', () => {
    const r = rendered(citeNews(corpus.byId('2024-transport-pilot-patents') as NewsEntry, opts));
    const url = 'https://example.org/news/2024-transport-pilot-patents/';
    expect(r).toEqual({
      panel: `新华社. 我国交通强国建设试点单位获专利900余项[EB/OL]. (2024-05-13)[2026-11-24]. ${url}.`,
      numeric: { bibliography: `[1] ${r.panel}`, citation: '[1]' },
      authorDate: {
        bibliography: `新华社, 2024. 我国交通强国建设试点单位获专利900余项[EB/OL]. (2024-05-13)[2026-11-24]. ${url}.`,
        citation: '(新华社, 2024)',
      },
      apa: {
        bibliography: `新华社. (2024, May 13). 我国交通强国建设试点单位获专利900余项 [新闻]. 新华社. ${url}`,
        citation: '(新华社, 2024)',
      },
    });
  });
});

describe('a text that carries no date', () => {
  it('is cited with no date where GB/T 7714 and APA would print one: citeproc agrees with the panel', () => {
    const undated = buildCorpus(readItems('tests/fixtures/shapes/constitution')).documents.find((d) => d.id === 'moumou-jibenfa')!;
    const c = citeDocument(undated, opts);
    expect(c.csl.issued).toBeUndefined();
    expect(c.bibtex).toContain('  date = {XXXX},\n');
    expect(c.bibtex).not.toContain('year =');
    const url = 'https://example.org/documents/moumou-jibenfa/';
    // No author: the panel begins with the title, as the numeric style does (it once began with ". ").
    expect(rendered(c)).toEqual({
      panel: `某某基本法[EB/OL]. [2026-11-24]. ${url}.`,
      numeric: { bibliography: `[1] 某某基本法[EB/OL]. [2026-11-24]. ${url}.`, citation: '[1]' },
      authorDate: { bibliography: `佚名, [2026]. 某某基本法[EB/OL]. [2026-11-24]. ${url}.`, citation: '(佚名, [2026])' },
      apa: { bibliography: `某某基本法. (n.d.). [法律]. Retrieved November 24, 2026, from ${url}`, citation: '(某某基本法, n.d.)' },
    });
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteModel } from '../../../tests/support/site.ts';
import { comparePageUrl } from '../routes.ts';
import { COMPARE_PAIRS_PER_PAGE, compareIndexPage, compareMethod, compareView, whyText } from './compare-view.ts';

// The pair of tests/fixtures/compare (its README says what aligns with what).
const model = siteModel(resolve('tests/fixtures/compare'));
const pair = model.comparisons.pairs[0]!;
const view = compareView(pair, model.comparisons.alignment(pair.a, pair.b), model.corpus, model.units);

describe('compareView', () => {
  it('shows B in order beside its partners, each sentence labelled and its shared words marked', () => {
    expect(view.rows.map((r) => [r.anchor, r.a?.key ?? null, r.score])).toEqual([
      ['row-preamble', null, null],
      ['row-m1', '2020-shili-a#m1', 3],
      ['row-m2', '2020-shili-a#m2', 1.75],
      ['row-m3', null, null],
      ['row-m4', null, null],
    ]);
    const m2 = view.rows[2]!;
    expect(m2.b.sentences.map((s) => [s.statusLabel, s.runs.filter((r) => r.mark).map((r) => `${r.mark}:${r.text}`)])).toEqual([
      ['逐字重复', ['verbatim:健全培养体系。']],
      ['部分相同', ['verbatim:支持职业院校开设示例专业课程', 'near:推动校企合作共建实习实训基地']],
    ]);
    expect(m2.a!.sentences.map((s) => s.statusLabel)).toEqual(['逐字保留', '部分保留', '未再写']);
    expect(m2.reason).toBe('1个分句逐字相同；1个分句相近');
  });

  it('never changes a character of a sentence', () => {
    const texts = new Map<string, string>(model.units.flatMap((u) => u.sentences.map((s) => [`${u.url}#${s.id}`, s.text] as const)));
    for (const unit of [...view.rows.flatMap((r) => [r.b, ...(r.a ? [r.a] : [])]), ...view.dropped])
      for (const s of unit.sentences) expect(s.runs.map((r) => r.text).join('')).toBe(texts.get(s.url));
  });

  it('lists what A had that B drops, and counts each side', () => {
    expect(view.dropped.map((u) => u.label)).toEqual([
      '《培养意见》前言',
      '《培养意见》（三）完善评价制度',
      '《培养意见》（四）加强表彰激励',
    ]);
    expect(view.counts).toEqual({ verbatim: 3, near: 1, new: 5, dropped: 7 });
    expect(view.why).toBe('1句逐字相同；1个分句逐字相同；共有文字占较短一份的18.9%；一方依据或贯彻另一方');
  });

  it('says how rows are paired in words, with the aligner’s own weights, and no formula', () => {
    const method = compareMethod();
    expect(method).toContain('相同的句子每句3分，相同的分句每个1分，相近的分句每个0.75分，共有术语每个0.5分，共有主体每个0.25分');
    expect(method).toContain('至少8个汉字，相邻两字的组合有七成以上相同');
    expect(method).not.toMatch(/[=×≥]|二元组/);
  });
});

describe('/compare/ cut into pages', () => {
  it('lists a collection of few pairs on /compare/, each linking its page and saying why', () => {
    const { lines, paging } = compareIndexPage(model.comparisons.pairs, model.corpus, 1, comparePageUrl);
    expect(paging).toMatchObject({ n: 1, pages: 1, url: '/compare/', total: model.comparisons.pairs.length });
    expect(lines[0]).toEqual({
      url: `/compare/${pair.a}/${pair.b}/`,
      label: `${model.corpus.byId(pair.a)!.meta.title} ↔ ${model.corpus.byId(pair.b)!.meta.title}`,
      why: whyText(pair),
    });
  });

  it('puts COMPARE_PAIRS_PER_PAGE pairs a page, every pair once, in order, later pages under page/', () => {
    // The fixture's pair repeated, as a large collection's pairs would fill the list.
    const pairs = Array.from({ length: 2 * COMPARE_PAIRS_PER_PAGE + 9 }, () => pair);
    const pages = [1, 2, 3].map((n) => compareIndexPage(pairs, model.corpus, n, comparePageUrl));
    expect(pages.map((p) => p.paging.url)).toEqual(['/compare/', '/compare/page/2/', '/compare/page/3/']);
    expect(pages.map((p) => p.lines.length)).toEqual([COMPARE_PAIRS_PER_PAGE, COMPARE_PAIRS_PER_PAGE, 9]);
    expect(pages[2]!.paging).toMatchObject({ total: pairs.length, from: 2 * COMPARE_PAIRS_PER_PAGE + 1, to: pairs.length });
  });
});

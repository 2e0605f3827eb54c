// The text of a saved page: the corpus's extraction rules on small pages written for each rule,
// then on the real pages of ../shared/corpus/html/ against the .txt extracted from each.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageText } from './page-text.ts';

const lines = (html: string) => pageText(html).text.split('\n').slice(0, -1);

describe('the extraction rules', () => {
  it('one line per <p> and per <br>; div, tr, td, th, li, h1–h6 and table boundaries break lines', () => {
    const html = `<td id="UCAP-CONTENT"><p>第一行<br>第二行</p><div>甲<span>乙</span></div>丙<table><tr><td>格一</td><th>格二</th></tr></table><ul><li>项</li></ul><h3>题</h3><b>粗</b><i>斜</i></td>`;
    expect(lines(html)).toEqual(['第一行', '第二行', '甲乙', '丙', '格一', '格二', '项', '题', '粗斜']);
  });

  it('decodes entities, &nbsp; as U+00A0 kept inside a line; strips each line as Python str.strip(); drops blank lines', () => {
    const html = `<td id="UCAP-CONTENT"><p>&nbsp;　国务院&nbsp;&nbsp;办公厅&#12288;</p><p> &nbsp; </p><p>A&amp;B&lt;C&gt;</p><p>\uFEFF留下</p></td>`;
    // U+3000 and U+00A0 at the ends go; U+FEFF is not whitespace to Python and stays.
    expect(lines(html)).toEqual(['国务院\u00A0\u00A0办公厅', 'A&B<C>', '\uFEFF留下']);
  });

  it('keeps inner spaces and full-width spaces as they are, and ends every line with LF', () => {
    const text = pageText(`<td id="UCAP-CONTENT"><p>第一条　总 则</p></td>`).text;
    expect(text).toBe('第一条　总 则\n');
  });

  it('reads a print area from <div class="conTxt"> to <!--endprint-->, past an unbalanced </div>, and nothing of the page around it', () => {
    const html = `<html><body><h1 class="logo">学校</h1><h2 class="title">转发：关于某某的通知</h2>
<div class="conTxt"><p>各学校：</p></div></div><p>接上页。</p><!--endprint--><p>上一篇</p></body></html>`;
    const page = pageText(html);
    expect(page.body.layout).toBe('print-area');
    expect(page.text).toBe('各学校：\n接上页。\n');
    expect(page.facts.heading).toMatchObject({ text: '转发：关于某某的通知', from: '<h2 class="title">' });
  });

  it("reads gov.cn's info table as the page's facts, not as text", () => {
    const html = `<div class="wrap"><table><tr><td><b>索 引 号：</b></td><td>000014349/2019-00007</td><td><b>主题分类：</b></td><td>科技、教育\\教育</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2019年01月27日</td></tr>
<tr><td><b>标　　题：</b></td><td>国务院关于某某的意见</td></tr><tr><td><b>发文字号：</b></td><td>国发〔2019〕5号</td></tr></table>
<table><tr><td id="UCAP-CONTENT"><p>正文。</p></td></tr></table></div>`;
    const page = pageText(html);
    expect(page.text).toBe('正文。\n');
    expect(page.facts.info).toMatchObject({
      indexNumber: { text: '000014349/2019-00007', label: '索引号', line: 1 },
      topic: { text: '科技、教育\\教育' },
      issuer: { text: '国务院' },
      date: { text: '2019年01月27日', line: 2 },
      title: { text: '国务院关于某某的意见', label: '标题' },
      docNumber: { text: '国发〔2019〕5号' },
    });
  });

  it('reads any other page from its <article>, <main> or <body>', () => {
    expect(lines('<html><body><nav><p>菜单</p></nav><article><h1>标题</h1><p>正文。</p></article></body></html>')).toEqual([
      '标题',
      '正文。',
    ]);
    expect(lines('<p>只有正文。</p>')).toEqual(['只有正文。']);
  });

  it('places each character of the text in the page: an entity at its &, a later line on its own line', () => {
    const html = `<td id="UCAP-CONTENT">\n<p>&nbsp;甲&amp;乙</p>\n<p>丙丁</p></td>`;
    const page = pageText(html);
    expect(page.text).toBe('甲&乙\n丙丁\n');
    expect(page.inPage(1, 1)).toEqual({ line: 2, column: 10 });
    expect(page.inPage(1, 2)).toEqual({ line: 2, column: 11 });
    expect(page.inPage(1, 3)).toEqual({ line: 2, column: 16 });
    expect(page.inPage(2, 2)).toEqual({ line: 3, column: 5 });
  });

  it('refuses a page whose body holds no text', () => {
    expect(() => pageText('<td id="UCAP-CONTENT"><p>&nbsp;</p></td>')).toThrow(/holds no text/);
  });
});

// ../shared/corpus sits beside the checkout on our machines and in CI; elsewhere this shows as skipped.
const corpus = (path: string) => new URL(`../../../../shared/corpus/${path}`, import.meta.url);
const present = existsSync(corpus('index.tsv'));

describe.runIf(present)('the saved pages of the shared corpus', () => {
  const rows = present
    ? readFileSync(corpus('index.tsv'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'))
    : [[]];
  const column = (name: string) => rows[0]!.indexOf(name);
  const pages = rows.slice(1).flatMap((r) => {
    const html = r[column('html')];
    if (!html) return [];
    return [{ txt: r[column('file')]!, html, origin: r[column('source')]!.startsWith('ZhouYNF/platform-1:') ? 'B' : 'A' }];
  });
  const derived = (p: (typeof pages)[number]) => ({
    got: pageText(readFileSync(corpus(p.html), 'utf8')).text,
    want: readFileSync(corpus(p.txt), 'utf8'),
  });

  it('gov.cn (source B): every one of the 54 pages gives its .txt exactly', () => {
    const b = pages.filter((p) => p.origin === 'B');
    expect(b).toHaveLength(54);
    for (const p of b) {
      const { got, want } = derived(p);
      expect(got, p.html).toBe(want);
    }
  });

  it('the school site (source A): 9 of 11 pages give their .txt; 2 have one more line, the site line the corpus dropped', () => {
    const a = pages.filter((p) => p.origin === 'A');
    expect(a).toHaveLength(11);
    const differ = a.flatMap((p) => {
      const { got, want } = derived(p);
      return got === want ? [] : [{ html: p.html, extra: got.startsWith(want) ? got.slice(want.length) : null }];
    });
    // The corpus README lists the trailing lines it dropped as site furniture: these are two of them.
    expect(differ).toEqual([
      { html: 'html/tiaoli-dangshi-xuexi-2024.html', extra: '（来源：新华社）\n' },
      { html: 'html/tiaoli-jiguan-jiceng-zuzhi-nd.html', extra: '(责编：王静、吕腾龙)\n' },
    ]);
  });
});

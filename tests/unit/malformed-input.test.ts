import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { contentProblems } from '../../src/lib/site/read.ts';
import { opinionMeta, tempContent } from './helpers/temp-content.ts';

/** Builds a one-document corpus from `text` and returns the build's error lines. */
function problems(text: string | Uint8Array, extraMeta = ''): string[] {
  const dir = tempContent({ sources: { 'doc.txt': text }, items: { 'doc.yaml': opinionMeta('doc.txt', '测试文件', extraMeta) } });
  return contentProblems(dir).map((p) => p.replace(/^.*?(sources|items)\//, '$1/'));
}

/** The first document of a content directory, parsed. */
const firstDocument = (dir: string) => buildCorpus(readItems(dir)).documents[0]!;

const doc = (...lines: string[]) => ['测试文件', '', ...lines].join('\n\n') + '\n';

describe('malformed input fails with file, line (and column, for a source) and what is wrong', () => {
  it('a measure numbering gap', () => {
    expect(problems(doc('一、总体', '(一)甲。', '(三)丙。'))).toEqual([
      'sources/doc.txt:9:1: measure numbering has a gap: expected number 2, found (三)',
    ]);
  });

  it('a repeated measure number', () => {
    expect(problems(doc('一、总体', '(一)甲。', '(一)乙。'))).toEqual(['sources/doc.txt:9:1: measure (一) repeats the number before it']);
  });

  it('a measure out of order', () => {
    expect(problems(doc('一、总体', '(一)甲。', '(二)乙。', '(一)丙。'))).toEqual([
      'sources/doc.txt:11:1: measure (一) is out of order: it comes after number 2',
    ]);
  });

  it('a part numbering gap', () => {
    expect(problems(doc('一、总体', '三、其他'))).toEqual(['sources/doc.txt:7:1: part numbering has a gap: expected number 2, found 三、']);
  });

  it('a measure before the first part', () => {
    expect(problems(doc('前言。', '(一)甲。', '一、总体', '(二)乙。'))).toEqual([
      'sources/doc.txt:7:1: measure (一) comes before any part (一、…)',
    ]);
  });

  it('no problem in measures of a document that has no parts at all', () => {
    expect(problems(doc('前言。', '(一)甲。', '(二)乙。'))).toEqual([]);
  });

  it('an unterminated quote is a doubt shown with the text, not a problem: a source cannot be corrected', () => {
    expect(problems(doc('一、总体', '(一)推行“一函两书制度。'))).toEqual([]);
  });

  it('an empty document (title only) and an empty file', () => {
    expect(problems('测试文件\n')).toEqual(['sources/doc.txt:1:1: empty document "test-doc": nothing after the title']);
    expect(problems('')).toEqual(['sources/doc.txt: the source file is empty']);
  });

  it('every problem of a document at once, in source order, not only the first', () => {
    expect(problems(doc('一、总体', '(一)推行甲。', '(三)丙。', '三、其他', '(四)丁。'))).toEqual([
      'sources/doc.txt:9:1: measure numbering has a gap: expected number 2, found (三)',
      'sources/doc.txt:11:1: part numbering has a gap: expected number 2, found 三、',
    ]);
  });

  it('a file in another encoding', () => {
    const gbk = new Uint8Array([0xb2, 0xe2, 0xca, 0xd4, 0xce, 0xc4, 0xbc, 0xfe, 0x0a]); // 测试文件 in GBK
    expect(problems(gbk)[0]).toMatch(/^sources\/doc\.txt:1: not valid UTF-8 \(byte 0 is 0xb2\)/);
  });

  it('metadata that breaks the schema names the key and its line', () => {
    const dir = tempContent({
      sources: { 'doc.txt': doc('一、总体', '正文。') },
      items: { 'doc.yaml': opinionMeta('doc.txt', '测试文件', 'date: 2025/01/01\nkind2: x') },
    });
    const out = contentProblems(dir).map((p) => p.replace(/^.*?items\//, 'items/'));
    expect(out).toContain('items/doc.yaml:9: date: a date written YYYY-MM-DD');
    expect(out.some((l) => /^items\/doc\.yaml(:\d+)?: .*kind2/.test(l))).toBe(true);
  });

  it('broken YAML', () => {
    const dir = tempContent({ sources: { 'doc.txt': doc('正文。') }, items: { 'doc.yaml': 'id: [unclosed\nkind: opinion\n' } });
    expect(contentProblems(dir)[0]).toMatch(/items\/doc\.yaml:\d+: YAML: /);
  });

  it('a date line that contradicts the metadata', () => {
    expect(problems('测试文件\n\n(2025年1月2日)\n\n一、总体\n\n正文。\n', 'date: "2025-01-01"')).toEqual([
      'sources/doc.txt:3:1: the date line says 2025-01-02 but the metadata of "test-doc" says date: 2025-01-01',
    ]);
  });

  it('begins that opens no line, and furniture that is not there', () => {
    const dir = tempContent({ sources: { 'doc.txt': doc('正文。') }, items: { 'doc.yaml': opinionMeta('doc.txt', '不存在') } });
    expect(contentProblems(dir)[0]).toMatch(/items\/doc\.yaml:4: begins: "不存在" does not open any line of doc\.txt/);
    expect(problems(doc('正文。'), 'furniture: [{ role: dateline, text: 新华社电 }]')[0]).toMatch(
      /sources\/doc\.txt:1:1: furniture \(dateline\) "新华社电" is not a line/,
    );
  });

  it('two items with the same id', () => {
    const dir = tempContent({
      sources: { 'doc.txt': doc('正文。') },
      items: { 'a.yaml': opinionMeta('doc.txt', '测试文件'), 'b.yaml': opinionMeta('doc.txt', '测试文件') },
    });
    expect(contentProblems(dir)).toEqual([expect.stringMatching(/items\/b\.yaml:1: id "test-doc" is already used by .*items\/a\.yaml/)]);
  });
});

describe('odd but valid input is handled', () => {
  it('CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFF' + doc('一、总体', '(一)甲。乙。').replace(/\n/g, '\r\n');
    const dir = tempContent({ sources: { 'doc.txt': text }, items: { 'doc.yaml': opinionMeta('doc.txt', '测试文件') } });
    const d = firstDocument(dir);
    expect(d.outline.printedTitle.text).toBe('测试文件');
    expect(d.measures[0]!.sentences.map((s) => s.text)).toEqual(['甲。', '乙。']);
    expect(d.measures[0]!.sentences.every((s) => !s.text.includes('\r'))).toBe(true);
  });

  it('text that looks like HTML stays text', () => {
    const d = firstDocument(
      tempContent({
        sources: { 'doc.txt': doc('一、总体', '(一)甲<script>alert(1)</script>乙。') },
        items: { 'doc.yaml': opinionMeta('doc.txt', '测试文件') },
      }),
    );
    expect(d.measures[0]!.sentences[0]!.text).toBe('甲<script>alert(1)</script>乙。');
  });

  it('Markdown syntax in a source is read as plain text', () => {
    const d = firstDocument(
      tempContent({
        sources: { 'doc.txt': doc('一、总体', '(一)甲 *强调* &amp; [链接](x) 乙。', '# 不是标题。') },
        items: { 'doc.yaml': opinionMeta('doc.txt', '测试文件') },
      }),
    );
    expect(d.measures[0]!.sentences.map((s) => s.text)).toEqual(['甲 *强调* &amp; [链接](x) 乙。', '# 不是标题。']);
  });
});

// The body of a regulation on small synthetic texts: books, chapters printed without a space,
// sections, inserted articles 第十条之一, contents lists, a preamble's heading 序言, paragraphs run
// together on one line, and what is reported instead of read.
import { describe, expect, it } from 'vitest';
import { rebuildSlice } from '../round-trip.ts';
import { parseLines } from '../../../tests/support/parse-lines.ts';
import type { ArticleNode, BookNode, ChapterNode, PreambleNode, SectionNode, SentenceNode } from '../tree/nodes.ts';
import { treeSketch } from '../../../tests/support/tree-sketch.ts';
import { type SourceLine, splitRunTogether } from './lines.ts';

/** Parses `lines` (the first is the title) as an item of `kind`: its tree (null when the parse stopped) and every message. */
function parse(lines: string[], kind: 'regulation' | 'opinion' | 'law' = 'regulation') {
  return parseLines(lines, kind, ['某某委员会']);
}

const ok = (lines: string[], kind?: 'regulation' | 'opinion' | 'law') => {
  const result = parse(lines, kind);
  expect(result.messages).toEqual([]);
  const { text, unaccounted } = rebuildSlice(result.text, [0, result.text.length], result.root!);
  expect(unaccounted).toEqual([]);
  expect(text).toBe(result.text);
  return result.root!;
};

const ofType = <T extends { type: string }>(root: { children: unknown[] }, type: T['type']): T[] => {
  const out: T[] = [];
  const walk = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === type) out.push(node as unknown as T);
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(root as never);
  return out;
};

const TITLE = '某某管理条例';

describe('articles with no chapter above them (a 办法, an 实施条例)', () => {
  it('stand at the top of the body, after a preamble, each in no part', () => {
    const root = ok([TITLE, '为了某某，制定本条例。', '第一条　甲。', '第二条　乙。', '丙。']);
    expect(root.children.map((c) => c.type)).toEqual(['title', 'preamble', 'article', 'article']);
    const articles = ofType<ArticleNode>(root, 'article');
    expect(articles.map((a) => [a.id, a.part, a.children.map((c) => c.id)])).toEqual([
      ['art1', '', ['art1-para1']],
      ['art2', '', ['art2-para1', 'art2-para2']],
    ]);
  });

  it('before the first chapter of a text that has chapters are reported, not moved', () => {
    const { messages } = parse([TITLE, '第一条　甲。', '第一章　总则', '第二条　乙。']);
    expect(messages.map((m) => m.split(': ')[0])).toEqual(['2:article-before-chapter']);
  });
});

describe('sub-items (目) of an item', () => {
  it('are numbered 1. 2. under their item, addressable by its id; a number out of turn is the next paragraph', () => {
    const root = ok([TITLE, '第一条　下列事项：', '（一）甲，包括：', '1.甲一；', '2.甲二。', '（二）乙。', '3.另起一款。']);
    expect(treeSketch(root).trimEnd().split('\n').slice(2)).toEqual([
      '  article id=art1 label=第一条',
      '    clause id=art1-para1',
      '      sentence id=art1-s1 "下列事项："',
      '      item id=art1-para1-item1 label=（一）',
      '        sentence id=art1-s2 "甲，包括："',
      '        subitem id=art1-para1-item1-i1 label=1.',
      '          paragraph',
      '            sentence id=art1-s3 "甲一；"',
      '        subitem id=art1-para1-item1-i2 label=2.',
      '          paragraph',
      '            sentence id=art1-s4 "甲二。"',
      '      item id=art1-para1-item2 label=（二）',
      '        sentence id=art1-s5 "乙。"',
      '    clause id=art1-para2',
      '      sentence id=art1-s6 "3.另起一款。"',
    ]);
  });
});

describe('books 编', () => {
  it('hold chapters numbered across books: 第二编 goes on with 第三章 (ch3)', () => {
    const root = ok([
      TITLE,
      '第一编　总则',
      '第一章　一般规定',
      '第一条　甲。',
      '第二章　原则',
      '第二条　乙。',
      '第二编　分则',
      '第三章　管理',
      '第三条　丙。',
    ]);
    const books = ofType<BookNode>(root, 'book');
    expect(books.map((b) => [b.id, b.label, b.heading, b.children.map((c) => (c.type === 'chapter' ? c.id : c.type))])).toEqual([
      ['bk1', '第一编', '总则', ['ch1', 'ch2']],
      ['bk2', '第二编', '分则', ['ch3']],
    ]);
    expect(ofType<ChapterNode>(root, 'chapter').map((c) => c.book)).toEqual(['bk1', 'bk1', 'bk2']);
    expect(ofType<ArticleNode>(root, 'article').map((a) => [a.id, a.part])).toEqual([
      ['art1', 'ch1'],
      ['art2', 'ch2'],
      ['art3', 'ch3'],
    ]);
  });

  it('that restart their chapters at 第一章 give chapter ids under their book (bk2-ch1), in every book', () => {
    const root = ok([
      TITLE,
      '第一编　总则',
      '第一章　一般规定',
      '第一条　甲。',
      '第二章　原则',
      '第二条　乙。',
      '第二编　分则',
      '第一章　管理',
      '第三条　丙。',
    ]);
    expect(ofType<ChapterNode>(root, 'chapter').map((c) => c.id)).toEqual(['bk1-ch1', 'bk1-ch2', 'bk2-ch1']);
    expect(ofType<ArticleNode>(root, 'article').map((a) => a.part)).toEqual(['bk1-ch1', 'bk1-ch2', 'bk2-ch1']);
  });

  it('are numbered like chapters: a gap is reported', () => {
    const { messages } = parse([TITLE, '第一编　总则', '第一章　一般规定', '第一条　甲。', '第三编　分则', '第二章　管理', '第二条　乙。']);
    expect(messages).toEqual(['5:book-numbering-gap: book numbering has a gap: expected number 2, found 第三编']);
  });
});

describe('sections 节', () => {
  it('inside a chapter, numbered within it, with or without a space after the label; articles numbered through', () => {
    const root = ok([
      TITLE,
      '第一章总则',
      '第一条　甲。',
      '第二章　机构',
      '第一节　一般规定',
      '第二条　乙。',
      '第二节地方各级某某委员会',
      '第三条　丙。',
      '第三章　附则',
      '第一节　其他',
      '第四条　丁。',
    ]);
    const chapters = ofType<ChapterNode>(root, 'chapter');
    expect(chapters.map((c) => [c.id, c.heading])).toEqual([
      ['ch1', '总则'],
      ['ch2', '机构'],
      ['ch3', '附则'],
    ]);
    expect(ofType<SectionNode>(root, 'section').map((s) => [s.id, s.label, s.heading, s.chapter, s.children.map((c) => c.type)])).toEqual([
      ['ch2-sec1', '第一节', '一般规定', 'ch2', ['article']],
      ['ch2-sec2', '第二节', '地方各级某某委员会', 'ch2', ['article']],
      ['ch3-sec1', '第一节', '其他', 'ch3', ['article']],
    ]);
    expect(ofType<ArticleNode>(root, 'article').map((a) => [a.id, a.part])).toEqual([
      ['art1', 'ch1'],
      ['art2', 'ch2'],
      ['art3', 'ch2'],
      ['art4', 'ch3'],
    ]);
  });

  it('outside any chapter is reported, not read as a sentence', () => {
    const { messages } = parse([TITLE, '第一节　一般规定', '第一章　总则', '第一条　甲。']);
    expect(messages).toEqual(['2:section-outside-chapter: section 第一节 stands outside any chapter (第一章…)']);
  });

  it('a paragraph that opens by citing a chapter is no chapter', () => {
    const root = ok([TITLE, '第一章　总则', '第一条　甲。', '第二章规定的情形，适用本条例。']);
    expect(ofType<ChapterNode>(root, 'chapter').map((c) => c.id)).toEqual(['ch1']);
    expect(ofType<ArticleNode>(root, 'article')[0]!.children.map((c) => c.id)).toEqual(['art1-para1', 'art1-para2']);
  });
});

describe('inserted articles 第十条之一', () => {
  const lines = (labels: string[]) => [TITLE, '第一章　总则', ...labels.map((l) => `${l}　某某。`)];

  it('are articles of their own (art10-1, sub 1), between 第十条 and 第十一条', () => {
    const labels = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => `第${n}条`);
    const root = ok(lines([...labels, '第十条之一', '第十条之二', '第十一条']));
    const articles = ofType<ArticleNode>(root, 'article').slice(9);
    expect(articles.map((a) => [a.id, a.n, a.sub, a.label, a.children[0]!.id])).toEqual([
      ['art10', 10, undefined, '第十条', 'art10-para1'],
      ['art10-1', 10, 1, '第十条之一', 'art10-1-para1'],
      ['art10-2', 10, 2, '第十条之二', 'art10-2-para1'],
      ['art11', 11, undefined, '第十一条', 'art11-para1'],
    ]);
    expect(articles[1]!.children[0]!.children.map((s) => (s.type === 'sentence' ? [s.id, s.text] : null))).toEqual([
      ['art10-1-s1', '某某。'],
    ]);
  });

  it('out of their turn are reported', () => {
    expect(parse(lines(['第一条', '第一条之二'])).messages).toEqual([
      '4:article-numbering-gap: article numbering has a gap: expected number 2 or article 1之1, found 第一条之二',
    ]);
    expect(parse(lines(['第一条', '第二条', '第一条之一'])).messages).toEqual([
      '5:article-out-of-order: article 第一条之一 is out of order: it comes after number 2',
    ]);
    expect(parse(lines(['第一条', '第一条之一', '第一条之一'])).messages).toEqual([
      '5:article-number-repeated: article 第一条之一 repeats the number before it',
    ]);
  });
});

describe('a contents list 目录', () => {
  it('is one contents node, its lines furniture; the chapters after it are the text', () => {
    const root = ok([
      TITLE,
      '目　录',
      '第一章　总则',
      '第二章　管理……………3',
      '　　第一节　一般规定······4',
      '第一章　总则',
      '第一条　甲。',
      '第二章　管理',
      '第一节　一般规定',
      '第二条　乙。',
    ]);
    const contents = root.children.find((c) => c.type === 'contents');
    expect(contents?.type === 'contents' && contents.lines.map((l) => l.text)).toEqual([
      '目　录',
      '第一章　总则',
      '第二章　管理……………3',
      '第一节　一般规定······4',
    ]);
    expect(ofType<ChapterNode>(root, 'chapter').map((c) => [c.id, c.line])).toEqual([
      ['ch1', 6],
      ['ch2', 8],
    ]);
    expect(root.children.map((c) => c.type)).toEqual(['title', 'contents', 'chapter', 'chapter']);
  });

  it('that never ends before the first article is reported', () => {
    const { messages } = parse([TITLE, '目录', '第一章　总则', '第一条　甲。']);
    // …and the article it ran into has no chapter: both are said.
    expect(messages.map((m) => m.split(': ')[0])).toEqual(['2:contents-unended', '4:article-before-chapter']);
  });
});

describe('a preamble headed 序言', () => {
  it('gives the preamble its heading, not a sentence; with a contents list that lists it', () => {
    const lines = [TITLE, '目录', '序言', '第一章　总纲', '序言', '某某是某某。某某要某某。', '第一章　总纲', '第一条　甲。'];
    const root = ok(lines);
    const at = lines.slice(0, 4).join('\n').length + 1;
    const preamble = root.children.find((c): c is PreambleNode => c.type === 'preamble')!;
    expect(preamble.heading).toEqual({ text: '序言', span: [at, at + 2] });
    expect(ofType<SentenceNode>(preamble, 'sentence').map((s) => s.id)).toEqual(['preamble-s1', 'preamble-s2']);
    expect(root.children.map((c) => c.type)).toEqual(['title', 'contents', 'preamble', 'chapter']);
  });
});

describe('paragraphs run together on one line with 　　', () => {
  const line = '第一条　为了规范某某，制定本条例。　　第二条　本条例适用于：　　（一）某某；　　（二）某某。　　某某参照执行。';

  it('are split at the runs into articles, paragraphs (款) and items (项), every byte accounted for', () => {
    const root = ok([TITLE, '第一章　总则', line, '第三条　本条例自发布之日起施行。']);
    const articles = ofType<ArticleNode>(root, 'article');
    expect(articles.map((a) => a.id)).toEqual(['art1', 'art2', 'art3']);
    expect(treeSketch(root).split('\n').slice(3, 16)).toEqual([
      '    article id=art1 label=第一条',
      '      clause id=art1-para1',
      '        sentence id=art1-s1 "为了规范某某，制定本条例。"',
      '    article id=art2 label=第二条',
      '      clause id=art2-para1',
      '        sentence id=art2-s1 "本条例适用于："',
      '        item id=art2-para1-item1 label=（一）',
      '          sentence id=art2-s2 "某某；"',
      '        item id=art2-para1-item2 label=（二）',
      '          sentence id=art2-s3 "某某。"',
      '      clause id=art2-para2',
      '        sentence id=art2-s4 "某某参照执行。"',
      '    article id=art3 label=第三条',
    ]);
    // Every piece keeps the line it stands on.
    expect(articles.map((a) => a.line)).toEqual([3, 3, 4]);
  });

  it('keep their offsets: each piece is the source between the runs, the source unchanged', () => {
    const text = `${TITLE}\n${line}\n`;
    const start = TITLE.length + 1;
    const source: SourceLine = { text: line, start, end: start + line.length, line: 2, blankBefore: false };
    const pieces = splitRunTogether([source]);
    expect(pieces.map((p) => p.text)).toEqual([
      '第一条　为了规范某某，制定本条例。',
      '第二条　本条例适用于：',
      '（一）某某；',
      '（二）某某。',
      '某某参照执行。',
    ]);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(pieces.map((p, i) => text.slice(p.end, pieces[i + 1]?.start ?? p.end))).toEqual(['　　', '　　', '　　', '　　', '']);
  });

  it('are not split after a bare label, inside a spaced-out word, or between names', () => {
    const at = (text: string): SourceLine => ({ text, start: 0, end: text.length, line: 1, blankBefore: false });
    for (const text of [
      '第一条　　为了某某，制定本条例。',
      '目　　录',
      '第一章　　总　　则',
      '某某部　　某某委员会',
      '第一条　为了某某，制定本条例。',
    ]) {
      expect(splitRunTogether([at(text)]).map((p) => p.text)).toEqual([text]);
    }
  });

  it('are split in any document: an opinion’s measures run together are read as measures', () => {
    const root = ok(
      ['某某委员会关于某某工作的意见', '一、总体要求　　（一）指导思想。坚持某某。　　（二）工作原则。坚持某某。'],
      'opinion',
    );
    expect(
      root.children
        .filter((c) => c.type === 'part')
        .flatMap((p) => (p.type === 'part' ? p.children.map((m) => ('id' in m ? m.id : m.type)) : [])),
    ).toEqual(['m1', 'm2']);
  });
});

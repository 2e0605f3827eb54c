// The document shapes the parser knows, one content directory each under tests/fixtures/shapes/
// (input: items/ and sources/; output: tree.txt, the tree as text). Each directory builds a site
// as it is (CONTENT_DIR=tests/fixtures/shapes/<shape>). Update a tree.txt after a deliberate
// change with UPDATE_SHAPES=1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { sourceText } from '../content/source-text.ts';
import { buildCorpus, type DocumentEntry } from '../corpus.ts';
import { rebuildSlice } from '../round-trip.ts';
import type { ArticleNode, BookNode, ChapterNode, ContentsNode, ItemNode, PreambleNode, SectionNode, SentenceNode } from '../tree/nodes.ts';
import type { BoxNode, TableNode } from '../tree/nodes.ts';
import { treeSketch } from '../../../tests/support/tree-sketch.ts';

const SHAPES = 'tests/fixtures/shapes';
const shapes = readdirSync(SHAPES).filter((name) => existsSync(join(SHAPES, name, 'items')));

describe.each(shapes)('the %s shape', (shape) => {
  const dir = join(SHAPES, shape);
  const items = readItems(dir);

  it('parses into the tree its tree.txt pins', () => {
    const sketch = items.map((item) => treeSketch(item.root)).join('\n');
    const expected = join(dir, 'tree.txt');
    if (process.env.UPDATE_SHAPES || !existsSync(expected)) writeFileSync(expected, sketch);
    expect(sketch).toBe(readFileSync(expected, 'utf8'));
  });

  it('accounts for every character of its source', () => {
    for (const item of items) {
      const source = sourceText(readFileSync(item.sourceFile), item.sourceFile).text;
      const { text, unaccounted } = rebuildSlice(source, item.slice, item.root);
      expect(unaccounted).toEqual([]);
      expect(text).toBe(source.slice(...item.slice));
    }
  });
});

describe('what each shape gives', () => {
  const doc = (shape: string) => buildCorpus(readItems(join(SHAPES, shape))).documents[0] as DocumentEntry;
  const sentenceIds = (node: Node) => {
    const ids: string[] = [];
    visit(node, 'sentence', (n) => void ids.push((n as SentenceNode).id));
    return ids;
  };

  it('an opinion: a heading-only measure keeps its heading as lead, a part with its text on the line, closing, signature, attachment', () => {
    const d = doc('opinion');
    expect(d.measures.map((m) => [m.id, m.lead])).toEqual([
      ['m1', '指导思想'],
      ['m2', '工作原则'],
      ['m3', '完善工作机制'],
    ]);
    expect(d.measures[1]!.sentences.map((s) => s.text)).toEqual([
      '工作原则',
      '——坚持问题导向。',
      '聚焦群众急难愁盼问题。',
      '——坚持系统观念。',
      '统筹各方力量。',
    ]);
    expect(d.outline.parts[1]).toMatchObject({ id: 'p2', heading: '加强组织领导', headingStop: '。' });
    expect(d.outline.parts[1]!.sentences.map((s) => s.id)).toEqual(['p2-s1', 'p2-s2']);
    expect(d.outline.closing?.map((s) => [s.id, s.text])).toEqual([['closing-s1', '各地区各部门要结合实际认真贯彻落实。']]);
    expect(d.measures.at(-1)!.sentences.at(-1)!.text).toBe('建立联席会议制度，定期研究重大事项。');
    expect(d.root.children.find((c) => c.type === 'signature')).toMatchObject({
      place: 'end',
      lines: [{ text: '某某部' }, { text: '2025年2月1日' }],
    });
    expect(d.outline.attachments?.map((a) => [a.id, a.heading, a.sentences.map((s) => s.id)])).toEqual([
      ['att1', '附件：基层治理重点任务清单', ['att1-s1', 'att1-s2']],
    ]);
  });

  it('a proposal: measures (1)… across parts, a part opening with text, a measure over two paragraphs, an adoption note, a closing', () => {
    const d = doc('proposal');
    expect(d.outline.dateLine).toMatchObject({ date: '2025-03-05' });
    expect(d.outline.parts.map((p) => [p.id, p.measures.map((m) => m.id)])).toEqual([
      ['p1', ['m1', 'm2']],
      ['p2', ['m3', 'm4']],
    ]);
    expect(d.measures[1]!.node.children).toHaveLength(2);
    expect(d.outline.parts[1]!.sentences.map((s) => s.text)).toEqual(['推进发展必须抓住重点任务。']);
    expect(d.outline.closing?.[0]!.text).toBe('办好发展的事，关键在党。');
  });

  it('a regulation: chapters, articles numbered through, paragraphs (款) and items (项) of an article', () => {
    const d = doc('regulation');
    expect(d.outline.parts.map((p) => [p.id, p.kind, p.heading, p.measures.map((m) => m.id)])).toEqual([
      ['ch1', 'chapter', '总则', ['art1', 'art2']],
      ['ch2', 'chapter', '管理要求', ['art3', 'art4']],
    ]);
    const art3 = d.measures[2]!;
    expect(art3).toMatchObject({ kind: 'article', label: '第三条', part: 'ch2', lead: null });
    const node = art3.node.type === 'article' ? art3.node : null;
    expect(node!.children.map((c) => c.id)).toEqual(['art3-para1', 'art3-para2']);
    expect(node!.children[0]!.children.map((c) => (c.type === 'item' ? c.label : c.id))).toEqual(['art3-s1', '（一）', '（二）', '（三）']);
    expect(art3.sentences.map((s) => s.id)).toEqual(['art3-s1', 'art3-s2', 'art3-s3', 'art3-s4', 'art3-s5']);
    expect(d.outline.dateLine?.date).toBe('2025-04-05');
    expect(d.outline.furniture.map((f) => f.role)).toEqual(['wrapper', 'wrapper', 'credit']);
  });

  /** Every node of a type under `node`, in source order. */
  const all = <T extends Node>(node: Node, type: string): T[] => {
    const out: T[] = [];
    visit(node, type, (n) => void out.push(n as T));
    return out;
  };

  it('a law: a contents list, sections 节 (one printed without a space), an inserted article, articles, 款 and 项 run together on one line', () => {
    const d = doc('law');
    expect(d.root.children.map((c) => c.type)).toEqual(['title', 'dateLine', 'contents', 'chapter', 'chapter', 'chapter', 'chapter']);
    const contents = d.root.children.find((c): c is ContentsNode => c.type === 'contents')!;
    expect(contents.lines.map((l) => l.text)).toEqual([
      '目　　录',
      '第一章　总则',
      '第二章　某某管理',
      '第一节　一般规定',
      '第二节　监督检查……………………5',
      '第三章　法律责任······7',
      '第四章　附则',
    ]);
    const chapters = all<ChapterNode>(d.root, 'chapter');
    // The first chapter is the one after the contents; 第四章附则 is printed without a space.
    expect(chapters.map((c) => [c.id, c.heading, c.line])).toEqual([
      ['ch1', '总则', 10],
      ['ch2', '某某管理', 13],
      ['ch3', '法律责任', 23],
      ['ch4', '附则', 29],
    ]);
    expect(
      all<SectionNode>(d.root, 'section').map((s) => [
        s.id,
        s.label,
        s.heading,
        s.chapter,
        all<ArticleNode>(s, 'article').map((a) => a.id),
      ]),
    ).toEqual([
      ['ch2-sec1', '第一节', '一般规定', 'ch2', ['art4', 'art5']],
      ['ch2-sec2', '第二节', '监督检查', 'ch2', ['art6', 'art7']],
    ]);
    const articles = all<ArticleNode>(d.root, 'article');
    expect(articles.slice(9).map((a) => [a.id, a.n, a.sub, a.label, a.part])).toEqual([
      ['art10', 10, undefined, '第十条', 'ch3'],
      ['art10-1', 10, 1, '第十条之一', 'ch3'],
      ['art11', 11, undefined, '第十一条', 'ch3'],
      ['art12', 12, undefined, '第十二条', 'ch4'],
    ]);
    // Line 11 prints 第一条, 第二条 and 第二条's second 款 with two U+3000 between them; line 12 第三条 and its 项.
    expect(articles.slice(0, 3).map((a) => [a.id, a.line, a.children.map((c) => [c.id, c.line])])).toEqual([
      ['art1', 11, [['art1-para1', 11]]],
      [
        'art2',
        11,
        [
          ['art2-para1', 11],
          ['art2-para2', 11],
        ],
      ],
      ['art3', 12, [['art3-para1', 12]]],
    ]);
    expect(
      all<ItemNode>(articles[2]!, 'item').map((i) => [i.label, i.children.map((s) => (s.type === 'sentence' ? s.text : s.id))]),
    ).toEqual([
      ['（一）', ['依法管理；']],
      ['（二）', ['公开透明。']],
    ]);
    expect(d.outline.dateLine?.date).toBe('2024-06-02');
  });

  it('a Party regulation: a preamble headed 序言, books 编 above chapters numbered across them, a paragraph of a book', () => {
    const d = doc('party-regulation');
    const preamble = d.root.children.find((c): c is PreambleNode => c.type === 'preamble')!;
    expect(preamble.heading?.text).toBe('序言');
    expect(all<SentenceNode>(preamble, 'sentence').map((s) => s.id)).toEqual(['preamble-s1', 'preamble-s2']);
    const books = all<BookNode>(d.root, 'book');
    expect(books.map((b) => [b.id, b.label, b.heading, all<ChapterNode>(b, 'chapter').map((c) => c.id)])).toEqual([
      ['bk1', '第一编', '总则', ['ch1', 'ch2']],
      ['bk2', '第二编', '组织实施', ['ch3', 'ch4']],
      ['bk3', '第三编', '监督保障', ['ch5', 'ch6']],
    ]);
    expect(all<SentenceNode>(books[1]!.children[0]!, 'sentence').map((s) => [s.id, s.text])).toEqual([
      ['bk2-s1', '本编规定某某工作的领导体制和工作机制。'],
    ]);
    const chapters = all<ChapterNode>(d.root, 'chapter');
    expect(chapters.map((c) => c.book)).toEqual(['bk1', 'bk1', 'bk2', 'bk2', 'bk3', 'bk3']);
    // 第四章工作机制 is printed without a space after its label.
    expect(chapters[3]).toMatchObject({ label: '第四章', heading: '工作机制' });
    expect(all<ArticleNode>(d.root, 'article').map((a) => a.id)).toEqual(Array.from({ length: 9 }, (_, i) => `art${i + 1}`));
  });

  it('an explanation: byline, salutation, sections with numbered points, a closing to the audience', () => {
    const d = doc('explanation');
    const types = d.root.children.map((c) => c.type);
    expect(types.slice(0, 4)).toEqual(['title', 'signature', 'salutation', 'preamble']);
    expect(d.measures.map((m) => [m.id, m.kind, m.lead])).toEqual([
      ['p2-pt1', 'point', '关于发展目标'],
      ['p2-pt2', 'point', '关于重点任务'],
    ]);
    expect(d.measures[0]!.node.children).toHaveLength(2);
    expect(d.outline.closing?.[0]!.text.startsWith('同志们，')).toBe(true);
  });

  it('a notice issuing nothing: a title over two lines, a document number, parts, a list of attachments, signature, note, attachments, 版记', () => {
    const d = doc('notice');
    const types = d.root.children.map((c) => c.type);
    expect(types).toEqual([
      'title',
      'docNumber',
      'salutation',
      'preamble',
      'part',
      'part',
      'part',
      'attachmentList',
      'signature',
      'publisherNote',
      'attachment',
      'attachment',
      'imprint',
    ]);
    expect(d.root.children[0]).toMatchObject({ text: '某某市教育局关于做好2025年暑期学生安全工作的通知', lines: [{}, {}] });
    expect(d.root.children[1]).toMatchObject({ text: '某市教〔2025〕12 号' });
    expect(d.root.children.find((c) => c.type === 'signature')).toMatchObject({ place: 'end', date: '2025-05-20' });
    expect(d.outline.attachments?.map((a) => [a.id, a.heading, a.title?.text, a.sentences.map((s) => s.id)])).toEqual([
      ['att1', '附件1', '暑期安全教育提纲', ['att1-s1', 'att1-s2']],
      ['att2', '附件2', '学生安全告家长书', ['att2-s1']],
    ]);
  });

  it('a notice issuing a document: the notice (notice-s1…), its signature and note, then the issued 方案 with ids as alone, 版记 at the root', () => {
    const d = doc('notice-issuing');
    expect(d.root.children.map((c) => c.type)).toEqual([
      'title',
      'docNumber',
      'salutation',
      'notice',
      'signature',
      'publisherNote',
      'issued',
      'imprint',
    ]);
    const notice = d.root.children.find((c) => c.type === 'notice')!;
    expect(notice.type === 'notice' && notice.children.flatMap((p) => p.children.map((s) => s.id))).toEqual(['notice-s1', 'notice-s2']);
    // The signature stands before the issued document, dated in Chinese numerals.
    expect(d.root.children[4]).toMatchObject({ type: 'signature', place: 'end', date: '2025-03-10' });
    const issued = d.root.children.find((c) => c.type === 'issued')!;
    if (issued.type !== 'issued') throw new Error('no issued document');
    expect(issued.children[0]).toMatchObject({ type: 'title', text: '某某省“无废园区”建设试点工作方案', lines: [{}, {}] });
    expect(issued.children.map((c) => ('id' in c ? c.id : c.type))).toEqual(['title', 'preamble', 'p1', 'p2', 'p3', 'closing']);
    expect(sentenceIds(issued).slice(0, 3)).toEqual(['preamble-s1', 'm1-s1', 'm1-s2']);
    expect(sentenceIds(issued).at(-1)).toBe('closing-s1');
  });

  it('a speech: points without parts pt1…, —— bullets as paragraphs, addresses inside the body as salutations between units', () => {
    const d = doc('speech');
    const shown = d.root.children.map((c) => ('id' in c ? c.id : c.type === 'salutation' ? c.text : c.type));
    expect(shown).toEqual([
      'title',
      'dateLine',
      'signature',
      '同志们：',
      'preamble',
      'pt1',
      'pt2',
      '同志们、朋友们！',
      'pt3',
      '同志们！',
      'closing',
    ]);
    const pt1 = d.root.children.find((c) => c.type === 'measure' && c.id === 'pt1')!;
    expect(pt1).toMatchObject({ kind: 'point', part: '', lead: '充分肯定成绩' });
    expect(sentenceIds(pt1)).toEqual(['pt1-s1', 'pt1-s2', 'pt1-s3', 'pt1-s4', 'pt1-s5', 'pt1-s6']);
    expect(sentenceIds(d.root.children.at(-1)!)).toEqual(['closing-s1']);
  });

  it('a communiqué: a title over two lines, an adoption note, paragraphs only (全会认为，…) in its preamble', () => {
    const d = doc('communique');
    expect(d.root.children.map((c) => c.type)).toEqual(['title', 'dateLine', 'preamble']);
    expect(d.outline.dateLine?.date).toBe('2025-01-10');
    expect(d.outline.preamble.map((s) => s.id)).toEqual([
      'preamble-s1',
      'preamble-s2',
      'preamble-s3',
      'preamble-s4',
      'preamble-s5',
      'preamble-s6',
      'preamble-s7',
    ]);
  });

  it('a scheme: measures numbered afresh in each part (p2-m1), sub-items 1. running on across measures, responsibility notes', () => {
    const d = doc('scheme');
    expect(d.outline.parts.map((p) => [p.id, p.measures.map((m) => m.id)])).toEqual([
      ['p1', ['p1-m1', 'p1-m2']],
      ['p2', ['p2-m1', 'p2-m2', 'p2-m3']],
      ['p3', ['p3-m1', 'p3-m2']],
    ]);
    const units = (id: string) => d.measures.find((m) => m.id === id)!.node.children.map((c) => ('id' in c ? c.id : c.type));
    expect(units('p2-m2')).toEqual(['paragraph', 'p2-m2-i1', 'p2-m2-i2']);
    expect(units('p2-m3')).toEqual(['paragraph', 'p2-m3-i3', 'p2-m3-i4']);
    // The measure's lead stays; its sentences are numbered through its sub-items; a （1） list is text in sub-item 2.
    const m2 = d.measures.find((m) => m.id === 'p2-m2')!;
    expect(m2.lead).toBe('强化要素保障');
    expect(m2.sentences.map((s) => s.id)).toEqual(Array.from({ length: 8 }, (_, i) => `p2-m2-s${i + 1}`));
    expect(m2.sentences.at(-1)!.text).toBe('（2）建立人才库。');
    const notes = d.measures.flatMap((m) => m.sentences.flatMap((s) => (s.responsibility ? [[s.id, s.responsibility]] : [])));
    expect(notes).toEqual([
      ['p2-m1-s3', { bodies: ['某某部', '某某委'], lead: '某某部', carriesOver: true }],
      ['p2-m2-s4', { bodies: ['某某委', '某某部', '某某局'], lead: '某某委' }],
      ['p2-m3-s3', { bodies: ['某某局'], lead: null }],
      ['p2-m3-s7', { bodies: ['某某部', '某某委'], lead: '某某部' }],
      ['p2-m3-s10', { bodies: ['某某部', '各试点地区'], lead: '各试点地区' }],
      ['p3-m1-s3', { bodies: ['某某总局', '某某部'], lead: '某某总局' }],
    ]);
    // A note printed in the middle of a paragraph is its own sentence, the text around it unchanged.
    const m3 = d.measures.find((m) => m.id === 'p2-m3')!;
    expect(m3.sentences.slice(1, 4).map((s) => s.text)).toEqual(['开展示范工程建设。', '（某某局指导）', '推广先进经验做法。']);
  });

  it('a plan with boxes and tables: a table in the preamble, a box, a measure and a box in a measure; one table left unread', () => {
    const d = doc('plan-tables');
    const found: Array<{ type: string; id: string }> = [];
    visit(d.root, (n) => {
      if (n.type === 'box' || n.type === 'table') found.push(n as unknown as { type: string; id: string });
    });
    expect(found.map((n) => n.id)).toEqual(['tbl1', 'box1', 'box2', 'tbl2', 'box3', 'tbl4']);
    const [tbl1, box1, box2, tbl2] = found as unknown as [TableNode, BoxNode, BoxNode, TableNode];
    expect(tbl1.rows.map((r) => r.length)).toEqual([4, 4, 4]);
    expect(tbl1.rows[1]!.map((c) => c.text)).toEqual(['产业规模（亿元）', '1000', '1500', '预期性']);
    expect(box1).toMatchObject({ label: '专栏1', heading: '发展成效', n: 1 });
    expect(box2).toMatchObject({ label: '【重点任务2】', heading: '建设创新中心' });
    expect(box2.children.map((c) => c.type)).toEqual(['paragraph', 'table']);
    expect(tbl2.caption?.text).toBe('表2 创新平台建设任务');
    expect(tbl2.rows.map((r) => r[0]!.text)).toEqual(['序号', '1', '2']);
    // 表3's rows cannot be told from its header: its lines stay paragraphs of the box, with an anomaly.
    expect(d.root.data.anomalies?.map((a) => [a.kind, a.line])).toEqual([['table-unread', 40]]);
    expect(d.measures.find((m) => m.id === 'p2-m1')!.sentences.map((s) => s.id)).toEqual(['p2-m1-s1', 'p2-m1-s2', 'box2-s1']);
  });
});

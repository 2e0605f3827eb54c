// The head and tail of a document, notices that issue documents, speeches and communiqués, on
// short synthetic texts (the shape fixtures tests/fixtures/shapes/notice*, speech, communique pin
// whole documents).
import { describe, expect, it } from 'vitest';
import { parseItem } from '../content/parse-item.ts';
import { ContentErrors } from '../errors.ts';
import { rebuildSlice } from '../round-trip.ts';
import { ItemMeta } from '../schema/item-meta.ts';
import type { DocumentRoot, IssuedNode } from '../tree/nodes.ts';

type MetaInput = { title: string } & Record<string, unknown>;

const metaOf = (text: string, input: MetaInput) =>
  ItemMeta.parse({
    id: 'test-item',
    kind: 'notice',
    source: 'test.txt',
    begins: text.slice(0, 6),
    issuers: ['某某部'],
    published: '2025-06-01',
    publisher: '示例出版者',
    ...input,
  });

function parse(lines: string[], input: MetaInput): DocumentRoot {
  const text = `${lines.join('\n')}\n`;
  const root = parseItem(text, 0, text.length, metaOf(text, input), 'test.txt') as DocumentRoot;
  // Every character of the source is accounted for by the tree.
  expect(rebuildSlice(text, [0, text.length], root)).toEqual({ text, unaccounted: [] });
  return root;
}

function problems(lines: string[], input: MetaInput): string[] {
  const text = `${lines.join('\n')}\n`;
  try {
    parseItem(text, 0, text.length, metaOf(text, input), 'test.txt');
    return [];
  } catch (e) {
    if (!(e instanceof ContentErrors)) throw e;
    return e.errors.map((x) => `${x.line}: ${x.problem}`);
  }
}

const types = (nodes: ReadonlyArray<{ type: string }>) => nodes.map((n) => n.type);
const issuedOf = (root: DocumentRoot) => root.children.find((c): c is IssuedNode => c.type === 'issued');

describe('the title', () => {
  it('is read over the lines whose texts joined are the title of the metadata, whitespace aside', () => {
    const root = parse(['某某部关于印发', '《某 某 办 法》的通知', '各单位：', '现予印发。'], {
      title: '某某部关于印发《某某办法》的通知',
    });
    expect(root.children[0]).toMatchObject({
      type: 'title',
      text: '某某部关于印发《某 某 办 法》的通知',
      lines: [{ text: '某某部关于印发' }, { text: '《某 某 办 法》的通知' }],
    });
  });

  it('is the first line alone when no run of lines makes the title (a title that is ours)', () => {
    const root = parse(['某某部关于某事的通知', '各单位：', '现将有关事项通知如下。'], { title: '关于某事的通知（编者题）' });
    expect(root.children[0]).toMatchObject({ type: 'title', text: '某某部关于某事的通知' });
    expect(root.children[0]).not.toHaveProperty('lines');
  });

  it('takes a document number printed above it', () => {
    const root = parse(['某市人〔2009〕82号', '某某局关于某事的', '通知', '各单位：', '请遵照执行。'], { title: '某某局关于某事的通知' });
    expect(types(root.children).slice(0, 3)).toEqual(['docNumber', 'title', 'salutation']);
  });
});

describe('the head', () => {
  it('reads document numbers in their printed forms, a space before 号 kept', () => {
    for (const number of ['国办发〔2018〕128号', '国令第706号', '某市教〔2009〕61 号', '某教办[2010]91号']) {
      const root = parse(['某某部关于某事的通知', number, '各单位：', '请遵照执行。'], { title: '某某部关于某事的通知' });
      expect(root.children[1]).toMatchObject({ type: 'docNumber', text: number });
    }
  });

  it('reads a long salutation to the addressees of a 公文', () => {
    const salutation = '各市、县（市、区）人民政府，省政府各部门、各直属机构，各有关单位，各驻省中央单位，各高等学校：';
    const root = parse(['某某部关于某事的通知', salutation, '请遵照执行。'], { title: '某某部关于某事的通知' });
    expect(root.children[1]).toMatchObject({ type: 'salutation', text: salutation });
  });
});

describe('the tail', () => {
  const notice = ['某某部关于某事的通知', '各单位：', '现将有关事项通知如下。', '一、总体要求', '各单位要高度重视。'];

  it('reads a signature dated in Chinese numerals (〇 or ○) and gives its date', () => {
    for (const [line, date] of [
      ['二〇二五年三月十日', '2025-03-10'],
      ['二○○九年十二月二十四日', '2009-12-24'],
      ['2019 年6月 14 日', '2019-06-14'],
    ] as const) {
      const root = parse([...notice, '某某部', line], { title: '某某部关于某事的通知' });
      expect(root.children.at(-1)).toMatchObject({ type: 'signature', place: 'end', date, lines: [{ text: '某某部' }, { text: line }] });
    }
  });

  it("reports a signature's date that is not the metadata's date (the 成文日期)", () => {
    expect(problems([...notice, '某某部', '2025年3月10日'], { title: '某某部关于某事的通知', date: '2025-03-11' })).toEqual([
      '7: the signature is dated 2025-03-10 but the metadata of "test-item" says date: 2025-03-11',
    ]);
    expect(problems([...notice, '某某部', '2025年3月10日'], { title: '某某部关于某事的通知', date: '2025-03-10' })).toEqual([]);
  });

  it('reads the list of attachments before the signature, publisher notes and 版记 after it, and the attachments', () => {
    const root = parse(
      [
        ...notice,
        '附件：1.某某清单',
        '2.某某名册',
        '某某部',
        '2025年3月10日',
        '（此件公开发布）',
        '附件1',
        '某某清单',
        '一是某某。',
        '主题词：某某  通知',
        '抄送：某某委。',
        '某某部办公厅          2025年3月11日印发',
        '（共印10份）',
      ],
      { title: '某某部关于某事的通知' },
    );
    expect(types(root.children)).toEqual([
      'title',
      'salutation',
      'preamble',
      'part',
      'attachmentList',
      'signature',
      'publisherNote',
      'attachment',
      'imprint',
    ]);
    expect(root.children.find((c) => c.type === 'attachment')).toMatchObject({ heading: '附件1', title: { text: '某某清单' } });
    expect(root.children.at(-1)).toMatchObject({
      lines: [{ text: '主题词：某某  通知' }, { text: '抄送：某某委。' }, {}, { text: '（共印10份）' }],
    });
  });

  it('reads （本文有删减） at the very end as a publisher note, after the signature', () => {
    const root = parse([...notice, '某某部', '二〇〇四年三月二日', '（本文有删减）'], { title: '某某部关于某事的通知' });
    expect(types(root.children).slice(-2)).toEqual(['signature', 'publisherNote']);
  });
});

describe('a notice that issues a document', () => {
  const head = ['某某部关于印发', '某某工作方案的通知', '某发〔2025〕1号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'];
  const issued = [
    '某某工作方案',
    '为做好某某工作，制定本方案。',
    '一、总体要求',
    '（一）指导思想。坚持问题导向。',
    '（二）工作目标。到2027年取得进展。',
  ];

  it('gives the notice, its signature and notes, then the issued document with the ids it has alone', () => {
    const root = parse(
      [...head, '《某某工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。', '某某部', '2025年3月10日', '（此件公开发布）', ...issued],
      { title: '某某部关于印发某某工作方案的通知', date: '2025-03-10' },
    );
    expect(types(root.children)).toEqual(['title', 'docNumber', 'salutation', 'notice', 'signature', 'publisherNote', 'issued']);
    const notice = root.children.find((c) => c.type === 'notice');
    expect(notice?.type === 'notice' && notice.children.flatMap((p) => p.children.map((s) => s.id))).toEqual(['notice-s1']);
    const doc = issuedOf(root)!;
    expect(types(doc.children)).toEqual(['title', 'preamble', 'part']);
    expect(doc.children[0]).toMatchObject({ text: '某某工作方案' });
    const alone = parse(['某某工作方案', ...issued.slice(1)], { title: '某某工作方案', kind: 'scheme' });
    const ids = (nodes: unknown) =>
      JSON.stringify(nodes, (k, v) => (['position', 'span', 'labelSpan', 'headingSpan', 'line'].includes(k) ? undefined : v));
    expect(ids(doc.children.slice(1))).toBe(ids(alone.children.slice(1)));
  });

  it('finds the issued title over two lines by a title the notice quotes, and a forwarded report with its own signature', () => {
    const root = parse(
      [
        ...head,
        '某某局《关于某某工作的报告》已经国务院同意，现转发给你们，请认真贯彻执行。',
        '某某部',
        '2025年3月10日',
        '关于某某',
        '工作的报告',
        '国务院：',
        '现将有关情况报告如下。',
        '某某局',
        '2025年2月1日',
      ],
      { title: '某某部关于印发某某工作方案的通知', date: '2025-03-10' },
    );
    const doc = issuedOf(root)!;
    // The issued report's own signature is dated before the notice, and is not checked against it.
    expect(types(doc.children)).toEqual(['title', 'salutation', 'preamble', 'signature']);
    expect(doc.children[0]).toMatchObject({ text: '关于某某工作的报告', lines: [{ text: '关于某某' }, { text: '工作的报告' }] });
    expect(doc.children.at(-1)).toMatchObject({ date: '2025-02-01' });
  });

  it('keeps the 版记 at the end at the root, after the issued document', () => {
    const root = parse([...head, '现将《某某工作方案》印发给你们。', '某某部', '2025年3月10日', ...issued, '抄送：某某委。'], {
      title: '某某部关于印发某某工作方案的通知',
    });
    expect(types(root.children).slice(-2)).toEqual(['issued', 'imprint']);
  });

  it('is an ordinary document when the text after the signature is attachments, or the notice issues nothing', () => {
    const withAttachment = parse([...head, '现将《某某工作方案》印发给你们。', '某某部', '2025年3月10日', '附件', ...issued], {
      title: '某某部关于印发某某工作方案的通知',
    });
    expect(types(withAttachment.children).slice(-3)).toEqual(['preamble', 'signature', 'attachment']);
    const plain = parse([...head, '现将有关事项通知如下。', '一、总体要求', '各地要抓好落实。', '某某部', '2025年3月10日'], {
      title: '某某部关于印发某某工作方案的通知',
    });
    expect(types(plain.children).slice(3)).toEqual(['preamble', 'part', 'signature']);
  });
});

describe('a speech', () => {
  const top = ['在某某会议上的讲话', '张某某', '同志们：', '下面，我讲两点意见。'];

  it('numbers points without parts pt1…, and reads an address inside the body as a salutation between them', () => {
    const root = parse(
      [
        ...top,
        '第一，统一思想。要提高认识。',
        '——坚持问题导向。',
        '同志们、朋友们！',
        '第二，狠抓落实。要真抓实干。',
        '同志们！',
        '让我们团结一心，再创佳绩。',
      ],
      { title: '在某某会议上的讲话', kind: 'speech' },
    );
    expect(root.children.map((c) => ('id' in c ? c.id : 'text' in c ? `${c.type} ${c.text}` : c.type))).toEqual([
      'title ' + '在某某会议上的讲话',
      'signature',
      'salutation 同志们：',
      'preamble',
      'pt1',
      'salutation 同志们、朋友们！',
      'pt2',
      'salutation 同志们！',
      'closing',
    ]);
    const pt1 = root.children.find((c) => c.type === 'measure' && c.id === 'pt1');
    expect(pt1?.type === 'measure' && pt1.children.flatMap((p) => (p.type === 'paragraph' ? p.children.map((s) => s.text) : []))).toEqual([
      '统一思想。',
      '要提高认识。',
      '——坚持问题导向。',
    ]);
  });

  it('keeps an address inside a point, text of its own after it, as the text it is there (the tree keeps its order)', () => {
    const root = parse([...top, '第一，统一思想。要提高认识。', '同志们！', '思想统一了，事情就好办。', '第二，狠抓落实。要真抓实干。'], {
      title: '在某某会议上的讲话',
      kind: 'speech',
    });
    expect(types(root.children).slice(3)).toEqual(['preamble', 'measure', 'measure']);
    const pt1 = root.children.find((c) => c.type === 'measure' && c.id === 'pt1');
    expect(pt1?.type === 'measure' && pt1.children.flatMap((p) => (p.type === 'paragraph' ? p.children.map((s) => s.text) : []))).toContain(
      '同志们！',
    );
  });

  it('keeps points inside parts as p1-pt1', () => {
    const root = parse([...top, '一、关于形势', '第一，机遇难得。要抓住机遇。'], { title: '在某某会议上的讲话', kind: 'speech' });
    const part = root.children.find((c) => c.type === 'part');
    expect(part?.type === 'part' && part.children.map((c) => ('id' in c ? c.id : c.type))).toEqual(['p1-pt1']);
  });
});

describe('a communiqué', () => {
  const top = ['某某党某某委员会', '第三次全体会议公报', '（2025年1月10日某某委员会第三次全体会议通过）'];

  it('is paragraphs of its preamble, no structure invented', () => {
    const root = parse([...top, '全会认为，过去一年成绩显著。', '全会强调，要坚持稳中求进。', '全会号召，全体党员要团结奋斗！'], {
      title: '某某党某某委员会第三次全体会议公报',
      kind: 'communique',
    });
    expect(types(root.children)).toEqual(['title', 'dateLine', 'preamble']);
  });

  it('reads 一、 headings as parts as usual', () => {
    const root = parse(
      [
        ...top,
        '全会认为，过去一年成绩显著。',
        '一、关于过去一年的工作',
        '全会充分肯定工作。',
        '二、关于今年的任务',
        '全会强调，要狠抓落实。',
      ],
      {
        title: '某某党某某委员会第三次全体会议公报',
        kind: 'communique',
      },
    );
    expect(types(root.children)).toEqual(['title', 'dateLine', 'preamble', 'part', 'part']);
  });
});

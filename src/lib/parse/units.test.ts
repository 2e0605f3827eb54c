// The units inside the body of 意见/方案 on small synthetic texts: measures numbered afresh in each
// part, sub-items, boxes, tables drawn one cell a line, and what is reported instead of read.
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rebuildSlice } from '../round-trip.ts';
import { parseLines } from '../../../tests/support/parse-lines.ts';
import type { BoxNode, DocumentRoot, PartNode, SentenceNode, TableNode } from '../tree/nodes.ts';

/** Parses `lines` (the first is the title) as an opinion: its tree (null when the parse stopped) and every message. */
function parse(lines: string[]) {
  const result = parseLines(lines);
  return { ...result, root: result.root as DocumentRoot };
}

/** Parses and expects no message and a tree that rebuilds its source. */
function ok(lines: string[]) {
  const result = parse(lines);
  expect(result.messages).toEqual([]);
  const { text, unaccounted } = rebuildSlice(result.text, [0, result.text.length], result.root);
  expect(unaccounted).toEqual([]);
  expect(text).toBe(result.text);
  return result.root;
}

/** Every node of a type in the tree, in source order. */
const all = <T>(root: DocumentRoot, type: string): T[] => {
  const out: T[] = [];
  visit(root, type, (n) => {
    out.push(n as T);
  });
  return out;
};
const ids = (root: DocumentRoot, type: string) => all<{ id: string }>(root, type).map((n) => n.id);
const tables = (root: DocumentRoot) => all<TableNode>(root, 'table');

const TITLE = '某某部关于某某工作的意见';

describe('a part heading printed with a space after 、', () => {
  it('keeps the space, so the heading rebuilds its line as printed', () => {
    const root = ok(['某某意见', '一、 总体要求', '（一）某某。', '二、　重点任务', '（二）某某。']);
    const parts = all<PartNode>(root, 'part');
    expect(parts.map((p) => [p.heading, p.headingGap])).toEqual([
      ['总体要求', ' '],
      ['重点任务', '\u3000'],
    ]);
  });
});

describe('measures numbered in each part', () => {
  it('are p1-m1… in every part once a later part starts again at （一）', () => {
    const root = ok([
      TITLE,
      '一、总体要求',
      '（一）指导思想。坚持稳中求进。',
      '（二）工作目标。到2026年见效。',
      '二、主要任务',
      '（一）完善机制。建立台账。',
    ]);
    expect(ids(root, 'measure')).toEqual(['p1-m1', 'p1-m2', 'p2-m1']);
    expect(ids(root, 'sentence')).toContain('p2-m1-s2');
  });

  it('stay m1… when numbered through, and a part without measures does not make them restart', () => {
    const root = ok([
      TITLE,
      '一、总体要求',
      '各地要抓好落实。',
      '二、主要任务',
      '（一）完善机制。建立台账。',
      '三、保障措施',
      '（二）加强领导。落实责任。',
    ]);
    expect(ids(root, 'measure')).toEqual(['m1', 'm2']);
  });

  it('report a number out of order within its part', () => {
    const { messages } = parse([
      TITLE,
      '一、总体要求',
      '（一）指导思想。坚持。',
      '二、主要任务',
      '（一）完善机制。建立。',
      '（三）强化保障。落实。',
    ]);
    expect(messages).toEqual([expect.stringMatching(/^6:measure-numbering-gap: /u)]);
  });
});

describe('sub-items', () => {
  it('are read in a measure, 1. 1、 （1）, the first style the measure uses; others are text inside them', () => {
    const root = ok([
      TITLE,
      '一、主要任务',
      '（一）完善机制。',
      '1、建立台账。',
      '（1）按月更新。',
      '2、明确分工。',
      '（二）强化保障。',
      '（1）加强资金保障。',
      '（2）加强人才保障。',
    ]);
    expect(ids(root, 'subitem')).toEqual(['m1-i1', 'm1-i2', 'm2-i1', 'm2-i2']);
    const m1 = root.children.find((c) => c.type === 'part')!.children[0]!;
    expect(m1.type === 'measure' && m1.lead).toBe('完善机制');
    expect(ids(root, 'sentence')).toEqual(['m1-s1', 'm1-s2', 'm1-s3', 'm1-s4', 'm2-s1', 'm2-s2', 'm2-s3']);
  });

  it('run on across measures with their printed numbers', () => {
    const root = ok([TITLE, '一、主要任务', '（一）完善机制。', '1.建立台账。', '2.明确分工。', '（二）强化保障。', '3.加强资金保障。']);
    expect(ids(root, 'subitem')).toEqual(['m1-i1', 'm1-i2', 'm2-i3']);
  });

  it('are paragraphs in a part without measures and in the preamble', () => {
    const root = ok([TITLE, '1.某某工作取得进展。', '一、主要任务', '1.建立台账。', '2.明确分工。']);
    expect(ids(root, 'subitem')).toEqual([]);
    expect(ids(root, 'sentence')).toEqual(['preamble-s1', 'p1-s1', 'p1-s2']);
  });

  it('report a number that repeats, and read it as text (no two share an id)', () => {
    const { root, messages } = parse([TITLE, '一、主要任务', '（一）完善机制。', '1.建立台账。', '1.明确分工。', '3.加强督查。']);
    expect(messages).toEqual([
      expect.stringMatching(/^5:subitem-number-repeated: /u),
      expect.stringMatching(/^6:subitem-numbering-gap: /u),
    ]);
    expect(ids(root, 'subitem')).toEqual(['m1-i1', 'm1-i3']);
  });

  it('never take a decimal or a year for a label', () => {
    const root = ok([TITLE, '一、主要任务', '（一）完善机制。', '2.5亿元用于建设。', '2025年完成建设。']);
    expect(ids(root, 'subitem')).toEqual([]);
  });
});

describe('boxes', () => {
  it('hold the lines up to the next box or the end of their unit, with their own sentence ids', () => {
    const root = ok([
      TITLE,
      '一、主要任务',
      '（一）完善机制。建立台账。',
      '【重点任务1】建设平台',
      '建设一批平台。',
      '专栏2',
      '开展试点。',
      '（二）强化保障。落实责任。',
    ]);
    expect(ids(root, 'box')).toEqual(['box1', 'box2']);
    expect(ids(root, 'sentence')).toEqual(['m1-s1', 'm1-s2', 'box1-s1', 'box2-s1', 'm2-s1', 'm2-s2']);
    const boxes = all<BoxNode>(root, 'box');
    expect(boxes.map((b) => b.heading)).toEqual(['建设平台', '']);
    expect(boxes[1]!.headingSpan).toBeNull();
  });

  it('report a number used before and read that line as text', () => {
    const { root, messages } = parse([TITLE, '一、主要任务', '专栏1 发展成效', '取得进展。', '专栏1 发展短板', '仍有不足。']);
    expect(messages).toEqual([expect.stringMatching(/^5:box-number-repeated: /u)]);
    expect(ids(root, 'box')).toEqual(['box1']);
  });
});

describe('tables drawn one cell a line', () => {
  const numbered = ['表1 任务分工', '序号', '任务', '牵头单位', '1', '建设平台', '某某部', '2', '开展试点', '某某委、某某局'];

  it('read numbered rows under the header row, and a paragraph after the last row stays a paragraph', () => {
    const root = ok([TITLE, '一、主要任务', '（一）完善机制。建立台账。', ...numbered, '上述任务按年度推进，逐项抓好落实。']);
    const [table] = tables(root);
    expect(table).toMatchObject({ id: 'tbl1', n: 1, caption: { text: '表1 任务分工' }, line: 4 });
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '建设平台', '某某部'],
      ['2', '开展试点', '某某委、某某局'],
    ]);
    expect(ids(root, 'sentence').at(-1)).toBe('m1-s3');
  });

  it('read columns of figures', () => {
    const root = ok([TITLE, '表1 主要指标', '指标', '2024年', '2027年', '规模（亿元）', '100', '150', '强度（%）', '2.5', '3.0']);
    expect(tables(root)[0]!.rows).toHaveLength(3);
    expect(tables(root)[0]!.rows[0]!.map((c) => c.text)).toEqual(['指标', '2024年', '2027年']);
  });

  it('read rows under a header closed by a written-out cell', () => {
    const root = ok([
      TITLE,
      '一、主要任务',
      '表1 任务',
      '任务',
      '要求',
      '建设某某数据平台并接入系统',
      '年内建成。',
      '开展某某试点工作并总结经验',
      '先行先试。',
    ]);
    expect(tables(root)[0]!.rows.map((r) => r[0]!.text)).toEqual(['任务', '建设某某数据平台并接入系统', '开展某某试点工作并总结经验']);
  });

  it('are left as paragraphs, with an anomaly, when a numbered row loses a cell', () => {
    const broken = numbered.filter((c) => c !== '某某部');
    const { root, messages } = parse([TITLE, '一、主要任务', ...broken]);
    expect(messages).toEqual([]);
    expect(tables(root)).toEqual([]);
    expect(root.data.anomalies).toEqual([
      expect.objectContaining({ kind: 'table-unread', line: 3, span: [expect.any(Number), expect.any(Number)] }),
    ]);
    expect(root.data.anomalies![0]!.reason).toMatch(/表1 任务分工.*lines 3–11/u);
    expect(ids(root, 'sentence')).toHaveLength(9);
  });

  it('are left as paragraphs when the header row cannot be told from the first row', () => {
    const { root } = parse([TITLE, '一、主要任务', '表1 培育对象', '类型', '目标', '龙头企业', '20家', '专精特新企业', '100家']);
    expect(tables(root)).toEqual([]);
    expect(root.data.anomalies?.map((a) => a.kind)).toEqual(['table-unread']);
  });

  it('account for the cells of a source with blank lines between paragraphs: no cell is an unplaced line', () => {
    const { root } = parse([TITLE, '一、主要任务', ...numbered].join('\n\n').split('\n'));
    expect(tables(root).map((t) => t.rows.length)).toEqual([3]);
    expect(root.data.anomalies).toBeUndefined();
  });

  it('count every caption, read or not, so the ids after one do not move when it is mended', () => {
    const root = ok([TITLE, '一、主要任务', '表1 甲', '类型', '目标', '表2 乙', ...numbered.slice(1)]);
    expect(ids(root, 'table')).toEqual(['tbl2']);
  });
});

describe('responsibility notes in a measure', () => {
  it('mark the sentence that is one, in a measure, a sub-item, a box and a part, not in the preamble', () => {
    const root = ok([
      TITLE,
      '各方要协同推进。（某某部负责）',
      '一、总体要求',
      '各地要抓好落实。（某某委负责）',
      '（一）完善机制。建立台账。（某某部、某某委等按职责分工负责。列第一位者为牵头单位，下同）',
      '1.明确分工。（某某局指导）',
      '专栏1 试点',
      '开展试点。（某某委牵头，某某部参与）',
    ]);
    const notes = all<SentenceNode>(root, 'sentence').flatMap((s) => (s.responsibility ? [[s.id, s.responsibility]] : []));
    expect(notes).toEqual([
      ['p1-s2', { bodies: ['某某委'], lead: '某某委' }],
      ['m1-s3', { bodies: ['某某部', '某某委'], lead: '某某部', carriesOver: true }],
      ['m1-s5', { bodies: ['某某局'], lead: null }],
      ['box1-s2', { bodies: ['某某委', '某某部'], lead: '某某委' }],
    ]);
  });
});

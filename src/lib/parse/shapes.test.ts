// The document shapes the parser knows, one content directory each under tests/fixtures/shapes/
// (input: items/ and sources/; output: tree.txt, the tree as text). Each directory builds a site
// as it is (CONTENT_DIR=tests/fixtures/shapes/<shape>). Update a tree.txt after a deliberate
// change with UPDATE_SHAPES=1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { buildCorpus, type DocumentEntry } from '../corpus.ts';
import { rebuildSlice } from '../round-trip.ts';
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
      const source = readFileSync(item.sourceFile, 'utf8');
      const { text, unaccounted } = rebuildSlice(source, item.slice, item.root);
      expect(unaccounted).toEqual([]);
      expect(text).toBe(source.slice(...item.slice));
    }
  });
});

describe('what each shape gives', () => {
  const doc = (shape: string) => buildCorpus(readItems(join(SHAPES, shape))).documents[0] as DocumentEntry;

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
});

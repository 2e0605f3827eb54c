// What the parser makes of a source, on the synthetic fixtures: tests/fixtures/corpus (an opinion
// printed on a newspaper page, one printed a paragraph a line, three news items) and
// tests/fixtures/content. The published corpus as parsed is pinned in tests/content/corpus.test.ts.
import { readFileSync } from 'node:fs';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { buildCorpus, type DocumentEntry, type NewsEntry } from '../../src/lib/corpus.ts';
import type { ItemRoot, ParagraphNode, SentenceNode } from '../../src/lib/tree/nodes.ts';
import { FIXTURE_CONTENT, FIXTURE_CORPUS } from '../support/site.ts';

const corpus = buildCorpus(readItems(FIXTURE_CORPUS));
const doc = (id: string) => corpus.byId(id) as DocumentEntry;
const news = (id: string) => corpus.byId(id) as NewsEntry;

describe('an opinion printed on a newspaper page, blank lines between paragraphs', () => {
  const d = doc('2024-jineng-tisheng');

  it('has the title, date line, preamble, 5 parts and 9 measures numbered continuously', () => {
    expect(d.outline.printedTitle.text).toBe('某某部 某某总工会 关于提升产业工人技能水平的意见');
    expect(d.outline.dateLine?.date).toBe('2024-05-10');
    expect(d.outline.parts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(d.measures.map((m) => m.id)).toEqual(Array.from({ length: 9 }, (_, i) => `m${i + 1}`));
    expect(d.outline.parts.map((p) => p.measures.length)).toEqual([0, 3, 3, 2, 1]);
  });

  it('numbers sentences outside measures under their part or the preamble', () => {
    expect(d.outline.preamble.map((s) => s.id)).toEqual(['preamble-s1', 'preamble-s2']);
    expect(d.outline.parts[0]!.sentences.map((s) => s.id)).toEqual(['p1-s1', 'p1-s2']);
    expect(d.outline.parts[0]!.sentences[1]!.text.startsWith('主要目标是：')).toBe(true);
  });

  it('reads each measure lead up to the first 。, the label in the ASCII brackets the source prints', () => {
    const m4 = d.measures[3]!;
    expect(m4.label).toBe('(四)');
    expect(m4.lead).toBe('提高技能人才薪酬待遇');
    expect(m4.sentences[0]!.id).toBe('m4-s1');
    expect(d.measures.every((m) => m.lead !== null)).toBe(true);
  });

  it('finds the two words cut by column breaks in the opinion, and joins them', () => {
    expect(d.repairs.map((r) => [r.sentence, r.line])).toEqual([
      ['m3-s2', 19],
      ['m7-s1', 33],
    ]);
    expect(d.repairs.map((r) => [r.before, r.removed, r.after])).toEqual([
      ['提升职工岗', '\n\n', '位技能'],
      ['能人才职业发展通', '\n\n', '道'],
    ]);
    // The cut in (七) falls in its lead, which is read after the join.
    expect(d.measures[6]!.lead).toBe('畅通技能人才职业发展通道');
    // Part headings end without a stop, but never join the paragraph after them.
    expect(d.outline.parts.map((p) => p.heading)).toEqual([
      '总体要求',
      '完善技能培训体系',
      '维护劳动经济权益，保障职工安全健康',
      '健全职业发展体系，激发创新创造活力',
      '加强组织保障',
    ]);
  });

  it('gives every id once in the document', () => {
    const ids = ['preamble', ...d.outline.parts.map((p) => p.id), ...d.measures.map((m) => m.id), ...d.sentences.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the Xinhua release line as furniture, not text', () => {
    expect(d.outline.furniture).toMatchObject([{ role: 'dateline', text: '(新华社北京5月12日电)' }]);
    expect(d.sentences.some((s) => s.text.includes('新华社'))).toBe(false);
  });
});

describe('an opinion printed one paragraph a line', () => {
  const d = doc('2023-gongjiang-peiyang');
  it('has no date line, a wrapper kept apart, 3 parts and 6 measures with full-width labels', () => {
    expect(d.outline.dateLine).toBeNull();
    expect(d.outline.furniture.map((f) => f.role)).toEqual(['wrapper', 'wrapper']);
    expect(d.outline.parts).toHaveLength(3);
    expect(d.measures).toHaveLength(6);
    expect(d.measures[0]!).toMatchObject({ label: '（一）', lead: '指导思想', part: 'p1' });
    expect(d.outline.preamble[0]!.text).toBe('工匠人才是技能人才队伍中的骨干力量。');
  });
  it('reads one paragraph a line: consecutive lines are not folded together', () => {
    const m3 = d.measures[2]!;
    expect(new Set(m3.sentences.map((s) => s.line))).toEqual(new Set([9]));
    expect(d.measures[3]!.sentences[0]!.line).toBe(10);
    expect(d.repairs).toEqual([]);
  });
});

describe('the news items', () => {
  it('are three, each with its kind and furniture', () => {
    expect(corpus.news.map((n) => [n.id, n.meta.kind])).toEqual([
      ['2024-robot-skills-contest', 'photo'],
      ['2024-ndrc-equipment-renewal', 'news'],
      ['2024-transport-pilot-patents', 'news'],
    ]);
  });
  it('splits on the ASCII question marks the interview uses, and numbers subheadings', () => {
    const n = news('2024-ndrc-equipment-renewal');
    expect(n.sentences.slice(0, 4).map((s) => s.text)).toEqual([
      '如何看待当前经济运行?',
      '设备更新政策如何持续发力?',
      '还有哪些改革举措将要落地?',
      '国家发展改革委有关负责人13日接受新华社记者采访。',
    ]);
    expect(n.outline.blocks.filter((b) => b.type === 'subheading').map((b) => b.id)).toEqual(['h1', 'h2', 'h3']);
    expect(n.meta.titleEditorial).toBe(true);
  });
  it('repairs the word cut in the transport report and keeps the dateline out of the text', () => {
    const n = news('2024-transport-pilot-patents');
    expect(n.repairs).toHaveLength(1);
    expect(n.repairs[0]!).toMatchObject({ sentence: 's4', line: 79 });
    expect(n.sentences[3]!.text).toContain('加快建设交通强国的实践中');
    expect(n.sentences[0]!.text.startsWith('记者从交通运输部获悉')).toBe(true);
    expect(n.outline.furniture.map((f) => [f.role, f.text])).toEqual([
      ['headline', '我国交通强国建设试点单位获专利900余项'],
      ['dateline', '据新华社南京5月13日电'],
    ]);
  });
  it('keeps a photo credit out of the caption text', () => {
    const n = news('2024-robot-skills-contest');
    expect(n.sentences.map((s) => s.text).join('')).not.toContain('李明');
    expect(n.outline.furniture[0]).toMatchObject({ role: 'credit', text: '新华社发(李明 摄)' });
  });
});

describe('a new document needs only content: the synthetic fixture', () => {
  const fixture = buildCorpus(readItems(FIXTURE_CONTENT));
  const d = fixture.documents[0]!;
  it('has a part with no measures, a measure over two paragraphs and one without a lead', () => {
    expect(d.outline.parts.map((p) => [p.id, p.measures.length, p.sentences.length])).toEqual([
      ['p1', 0, 3],
      ['p2', 2, 0],
      ['p3', 1, 0],
    ]);
    const [m1, m2, m3] = d.measures;
    expect(new Set(m1!.sentences.map((s) => s.paragraph))).toEqual(new Set([0, 1]));
    expect(m1!.lead).toBe('建立工作台账');
    expect(m2!.lead).toBeNull();
    expect(m2!.sentences.map((s) => s.text)).toEqual(['加强保障：', '——加大经费投入；', '——完善人员配备；', '——强化考核评估。']);
    expect(m3!.sentences.at(-1)!.text).toBe('有关部门要加强“统筹”协调，确保试点落地见效！');
  });
});

describe('the unist tree the plugin returns', () => {
  const items = [...readItems(FIXTURE_CONTENT), ...readItems(FIXTURE_CORPUS)];
  const fixture = buildCorpus(readItems(FIXTURE_CONTENT)).documents[0]!;

  /** Line and column of an offset, counted by hand (lines end at \n), to check vfile-location by. */
  const placeOf = (source: string, offset: number) => ({
    line: source.slice(0, offset).split('\n').length,
    column: offset - (offset === 0 ? 0 : source.lastIndexOf('\n', offset - 1) + 1) + 1,
    offset,
  });

  it.each(items.map((i) => [i.meta.id, i] as const))(
    '%s: every node has its place in the whole source file, inside its parent',
    (_id, item) => {
      const source = readFileSync(item.sourceFile, 'utf8');
      expect(item.root.position).toEqual({ start: placeOf(source, item.slice[0]), end: placeOf(source, item.slice[1]) });
      visit(item.root, (node, _index, parent) => {
        const { start, end } = node.position;
        expect(start).toEqual(placeOf(source, start.offset!));
        expect(end).toEqual(placeOf(source, end.offset!));
        if ('span' in node) expect([start.offset, end.offset]).toEqual(node.span);
        if ('line' in node) expect(node.line).toBe(start.line);
        if (parent) {
          expect(start.offset!).toBeGreaterThanOrEqual(parent.position.start.offset!);
          expect(end.offset!).toBeLessThanOrEqual(parent.position.end.offset!);
        }
      });
    },
  );

  it.each(items.map((i) => [i.meta.id, i.root] as const))(
    '%s: children in source order; paragraphs hold the sentences of one paragraph index each',
    (_id, root) => {
      visit(root as Node, (node) => {
        const { children } = node as ItemRoot;
        if (!children) return;
        const starts = children.map((c) => c.position.start.offset!);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        const paragraphs = children.filter((c): c is ParagraphNode => c.type === 'paragraph');
        if (node.type === 'news') {
          for (const p of paragraphs) expect(p.children.map((s) => s.paragraph)).toEqual(p.children.map(() => 0));
        } else {
          paragraphs.forEach((p, i) => expect(p.children.map((s) => s.paragraph)).toEqual(p.children.map(() => i)));
        }
        if (node.type === 'part') {
          const kinds = children.map((c) => c.type).join(' ');
          expect(kinds).toMatch(/^(paragraph ?)*(measure ?)*$/);
        }
      });
    },
  );

  it('walks, with unist-util-visit, to the same sentence nodes the corpus lists', () => {
    for (const entry of [...corpus.entries, fixture]) {
      const walked: SentenceNode[] = [];
      visit(entry.root as ItemRoot, 'sentence', (s: SentenceNode) => {
        walked.push(s);
      });
      expect(walked).toHaveLength(entry.sentences.length);
      walked.forEach((s, i) => expect(s).toBe(entry.sentences[i]));
    }
  });

  it('puts title, date line, preamble, parts and furniture (the release line at the end) at the root of an opinion, in source order', () => {
    expect(doc('2024-jineng-tisheng').root.children.map((c) => c.type)).toEqual([
      'title',
      'dateLine',
      'preamble',
      ...Array(5).fill('part'),
      'furniture',
    ]);
    // Furniture may stand anywhere: the wrapper between the title and the preamble.
    expect(doc('2023-gongjiang-peiyang').root.children.map((c) => c.type)).toEqual([
      'title',
      'furniture',
      'furniture',
      'preamble',
      ...Array(3).fill('part'),
    ]);
    const [title, dateLine, preamble] = fixture.root.children;
    expect(title).toMatchObject({ type: 'title', position: { start: { line: 1, column: 1, offset: 0 } } });
    expect(dateLine).toMatchObject({ type: 'dateLine', date: '2025-03-01', position: { start: { line: 3, column: 1 } } });
    expect(preamble).toMatchObject({ type: 'preamble', children: [{ type: 'paragraph' }] });
  });

  it('makes a part of its paragraphs before the first measure, then its measures, and a measure of its paragraphs', () => {
    const [p1, p2] = fixture.root.children.filter((c) => c.type === 'part');
    expect(p1!.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expect(p2!.children.map((c) => c.type)).toEqual(['measure', 'measure']);
    const m1 = p2!.children[0]!;
    expect(m1).toMatchObject({ type: 'measure', id: 'm1', label: '（一）', position: { start: { line: 15, column: 1 } } });
    expect((m1 as { children: ParagraphNode[] }).children.map((p) => p.children.map((s) => s.id))).toEqual([['m1-s1', 'm1-s2'], ['m1-s3']]);
    // The first sentence starts after the label: column 4, in UTF-16 code units.
    expect(fixture.measures[0]!.sentences[0]!.position.start).toEqual({ line: 15, column: 4, offset: expect.any(Number) });
  });

  it('gives a news item its furniture, subheadings h1… and paragraphs in source order, repairs in data', () => {
    const n = news('2024-ndrc-equipment-renewal');
    const types = n.root.children.map((c) => c.type);
    expect(types).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
      'paragraph',
      'subheading',
      'paragraph',
      'paragraph',
      'paragraph',
      'subheading',
      'paragraph',
      'furniture',
    ]);
    expect(n.root.children.filter((c) => c.type === 'subheading').map((c) => (c as { id: string }).id)).toEqual(['h1', 'h2', 'h3']);
    expect(n.root.children.some((c) => c.type === 'furniture' && c.role === 'subheading')).toBe(false);
    const t = news('2024-transport-pilot-patents');
    expect(t.root.data.repairs).toBe(t.repairs);
    expect(t.root.data.repairs.map((r) => r.id)).toEqual(['r1']);
  });
});

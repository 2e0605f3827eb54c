// Content test: the published corpus (./content) as the parser reads it. Pins the ids, counts,
// leads, repairs and furniture of the two opinions and the four news items as published: the
// 2024 opinion's 9 parts and 27 measures and its three column-break repairs (lines 25, 47, 67),
// the 2022 opinion's 6 parts and 19 measures, the news items' kinds, subheadings h1…h6 of the
// NDRC interview and the one repair of the transport report (line 153). A change to the texts
// changes these; what the parser does is tested on the fixtures in tests/unit/parser.test.ts.
import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { buildCorpus, type DocumentEntry, type NewsEntry } from '../../src/lib/corpus.ts';

const corpus = buildCorpus(readItems('content'));
const doc = (id: string) => corpus.byId(id) as DocumentEntry;
const news = (id: string) => corpus.byId(id) as NewsEntry;

describe('the 2024 opinion', () => {
  const d = doc('2024-chanye-gongren');

  it('has the title, date line, preamble, 9 parts and 27 measures numbered continuously', () => {
    expect(d.outline.printedTitle.text).toBe('中共中央 国务院 关于深化产业工人队伍建设改革的意见');
    expect(d.outline.dateLine?.date).toBe('2024-10-12');
    expect(d.outline.parts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(d.measures.map((m) => m.id)).toEqual(Array.from({ length: 27 }, (_, i) => `m${i + 1}`));
    expect(d.outline.parts.map((p) => p.measures.length)).toEqual([0, 3, 4, 4, 2, 4, 3, 4, 3]);
  });

  it('numbers sentences outside measures under their part or the preamble', () => {
    expect(d.outline.preamble.map((s) => s.id)).toEqual(['preamble-s1', 'preamble-s2']);
    expect(d.outline.parts[0]!.sentences.map((s) => s.id)).toEqual(['p1-s1', 'p1-s2', 'p1-s3']);
    expect(d.outline.parts[0]!.sentences[1]!.text.startsWith('主要目标是：')).toBe(true);
  });

  it('reads each measure lead up to the first 。', () => {
    const m14 = d.measures[13]!;
    expect(m14.label).toBe('(十四)');
    expect(m14.lead).toBe('提高产业工人经济收入');
    expect(m14.sentences[0]!.id).toBe('m14-s1');
    expect(d.measures.every((m) => m.lead !== null)).toBe(true);
  });

  it('finds the three words cut by column breaks in the opinion, and joins them', () => {
    expect(d.repairs.map((r) => [r.sentence, r.line])).toEqual([['m4-s3', 25], ['m12-s1', 47], ['m19-s2', 67]]);
    expect(d.repairs.map((r) => [r.before.endsWith('依法') || r.before.endsWith('通') || r.before.endsWith('现'), r.after])).toEqual([
      [true, '行使民主权利'],
      [true, '道'],
      [true, '场实际问题'],
    ]);
    expect(d.measures[11]!.lead).toBe('畅通产业工人向上发展通道');
  });

  it('gives every id once in the document', () => {
    const ids = [
      'preamble',
      ...d.outline.parts.map((p) => p.id),
      ...d.measures.map((m) => m.id),
      ...d.sentences.map((s) => s.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the Xinhua release line as furniture, not text', () => {
    expect(d.outline.furniture).toMatchObject([{ role: 'dateline', text: '(新华社北京10月21日电)' }]);
    expect(d.sentences.some((s) => s.text.includes('新华社'))).toBe(false);
  });
});

describe('the 2022 opinion', () => {
  const d = doc('2022-gaojineng-rencai');
  it('has no date line, a wrapper kept apart, 6 parts and 19 measures with full-width labels', () => {
    expect(d.outline.dateLine).toBeNull();
    expect(d.outline.furniture.map((f) => f.role)).toEqual(['wrapper', 'wrapper']);
    expect(d.outline.parts).toHaveLength(6);
    expect(d.measures).toHaveLength(19);
    expect(d.measures[0]!).toMatchObject({ label: '（一）', lead: '指导思想', part: 'p1' });
    expect(d.outline.preamble[0]!.text).toBe('技能人才是支撑中国制造、中国创造的重要力量。');
  });
  it('reads one paragraph a line: consecutive lines are not folded together', () => {
    const m3 = d.measures[2]!;
    expect(new Set(m3.sentences.map((s) => s.line))).toEqual(new Set([9]));
    expect(d.measures[3]!.sentences[0]!.line).toBe(10);
  });
});

describe('the news items', () => {
  it('are four, each with its kind and furniture', () => {
    expect(corpus.news.map((n) => [n.id, n.meta.kind])).toEqual([
      ['2024-tianping-3-launch', 'photo'],
      ['2024-ndrc-q4-economy', 'news'],
      ['2024-transport-power-patents', 'news'],
      ['2024-xiyu-railway-tunnel', 'photo'],
    ]);
  });
  it('splits on the ASCII question marks the interview uses, and numbers subheadings', () => {
    const n = news('2024-ndrc-q4-economy');
    expect(n.sentences.slice(0, 3).map((s) => s.text)).toEqual([
      '如何研判四季度经济走势?',
      '一揽子增量政策如何持续发力?',
      '还有哪些重大改革举措将要落地?',
    ]);
    expect(n.outline.blocks.filter((b) => b.type === 'subheading').map((b) => b.id)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect(n.meta.titleEditorial).toBe(true);
  });
  it('repairs the word cut in the transport report and keeps the dateline out of the text', () => {
    const n = news('2024-transport-power-patents');
    expect(n.repairs).toHaveLength(1);
    expect(n.repairs[0]!).toMatchObject({ sentence: 's4', line: 153 });
    expect(n.sentences[3]!.text).toContain('加快建设交通强国的探索实践中');
    expect(n.sentences[0]!.text.startsWith('今年以来')).toBe(true);
  });
  it('keeps a photo credit out of the caption text', () => {
    const n = news('2024-tianping-3-launch');
    expect(n.sentences.map((s) => s.text).join('')).not.toContain('郑逸超');
    expect(n.outline.furniture[0]).toMatchObject({ role: 'credit', text: '新华社发(郑逸超 摄)' });
  });
});

describe('the unist trees of the published items', () => {
  it('puts title, date line, preamble, the 9 parts and the release line at the root of the 2024 opinion, in source order', () => {
    expect(doc('2024-chanye-gongren').root.children.map((c) => c.type)).toEqual([
      'title', 'dateLine', 'preamble', ...Array(9).fill('part'), 'furniture',
    ]);
  });

  it('gives the NDRC interview its six subheadings h1…h6, and the transport report its repair in data', () => {
    const n = news('2024-ndrc-q4-economy');
    const types = n.root.children.map((c) => c.type);
    expect(types.filter((t) => t === 'subheading')).toHaveLength(6);
    expect(n.root.children.filter((c) => c.type === 'subheading').map((c) => (c as { id: string }).id)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect(n.root.children.some((c) => c.type === 'furniture' && c.role === 'subheading')).toBe(false);
    const t = news('2024-transport-power-patents');
    expect(t.root.data.repairs).toBe(t.repairs);
    expect(t.root.data.repairs.map((r) => r.id)).toEqual(['r1']);
  });
});

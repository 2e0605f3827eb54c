import { describe, expect, it } from 'vitest';
import { buildCorpus, type DocumentEntry, type NewsEntry } from '../../src/lib/corpus.ts';

const corpus = buildCorpus('content');
const doc = (id: string) => corpus.byId(id) as DocumentEntry;
const news = (id: string) => corpus.byId(id) as NewsEntry;

describe('the 2024 opinion', () => {
  const d = doc('2024-chanye-gongren');

  it('has the title, date line, preamble, 9 parts and 27 measures numbered continuously', () => {
    expect(d.tree.printedTitle.text).toBe('中共中央 国务院 关于深化产业工人队伍建设改革的意见');
    expect(d.tree.dateLine?.date).toBe('2024-10-12');
    expect(d.tree.parts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(d.measures.map((m) => m.id)).toEqual(Array.from({ length: 27 }, (_, i) => `m${i + 1}`));
    expect(d.tree.parts.map((p) => p.measures.length)).toEqual([0, 3, 4, 4, 2, 4, 3, 4, 3]);
  });

  it('numbers sentences outside measures under their part or the preamble', () => {
    expect(d.tree.preamble.map((s) => s.id)).toEqual(['preamble-s1', 'preamble-s2']);
    expect(d.tree.parts[0]!.sentences.map((s) => s.id)).toEqual(['p1-s1', 'p1-s2', 'p1-s3']);
    expect(d.tree.parts[0]!.sentences[1]!.text.startsWith('主要目标是：')).toBe(true);
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
      ...d.tree.parts.map((p) => p.id),
      ...d.measures.map((m) => m.id),
      ...d.sentences.map((s) => s.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the Xinhua release line as furniture, not text', () => {
    expect(d.tree.furniture).toMatchObject([{ role: 'dateline', text: '(新华社北京10月21日电)' }]);
    expect(d.sentences.some((s) => s.text.includes('新华社'))).toBe(false);
  });
});

describe('the 2022 opinion', () => {
  const d = doc('2022-gaojineng-rencai');
  it('has no date line, a wrapper kept apart, 6 parts and 19 measures with full-width labels', () => {
    expect(d.tree.dateLine).toBeNull();
    expect(d.tree.furniture.map((f) => f.role)).toEqual(['wrapper', 'wrapper']);
    expect(d.tree.parts).toHaveLength(6);
    expect(d.measures).toHaveLength(19);
    expect(d.measures[0]!).toMatchObject({ label: '（一）', lead: '指导思想', part: 'p1' });
    expect(d.tree.preamble[0]!.text).toBe('技能人才是支撑中国制造、中国创造的重要力量。');
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
    expect(n.tree.blocks.filter((b) => b.type === 'subheading').map((b) => b.id)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
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
    expect(n.tree.furniture[0]).toMatchObject({ role: 'credit', text: '新华社发(郑逸超 摄)' });
  });
});

describe('a new document needs only content: the synthetic fixture', () => {
  const fixture = buildCorpus('tests/fixtures/content');
  const d = fixture.documents[0]!;
  it('has a part with no measures, a measure over two paragraphs and one without a lead', () => {
    expect(d.tree.parts.map((p) => [p.id, p.measures.length, p.sentences.length])).toEqual([
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

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus.ts';
import { FIXTURE_CORPUS, siteInputs, siteModel } from '../../../tests/support/site.ts';
import { ContentError } from '../errors.ts';
import { type Apparatus, type RepairEntry, joinPoint } from './apparatus.ts';
import { notesOf } from './load.ts';

// The synthetic corpus: two words of the opinion and one of the transport report are cut by
// column breaks on the newspaper page; tests/fixtures/corpus/notes.yaml holds six notes.
let corpus: Corpus;
let apparatus: Apparatus;
beforeAll(() => {
  corpus = siteModel(FIXTURE_CORPUS).corpus;
  apparatus = siteModel(FIXTURE_CORPUS).apparatus;
});

const sentence = (item: string, id: string) => corpus.byId(item)!.sentences.find((s) => s.id === id)!;
const repairs = () => apparatus.groups.flatMap((g) => g.entries.filter((e): e is RepairEntry => e.type === 'repair'));

describe('the apparatus of the corpus', () => {
  it('lists the three repairs of the newspaper page: two in the opinion, one in the transport report', () => {
    expect(repairs().map((r) => `${r.item} ${r.repair.id} ${r.sentence} ${r.joined}`)).toEqual([
      '2024-jineng-tisheng r1 m3-s2 提升职工岗位技能',
      '2024-jineng-tisheng r2 m7-s1 能人才职业发展通道',
      '2024-transport-pilot-patents r1 s4 在加快建设交通强国的实践中积累',
    ]);
  });

  it('places each repair where its halves meet, and keeps the printed form', () => {
    for (const r of repairs()) {
      const { text } = sentence(r.item, r.sentence);
      expect(text.slice(0, r.at).endsWith(r.repair.before)).toBe(true);
      expect(text.slice(r.at).startsWith(r.repair.after)).toBe(true);
      expect(r.original).toBe(`${r.repair.before}\n\n${r.repair.after}`);
      expect(r.sourceFile).toBe(join('tests', 'fixtures', 'corpus', 'sources', 'jineng-tisheng-2024-with-news.txt'));
    }
    expect(repairs()[0]!.at).toBe('企业按规定足额提取职工教育经费，确保60%以上用于一线职工教育和培训，提升职工岗'.length);
  });

  it('lists every note exactly once, under its item', () => {
    const notes = notesOf(siteInputs(FIXTURE_CORPUS).files.notes!);
    expect(notes).toHaveLength(6);
    const listed = apparatus.groups.flatMap((g) => g.entries.flatMap((e) => (e.type === 'note' ? [[g.item.id, e.note.id]] : [])));
    expect(listed.map(([, id]) => id).sort()).toEqual(notes.map((n) => n.id).sort());
    for (const [item, id] of listed) expect(notes.find((n) => n.id === id)!.item).toBe(item);
  });

  it('groups every item in corpus order, entries in reading order', () => {
    expect(apparatus.groups.map((g) => g.item.id)).toEqual(corpus.entries.map((e) => e.id));
    for (const g of apparatus.groups) {
      const order = corpus.byId(g.item.id)!.sentences.map((s) => s.id);
      const at = g.entries.map((e) => [order.indexOf(e.sentence), e.type === 'note' ? e.start : e.at] as const);
      expect(at).toEqual([...at].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
  });

  it('links to the measure page, the document page outside measures, or the news page', () => {
    const byAnchor = new Map(apparatus.groups.flatMap((g) => g.entries.map((e) => [e.anchor, e.url])));
    expect(byAnchor.get('repair-2024-jineng-tisheng-r2')).toBe('/documents/2024-jineng-tisheng/m7/#m7-s1');
    expect(byAnchor.get('note-dashi-variant')).toBe('/documents/2024-jineng-tisheng/#p1-s2');
    expect(byAnchor.get('repair-2024-transport-pilot-patents-r1')).toBe('/news/2024-transport-pilot-patents/#s4');
  });

  it('gives the marks of one sentence by position, and none to an unmarked one', () => {
    const marks = apparatus.marksFor('2024-jineng-tisheng', 'm1-s2');
    expect(marks.map((m) => m.anchor)).toEqual(['note-ascii-parentheses', 'note-xiatong-comma']);
    expect(apparatus.marksFor('2024-jineng-tisheng', 'm1-s1')).toEqual([]);
    // A note and a repair in one sentence, by position.
    expect(apparatus.marksFor('2024-jineng-tisheng', 'm3-s2').map((m) => m.anchor)).toEqual([
      'note-gangwei-break',
      'repair-2024-jineng-tisheng-r1',
    ]);
    // Sentence ids repeat across news items: marks are per item.
    expect(apparatus.marksFor('2024-transport-pilot-patents', 's4').map((m) => m.anchor)).toEqual([
      'repair-2024-transport-pilot-patents-r1',
    ]);
    expect(apparatus.marksFor('2024-ndrc-equipment-renewal', 's4')).toEqual([]);
  });
});

describe('joinPoint', () => {
  it('rejects a repair whose halves are not where its span says', () => {
    const s = sentence('2024-jineng-tisheng', 'm3-s2');
    const repair = corpus.byId('2024-jineng-tisheng')!.repairs[0]!;
    const shifted = { ...repair, span: [repair.span[0] + 1, repair.span[1] + 1] as [number, number] };
    expect(() => joinPoint(shifted, s, [shifted], 'src.txt')).toThrow(ContentError);
    // Line 19 of the source ends with the cut word: 提升职工岗|位技能.
    expect(() => joinPoint(shifted, s, [shifted], 'src.txt')).toThrow(/^src\.txt:19: repair r1 \(提升职工岗\|位技能\)/);
  });

  it('discounts what earlier repairs in the same sentence removed', () => {
    const s = { id: 's1', text: '甲乙丙丁', span: [10, 16] as [number, number], paragraph: 0, line: 1 };
    const base = { kind: 'page-break-join' as const, sentence: 's1', removed: '\n', line: 1 };
    const first = { ...base, id: 'r1', before: '甲', after: '乙', span: [11, 12] as [number, number] };
    const second = { ...base, id: 'r2', before: '丙', after: '丁', span: [14, 15] as [number, number] };
    expect(joinPoint(first, s, [first, second], 'x')).toBe(1);
    expect(joinPoint(second, s, [first, second], 'x')).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import type { ApparatusEntry, NoteEntry, RepairEntry } from './apparatus.ts';
import { segmentSentence } from './segments.ts';

const place = { item: 'i', sentence: 's1', url: '/x/#s1' };
const note = (id: string, start: number, end: number) => ({ ...place, type: 'note', anchor: id, start, end }) as unknown as NoteEntry;
const join = (id: string, at: number) => ({ ...place, type: 'repair', anchor: id, at }) as unknown as RepairEntry;

const show = (text: string, marks: ApparatusEntry[]) =>
  segmentSentence(text, marks).map((s) => (s.type === 'join' ? `|${s.repair.anchor}|` : `${s.text}[${s.notes.map((n) => n.anchor).join(',')}]`));

describe('segmentSentence', () => {
  it('returns the whole text when there are no marks', () => {
    expect(show('甲乙丙', [])).toEqual(['甲乙丙[]']);
  });

  it('splits overlapping quotes into runs covered by each', () => {
    expect(show('甲乙丙丁戊', [note('a', 1, 4), note('b', 2, 3)])).toEqual(['甲[]', '乙[a]', '丙[a,b]', '丁[a]', '戊[]']);
  });

  it('puts a repair marker between the runs, inside a quote that spans it', () => {
    expect(show('依法行使', [note('a', 0, 4), join('r1', 2)])).toEqual(['依法[a]', '|r1|', '行使[a]']);
  });

  it('never changes the text', () => {
    const text = '加强对高危行业建设项目、劳动安全保护。';
    const segs = segmentSentence(text, [note('a', 0, 18), note('b', 3, 11), join('r', 7)]);
    expect(segs.map((s) => (s.type === 'text' ? s.text : '')).join('')).toBe(text);
  });
});

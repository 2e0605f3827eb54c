// Responsibility notes: which bracketed sentences are notes, the bodies they name and the lead.
import { describe, expect, it } from 'vitest';
import { responsibilityOf } from './responsibility.ts';
import { splitSentences } from './sentences.ts';

describe('a responsibility note', () => {
  it('names the bodies in printed order, 等 dropped, the first named leading when it says 负责 or 列第一位者为牵头单位', () => {
    expect(responsibilityOf('（某某部、某某委等按职责分工负责。列第一位者为牵头单位，下同）')).toEqual({
      bodies: ['某某部', '某某委'],
      lead: '某某部',
      carriesOver: true,
    });
    expect(responsibilityOf('（某某总局、某某部负责）')).toEqual({ bodies: ['某某总局', '某某部'], lead: '某某总局' });
    expect(responsibilityOf('(某某部负责)')).toEqual({ bodies: ['某某部'], lead: '某某部' });
  });

  it('leads with the body said to 牵头, and lists those who take part after it', () => {
    expect(responsibilityOf('（某某委牵头，某某部、某某局参与）')).toEqual({ bodies: ['某某委', '某某部', '某某局'], lead: '某某委' });
    expect(responsibilityOf('（某某部、某某委牵头负责）')).toEqual({ bodies: ['某某部', '某某委'], lead: '某某部' });
  });

  it('has no lead when it only guides or joins, and the one 负责 when another guides', () => {
    expect(responsibilityOf('（某某部、某某局指导）')).toEqual({ bodies: ['某某部', '某某局'], lead: null });
    expect(responsibilityOf('（某某部指导，各试点地区负责落实。以下均需各试点地区落实，不再列出）')).toEqual({
      bodies: ['某某部', '各试点地区'],
      lead: '各试点地区',
      carriesOver: true,
    });
  });

  it('reads 等和 as a break between bodies and keeps 和 inside a name', () => {
    expect(responsibilityOf('（某某办、信息和通信部等和各省级人民政府负责）')).toEqual({
      bodies: ['某某办', '信息和通信部', '各省级人民政府'],
      lead: '某某办',
    });
  });

  it('is not any other bracket: a short title, an abbreviation, a deadline, nested brackets', () => {
    for (const text of [
      '（试行）',
      '（以下简称某某办法）',
      '（某某部负责，2025年底前完成）',
      '（2025年）',
      '（某某（部）负责）',
      '某某部负责',
    ]) {
      expect(responsibilityOf(text)).toBeNull();
    }
  });
});

describe('the sentence splitter and a note', () => {
  const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

  it('makes a note printed after a 。 its own sentence, at the end of a paragraph or before more text', () => {
    expect(split('开展示范。（某某部指导）推广经验。')).toEqual(['开展示范。', '（某某部指导）', '推广经验。']);
    expect(split('开展示范。（某某部、某某委负责。列第一位者为牵头单位，下同）')).toEqual([
      '开展示范。',
      '（某某部、某某委负责。列第一位者为牵头单位，下同）',
    ]);
  });

  it('leaves other brackets at a sentence start with the sentence', () => {
    expect(split('开展示范。（一）推广经验。')).toEqual(['开展示范。', '（一）推广经验。']);
    expect(split('开展示范。（试行）办法印发。')).toEqual(['开展示范。', '（试行）办法印发。']);
  });
});

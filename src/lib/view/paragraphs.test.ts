import { describe, expect, it } from 'vitest';
import type { Sentence } from '../schema/tree.ts';
import { measureName, paragraphsOf, sentenceOrdinal } from './paragraphs.ts';

const s = (id: string, paragraph: number): Sentence => ({ id, text: `${id}。`, span: [0, 1], paragraph, line: 1 });

describe('paragraphsOf', () => {
  it('groups consecutive sentences by paragraph', () => {
    const groups = paragraphsOf([s('m1-s1', 0), s('m1-s2', 0), s('m1-s3', 1)]);
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([['m1-s1', 'm1-s2'], ['m1-s3']]);
  });
  it('returns nothing for no sentences', () => expect(paragraphsOf([])).toEqual([]));
});

describe('names', () => {
  it('names a measure with full-width brackets', () => expect(measureName('十四')).toBe('第（十四）条'));
  it('reads the ordinal of document and news sentence ids', () => {
    expect(sentenceOrdinal('m14-s3')).toBe(3);
    expect(sentenceOrdinal('preamble-s12')).toBe(12);
    expect(sentenceOrdinal('s7')).toBe(7);
  });
});

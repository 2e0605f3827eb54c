import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from './numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十七', 27],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
  ])('%s is %i', (numeral, n) => {
    expect(parseChineseNumeral(numeral)).toBe(n);
    expect(toChineseNumeral(n)).toBe(numeral);
  });

  it('round-trips every number up to 999', () => {
    for (let n = 1; n <= 999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it.each(['', '零', '二三', '十十', '一十四', '十二十', 'abc', '两'])('rejects %j', (bad) => {
    expect(parseChineseNumeral(bad)).toBeNull();
  });
});

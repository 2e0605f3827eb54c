import { describe, expect, it } from 'vitest';
import { wordBoundaries } from './words.ts';

describe('wordBoundaries', () => {
  const words = wordBoundaries(['高技能人才', '技能人才', '民营企业', '国有企业']);

  it('cuts 提高技能人才 as 提高 + 技能人才, so 高技能人才 is no word of it', () => {
    expect(words.words('以提高技能人才薪酬待遇')).toEqual(['以', '提高', '技能人才', '薪酬', '待遇']);
    expect(words.isWord('以提高技能人才薪酬待遇', 2, 7)).toBe(false);
    expect(words.isWord('以提高技能人才薪酬待遇', 3, 7)).toBe(true);
  });

  it('keeps a vocabulary word whole inside a compound the base dictionary knows (高技能人才 + 队伍)', () => {
    expect(words.words('加强高技能人才队伍建设')).toEqual(['加强', '高技能人才', '队伍', '建设']);
  });

  it('keeps 民营企业 after 和, which Intl.Segmenter (ICU) cuts as 和民|营|企业', () => {
    expect(words.words('国有企业和民营企业')).toEqual(['国有企业', '和', '民营企业']);
    const icu = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('国有企业和民营企业')].map((s) => s.segment);
    expect(icu).not.toContain('民营企业');
  });

  it('is the same segmenter for the same vocabulary in any order', () => {
    expect(wordBoundaries(['国有企业', '民营企业', '技能人才', '高技能人才', '技能人才'])).toBe(words);
  });
});

import { describe, expect, it } from 'vitest';
import { endsMidSentence, findUnbalancedQuote, mixedPairs, splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits on 。！？ and ASCII ? !', () => {
    expect(split('甲。乙！丙？丁?戊!己')).toEqual(['甲。', '乙！', '丙？', '丁?', '戊!', '己']);
  });

  it('keeps quotes and brackets whole', () => {
    expect(split('推行“一函。两书”制度。再(含技工院校。下同)说。')).toEqual(['推行“一函。两书”制度。', '再(含技工院校。下同)说。']);
  });

  it('ends a sentence at a closing quote that follows a terminator', () => {
    expect(split('他说：“要努力。”然后走了。')).toEqual(['他说：“要努力。”', '然后走了。']);
  });

  it('keeps runs of terminators together and trims spaces between sentences', () => {
    expect(split('真的吗？！ 是的。')).toEqual(['真的吗？！', '是的。']);
  });

  it('returns no sentence for blank text', () => {
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('findUnbalancedQuote', () => {
  it('finds an opening quote left open', () => {
    expect(findUnbalancedQuote('做实“中国梦主题宣传。')).toEqual({ offset: 2, mark: '“' });
  });
  it('finds a stray closing mark', () => {
    expect(findUnbalancedQuote('甲》乙')).toEqual({ offset: 1, mark: '》' });
  });
  it('accepts balanced text', () => {
    expect(findUnbalancedQuote('《纲要》“甲”“乙”')).toBeNull();
  });
});

describe('endsMidSentence', () => {
  it.each([
    ['依法', true],
    ['发展通', true],
    ['政协委员、', true],
    ['完成。', false],
    ['如下：', false],
    ['提高”', false],
  ])('%s → %s', (line, expected) => expect(endsMidSentence(line)).toBe(expected));
});

describe('pairs closed in the other width', () => {
  it('close their pair, so the sentence splits as printed, and are listed', () => {
    expect(split('甲（乙)丙。丁(戊）。')).toEqual(['甲（乙)丙。', '丁(戊）。']);
    expect(split('推行“一函两书"制度。其他。')).toEqual(['推行“一函两书"制度。', '其他。']);
    expect(findUnbalancedQuote('甲（乙)丙。')).toBeNull();
    expect(mixedPairs('甲（乙)丙“丁"。')).toEqual([
      { open: 1, close: 3, marks: '（)' },
      { open: 5, close: 7, marks: '“"' },
    ]);
    expect(mixedPairs('甲（乙）丙。')).toEqual([]);
  });
});

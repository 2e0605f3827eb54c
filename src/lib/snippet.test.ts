import { describe, expect, it } from 'vitest';
import { snippet, truncate } from './snippet.ts';

describe('snippet', () => {
  it('keeps a short text whole', () => {
    expect(snippet('培养大国工匠。', 2, 6, 10)).toEqual({ before: '培养', match: '大国工匠', after: '。' });
  });

  it('cuts long sides and marks each cut', () => {
    expect(snippet('一二三四五六七八九十', 4, 5, 2)).toEqual({ before: '…三四', match: '五', after: '六七…' });
  });

  it('never splits a character outside the BMP', () => {
    const text = '𠀀𠀁甲乙𠀂𠀃';
    const at = text.indexOf('甲');
    expect(snippet(text, at, at + 2, 1)).toEqual({ before: '…𠀁', match: '甲乙', after: '𠀂…' });
  });

  it('refuses a range outside the text', () => {
    expect(() => snippet('甲乙', 1, 3)).toThrow(/outside/);
  });
});

describe('truncate', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(truncate('一二三四五', 3)).toBe('一二三…');
    expect(truncate('一二三', 3)).toBe('一二三');
  });
});

describe('a cut in a run of spaces', () => {
  it('leaves no space beside the ellipsis', () => {
    const text = `附件：${'甲'.repeat(30)}绍兴市教育工会${' '.repeat(30)}二〇一九年七月二日`;
    const at = text.indexOf('工会');
    const s = snippet(text, at, at + 2, 24);
    expect(s.after).toBe('…');
    expect(s.before.startsWith('…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { lineBreaks, lineParts } from './line-breaks.ts';
import { wordBoundaries } from './words.ts';

describe('lineParts', () => {
  const words = wordBoundaries(['产业工人', '高技能人才', '中共中央', '国务院']);

  it('cuts a title only between words: 产业工人 and 深化 stay whole (关于深化产 / 业工人 cannot happen)', () => {
    const parts = lineParts('中共中央 国务院 关于深化产业工人队伍建设改革的意见', words);
    expect(parts.join('')).toBe('中共中央 国务院 关于深化产业工人队伍建设改革的意见');
    expect(parts).toContain('产业工人');
    expect(parts).toContain('深化');
    // Every cut is a boundary of the segmenter's words.
    const text = '中共中央 国务院 关于深化产业工人队伍建设改革的意见';
    let end = 0;
    const ends = words.words(text).map((w) => (end += w.length));
    for (const at of lineBreaks(text, words)) expect(ends).toContain(at);
  });

  it('keeps 社会 whole in 国民经济和社会发展, and a numeral with its measure word (第十五个)', () => {
    const parts = lineParts('中共中央关于制定国民经济和社会发展第十五个五年规划的建议', words);
    expect(parts).toContain('社会');
    expect(parts).toContain('第十五个');
    expect(parts.some((p) => p.endsWith('社') || p.startsWith('会'))).toBe(false);
  });

  it('never breaks before a closing mark or after an opening one, nor inside a short quotation', () => {
    const text = '（二）关于“十五五”时期经济社会发展目标，加强组织领导。';
    const parts = lineParts(text, words);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe('（二）');
    expect(parts).toContain('“十五五”');
    for (const p of parts.slice(1)) expect(p).not.toMatch(/^[、，。）”》]/);
    for (const p of parts.slice(0, -1)) expect(p).not.toMatch(/[（“《]$/);
  });

  it('keeps a run of Latin letters, digits and signs whole', () => {
    expect(lineParts('应对COVID-19疫情', words).some((p) => p.includes('COVID-19'))).toBe(true);
  });

  it('keeps a number with the word after it, and adds no break beside an ASCII space', () => {
    expect(lineParts('到2035年基本实现', words)).not.toContain('年基本');
    expect(lineParts('到2035年基本实现', words).some((p) => p.endsWith('2035'))).toBe(false);
    const spaced = lineBreaks('中共中央 国务院', words);
    expect(spaced).toEqual([]);
  });

  it('allows a break after a full-width space, which keep-all would not break at', () => {
    expect(lineParts('第二章\u3000经费管理', words)).toEqual(['第二章\u3000', '经费', '管理']);
  });

  it('returns the text whole when it is one word', () => {
    expect(lineParts('意见', words)).toEqual(['意见']);
    expect(lineParts('', words)).toEqual(['']);
  });
});

describe('a registered name longer than a phone’s line', () => {
  it('may break at its own words, and nowhere else', () => {
    const title = '中国共产党第二十届中央委员会第二次全体会议公报';
    const words = wordBoundaries(['中国共产党第二十届中央委员会']);
    const breaks = lineBreaks(title, words);
    // Whole for finding the body, but not a line of its own: 中国共产党 / 第二十届 / 中央委员会.
    expect(breaks.filter((b) => b < 14).map((b) => title.slice(0, b))).toEqual(['中国共产党', '中国共产党第二十届']);
    expect(breaks).not.toContain(11);
  });
});

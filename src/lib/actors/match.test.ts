import { describe, expect, it } from 'vitest';
import { ActorMatcher } from './match.ts';

const matcher = ActorMatcher.fromActors([
  { id: 'enterprises', aliases: ['企业'] },
  { id: 'soes', aliases: ['国有企业', '地方大型国有企业'] },
  { id: 'central-soes', aliases: ['中央企业'] },
  { id: 'local-governments', aliases: ['地方', '地方政府', '各地'] },
  { id: 'unions', aliases: ['工会', '各级工会', '同级工会'] },
  { id: 'implied-only', aliases: [] },
]);

const found = (text: string) => matcher.mentions(text).map((m) => [m.actor, m.alias, text.slice(m.start, m.end)]);

describe('ActorMatcher', () => {
  it('takes the longest alias at a place, so 中央企业 is not also 企业', () => {
    expect(found('充分发挥中央企业带动作用')).toEqual([['central-soes', '中央企业', '中央企业']]);
  });

  it('prefers the longest of overlapping aliases of one actor and of different actors', () => {
    expect(found('地方大型国有企业和地方政府')).toEqual([
      ['soes', '地方大型国有企业', '地方大型国有企业'],
      ['local-governments', '地方政府', '地方政府'],
    ]);
    expect(found('地方教育附加')).toEqual([['local-governments', '地方', '地方']]);
  });

  it('finds several mentions in order, with offsets into the sentence', () => {
    const text = '强化国有企业政治责任，充分发挥中央企业和地方大型国有企业带动作用，鼓励企业参与';
    const mentions = matcher.mentions(text);
    expect(mentions.map((m) => m.actor)).toEqual(['soes', 'central-soes', 'soes', 'enterprises']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.alias);
    expect(mentions[0]).toMatchObject({ start: 2, end: 6 });
  });

  it('does not overlap mentions: after a match the scan resumes at its end', () => {
    // 各级工会 swallows 工会; the next 工会 is a mention of its own.
    expect(found('各级工会和同级工会、工会')).toEqual([
      ['unions', '各级工会', '各级工会'],
      ['unions', '同级工会', '同级工会'],
      ['unions', '工会', '工会'],
    ]);
  });

  it('returns nothing for a sentence that names no actor, or an empty one', () => {
    expect(matcher.mentions('加大宣传力度，营造浓厚社会氛围。')).toEqual([]);
    expect(matcher.mentions('')).toEqual([]);
  });

  it('takes an alias only where it starts and ends on word boundaries: 提高技能人才 is 提高 + 技能人才', () => {
    const skills = ActorMatcher.fromActors([
      { id: 'skilled', aliases: ['技能人才'] },
      { id: 'high-skilled', aliases: ['高技能人才'] },
    ]);
    expect(skills.mentions('以提高技能人才薪酬待遇').map((m) => m.actor)).toEqual(['skilled']);
    expect(skills.mentions('加强高技能人才队伍建设').map((m) => m.actor)).toEqual(['high-skilled']);
    expect(skills.mentions('业绩贡献的技能人才薪酬').map((m) => m.actor)).toEqual(['skilled']);
  });
});

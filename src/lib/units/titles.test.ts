import { describe, expect, it } from 'vitest';
import { unitTitle } from './titles.ts';

describe('a unit titled as printed', () => {
  it.each([
    [{ kind: 'part', label: '一、', heading: '总体要求' }, '一、总体要求'],
    [{ kind: 'chapter', label: '第二章', heading: '经费管理' }, '第二章\u3000经费管理'],
    [{ kind: 'section', label: '第一节', heading: '' }, '第一节'],
    [{ kind: 'measure', label: '（十四）', heading: '完善职业技能竞赛体系' }, '（十四）完善职业技能竞赛体系'],
    [{ kind: 'measure', label: '（二）', heading: null }, '（二）'],
    [{ kind: 'article', label: '第十条之一', heading: null }, '第十条之一'],
    [{ kind: 'preamble', label: '', heading: null }, '前言'],
    [{ kind: 'preamble', label: '', heading: '序言' }, '序言'],
    [{ kind: 'closing', label: '', heading: null }, '结语'],
    [{ kind: 'attachment', label: '附件1', heading: '暑期安全教育提纲' }, '附件1\u3000暑期安全教育提纲'],
    [{ kind: 'attachment', label: '附件：重点任务清单', heading: '附件：重点任务清单' }, '附件：重点任务清单'],
    [{ kind: 'box', label: '【重点任务12】', heading: '建设创新中心' }, '【重点任务12】建设创新中心'],
    [{ kind: 'notice', label: '', heading: null }, '通知正文'],
  ] as const)('%o is %s', (unit, title) => {
    expect(unitTitle(unit)).toBe(title);
  });
});

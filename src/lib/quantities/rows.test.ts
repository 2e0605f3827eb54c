import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { figureGroups } from './rows.ts';

const {
  corpus,
  quantities: { quantities },
} = siteModel(FIXTURE_CORPUS);

describe('figureGroups', () => {
  const groups = figureGroups(quantities, corpus);

  it('keeps every figure once, grouped by item in corpus order', () => {
    expect(groups.flatMap((g) => g.rows.map((r) => r.quantity))).toEqual(
      corpus.entries.flatMap((e) => quantities.filter((q) => q.item === e.id)),
    );
    expect(new Set(groups.map((g) => g.item.id)).size).toBe(groups.length);
  });

  it('shows each figure in the words of its sentence and names its unit', () => {
    const row = groups.flatMap((g) => g.rows).find((r) => r.quantity.text === '1000名左右')!;
    expect(row.context.match).toBe('1000名左右');
    expect(row.context.after.startsWith('大国工匠')).toBe(true);
    expect(row.where).toBe('《技能意见》一、总体要求');
    expect(row.ordinal).toBe(2);
    expect(row.news).toBe(false);
    const news = groups.flatMap((g) => g.rows).find((r) => r.quantity.text === '150个')!;
    expect(news).toMatchObject({ where: '国家发展改革委有关负责人谈经济运行和设备更新政策', ordinal: 9, news: true });
    expect(row.quantity.url).toBe('/documents/2024-jineng-tisheng/#p1-s2');
  });
});

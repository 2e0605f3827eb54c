import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { figureGroups } from './rows.ts';

const { corpus, quantities: { quantities } } = siteModel(PROJECT_CONTENT);

describe('figureGroups', () => {
  const groups = figureGroups(quantities, corpus);

  it('keeps every figure once, grouped by item in corpus order', () => {
    expect(groups.flatMap((g) => g.rows.map((r) => r.quantity))).toEqual(
      corpus.entries.flatMap((e) => quantities.filter((q) => q.item === e.id)),
    );
    expect(new Set(groups.map((g) => g.item.id)).size).toBe(groups.length);
  });

  it('shows each figure in the words of its sentence and names its unit', () => {
    const row = groups.flatMap((g) => g.rows).find((r) => r.quantity.text === '2000名左右')!;
    expect(row.context.match).toBe('2000名左右');
    expect(row.context.after.startsWith('大国工匠')).toBe(true);
    expect(row.where).toBe('《意见》一、总体要求');
    expect(row.ordinal).toBe(3);
    expect(row.news).toBe(false);
    const news = groups.flatMap((g) => g.rows).find((r) => r.quantity.text === '121个')!;
    expect(news).toMatchObject({ where: '国家发展改革委有关负责人谈四季度经济走势和增量政策', ordinal: 21, news: true });
    expect(row.quantity.url).toBe('/documents/2024-chanye-gongren/#p1-s3');
  });
});

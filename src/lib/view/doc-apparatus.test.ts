import { describe, expect, it } from 'vitest';
import { apparatusSummary } from './doc-apparatus.ts';

const none = { targets: null, comparisons: [], references: { outgoing: [], incoming: [], selfCount: 0 } } as never;

describe('apparatusSummary', () => {
  it('names everything the folded block holds, in its order', () => {
    expect(
      apparatusSummary({
        metaRows: 3,
        research: {
          targets: { url: '/targets/d/', count: 2 },
          comparisons: [{ url: '/compare/a/b/', other: '《甲》', why: '' }],
          references: { outgoing: [{}], incoming: [], selfCount: 0 } as never,
        },
        filters: { actors: true, instruments: true },
        wrapper: true,
      }),
    ).toBe('文件信息、引用与数据、目标与期限、对照、文件间引用、按主体或政策工具筛选、转载说明');
  });

  it('leaves out what a document does not have', () => {
    expect(apparatusSummary({ metaRows: 0, research: none, filters: { actors: false, instruments: false } })).toBe('引用与数据');
    expect(apparatusSummary({ metaRows: 2, research: none, filters: { actors: false, instruments: true } })).toBe(
      '文件信息、引用与数据、按政策工具筛选',
    );
  });
});

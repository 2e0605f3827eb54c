import { describe, expect, it } from 'vitest';
import { ItemMeta } from '../schema/item-meta.ts';
import { docMetaRows, titleNote } from './doc-meta.ts';

const meta = (fields: Record<string, unknown>) =>
  ItemMeta.parse({ id: 'x', source: 'x.txt', begins: '某某', title: '某某', published: '2025-03-06', publisher: '新华社', ...fields });

describe('the facts under a title', () => {
  it('names an opinion’s issuers, number and date as a 公文 does', () => {
    const rows = docMetaRows(meta({ kind: 'opinion', issuers: ['中共中央', '国务院'], docNumber: '某发〔2025〕1号', date: '2025-03-01' }));
    expect(rows.map((r) => [r.term, r.text, r.date])).toEqual([
      ['发文机关', '中共中央　国务院', undefined],
      ['文号', '某发〔2025〕1号', undefined],
      ['成文日期', '', '2025-03-01'],
      ['发布', '新华社，', '2025-03-06'],
    ]);
  });

  it('says a proposal was adopted on its date, and an explanation has a speaker', () => {
    expect(docMetaRows(meta({ kind: 'proposal', issuers: ['中共中央'], date: '2025-03-01' }))[1]!.term).toBe('通过日期');
    expect(docMetaRows(meta({ kind: 'explanation', issuers: ['张某某'] }))[0]!.term).toBe('说明人');
    expect(docMetaRows(meta({ kind: 'speech', issuers: ['张某某'] }))[0]!.term).toBe('讲话人');
  });

  it('shows a status and the dates a law carries besides its own: adoption, revisions, effect', () => {
    const rows = docMetaRows(
      meta({
        kind: 'law',
        issuers: ['某某委员会'],
        status: '试行',
        date: '2024-06-02',
        adopted: '2021-03-01',
        revised: ['2024-06-02'],
        effective: '2024-07-01',
      }),
    );
    expect(rows.map((r) => [r.term, r.text || r.date])).toEqual([
      ['发文机关', '某某委员会'],
      ['状态', '试行'],
      ['成文日期', '2024-06-02'],
      ['通过日期', '2021-03-01'],
      ['施行日期', '2024-07-01'],
      ['发布', '新华社，'],
    ]);
  });

  it('shows the editor’s note on the dates, marked as the editor’s', () => {
    const rows = docMetaRows(meta({ kind: 'opinion', issuers: ['某部'], date: '2026-03-01', dateNote: '成文日期据原件，晚于发布日期。' }));
    expect(rows.at(-1)).toEqual({ term: '编者注', text: '成文日期据原件，晚于发布日期。', editorial: true });
  });

  it('shows what the catalogue files it under (索引号, 主题分类) and links the page the text was taken from', () => {
    const rows = docMetaRows(
      meta({
        kind: 'notice',
        issuers: ['国务院办公厅'],
        docNumber: '国办发〔2019〕3号',
        indexNumber: '000014349/2019-00002',
        topic: '科技、教育\\教育',
        sourceUrl: 'http://www.gov.cn/zhengce/content/2019-01/22/content_5360002.htm',
      }),
    );
    expect(rows.slice(1, 4).map((r) => [r.term, r.text])).toEqual([
      ['文号', '国办发〔2019〕3号'],
      ['索引号', '000014349/2019-00002'],
      ['主题分类', '科技、教育\\教育'],
    ]);
    expect(rows.at(-1)).toEqual({
      term: '原文网址',
      text: 'http://www.gov.cn/zhengce/content/2019-01/22/content_5360002.htm',
      href: 'http://www.gov.cn/zhengce/content/2019-01/22/content_5360002.htm',
    });
  });

  it('says where a title the text does not print was taken from, and nothing for a printed one', () => {
    expect(titleNote({ titleFrom: 'page' })).toBe('〔正文未印标题，标题取自原网页的标题〕');
    expect(titleNote({ titleFrom: 'table' })).toBe('〔正文未印标题，标题取自随文的元数据表〕');
    expect(titleNote({ titleFrom: 'given' })).toBe('〔正文未印标题，标题为收录时所补〕');
    expect(titleNote({})).toBeNull();
  });

  it('refuses a title both taken from somewhere and written by us, and an address that is not http(s)', () => {
    expect(() => meta({ kind: 'notice', titleFrom: 'page', titleEditorial: true })).toThrow(/titleFrom/);
    expect(() => meta({ kind: 'notice', sourceUrl: 'javascript:alert(1)' })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { type FooterItem, collectionFooter, footerFor, footerText, itemsFooter } from './footer.ts';

const doc = (id: string, meta: Partial<FooterItem['meta']> = {}): FooterItem => ({
  id,
  kind: 'document',
  url: `/documents/${id}/`,
  meta: { title: `关于${id}的意见`, ...meta },
});
const xinhua = doc('a', { shortTitle: '《意见》', publisher: '新华社' });
const gov = doc('b', { publisher: '中国政府网', sourceUrl: 'https://www.gov.cn/zhengce/content/b.htm' });
const bare = doc('c');
const pageOnly = doc('d', { sourceUrl: 'https://example.edu.cn/Item/1.aspx' });
const news: FooterItem = { id: 'n', kind: 'news', url: '/news/n/', meta: { title: '某新闻', publisher: '新华社' } };

describe('the footer', () => {
  it('names the publisher an item names, and the address its text was taken from', () => {
    expect(footerText(itemsFooter([xinhua]))).toBe('本文依据新华社发布的文本逐字收录；编者的修补与存疑均以注记标出。');
    expect(itemsFooter([gov])).toEqual([
      '本文',
      '依据中国政府网发布的文本逐字收录',
      '，原文网址：',
      { href: 'https://www.gov.cn/zhengce/content/b.htm', text: 'https://www.gov.cn/zhengce/content/b.htm' },
      '；',
      '编者的修补与存疑均以注记标出。',
    ]);
    expect(footerText(itemsFooter([news]))).toMatch(/^本篇依据新华社发布的文本逐字收录；/);
  });

  it('says so when the source names no publisher, and never names one for it', () => {
    expect(footerText(itemsFooter([bare]))).toBe('本文逐字收录，原文未注明来源；编者的修补与存疑均以注记标出。');
    expect(footerText(itemsFooter([pageOnly]))).toBe(
      '本文依据原网页所载文本逐字收录（原文未注明发布者），原文网址：https://example.edu.cn/Item/1.aspx；编者的修补与存疑均以注记标出。',
    );
    expect(footerText(itemsFooter([bare]))).not.toContain('新华社');
  });

  it('names each item of a page that shows two, once per provenance', () => {
    expect(footerText(itemsFooter([xinhua, bare]))).toBe(
      '《意见》依据新华社发布的文本逐字收录；《关于c的意见》逐字收录，原文未注明来源；编者的修补与存疑均以注记标出。',
    );
    expect(footerText(itemsFooter([xinhua, doc('e', { publisher: '新华社' })]))).toBe(
      '《意见》《关于e的意见》均依据新华社发布的文本逐字收录；编者的修补与存疑均以注记标出。',
    );
  });

  it('says what the collection holds elsewhere, counted by publisher', () => {
    expect(footerText(collectionFooter([xinhua, news]))).toBe(
      '本站收录的1份文件和1篇新闻均依据新华社发布的文本逐字收录，各篇出处见其页首；编者的修补与存疑均以注记标出。',
    );
    expect(footerText(collectionFooter([xinhua, news, gov, bare]))).toBe(
      '本站收录的3份文件和1篇新闻各依其来源逐字收录（新华社2篇、中国政府网1篇、原文未注明来源的1篇），各篇出处见其页首；编者的修补与存疑均以注记标出。',
    );
  });

  it('is of the items a page passes, else of the item whose address the page is under, else of the collection', () => {
    const all = [xinhua, gov, bare, news];
    expect(footerFor(all, { items: ['c'], path: '/targets/c/' })).toEqual(itemsFooter([bare]));
    expect(footerFor(all, { path: '/documents/b/m3/' })).toEqual(itemsFooter([gov]));
    expect(footerFor(all, { path: '/news/n/' })).toEqual(itemsFooter([news]));
    expect(footerFor(all, { path: '/terms/' })).toEqual(collectionFooter(all));
    expect(footerFor(all, { items: [], path: '/' })).toEqual(collectionFooter(all));
  });
});

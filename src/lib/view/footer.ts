// What the footer says of the text a page shows. On a page of one item (a document, a measure of
// it, a news item, the item's instruments or targets), where that text came from: its publisher
// and the address it was taken from when the item's metadata gives them, and that the source names
// none when it does not. On a page of two items (a comparison), each. Elsewhere, the collection:
// how many texts, from which publishers. Never a publisher an item does not name.
import type { CorpusEntry } from '../corpus.ts';

/** A run of the footer's sentence: words, or a link (the address a text was taken from). */
export type FooterPart = string | { href: string; text: string };

/** What the footer reads an item for. */
export type FooterItem = Pick<CorpusEntry, 'id' | 'kind' | 'url'> & {
  meta: { title: string; shortTitle?: string | undefined; publisher?: string | undefined; sourceUrl?: string | undefined };
};

const NOTES = '编者的修补与存疑均以注记标出。';

/** Where one item's text came from, as a clause: 依据新华社发布的文本逐字收录. */
function provenance(item: FooterItem): FooterPart[] {
  const { publisher, sourceUrl } = item.meta;
  const link: FooterPart[] = sourceUrl ? ['，原文网址：', { href: sourceUrl, text: sourceUrl }] : [];
  if (publisher) return [`依据${publisher}发布的文本逐字收录`, ...link];
  if (sourceUrl) return ['依据原网页所载文本逐字收录（原文未注明发布者）', ...link];
  return ['逐字收录，原文未注明来源'];
}

const nameOf = (item: FooterItem) => item.meta.shortTitle ?? (item.kind === 'news' ? `“${item.meta.title}”` : `《${item.meta.title}》`);

/** The footer of a page that shows these items (one: 本文…; several: each by name). */
export function itemsFooter(items: readonly FooterItem[]): FooterPart[] {
  if (items.length === 1) {
    const item = items[0]!;
    return [item.kind === 'news' ? '本篇' : '本文', ...provenance(item), '；', NOTES];
  }
  // Items of the same provenance share one clause (titles in 《》 run together, as GB/T 15834 has it):
  // 《意见》《高技能人才意见》均依据新华社发布的文本逐字收录.
  const groups = Map.groupBy(items, (item) => JSON.stringify(provenance(item)));
  const clauses = [...groups.values()].map((list, i): FooterPart[] => [
    ...(i > 0 ? ['；'] : []),
    `${list.map(nameOf).join('')}${list.length > 1 ? '均' : ''}`,
    ...provenance(list[0]!),
  ]);
  return [...clauses.flat(), '；', NOTES];
}

/**
 * The texts counted by the publisher of their copy as their item files record it (新华社, 中国政府网:
 * ingest reads it off a （来源：…） line or the copy's address), most first; those that record none
 * last, under `publisher: ''`. The footer and the home page both count with it.
 */
export function publisherCounts(items: readonly Pick<FooterItem, 'meta'>[]): Array<{ publisher: string; count: number }> {
  return [...Map.groupBy(items, (i) => i.meta.publisher ?? '')]
    .map(([publisher, list]) => ({ publisher, count: list.length }))
    .sort((a, b) => Number(b.publisher !== '') - Number(a.publisher !== '') || b.count - a.count);
}

/** Where the collection's texts came from, counted by publisher: 本站收录的5份文件和4篇新闻均依据新华社发布的文本逐字收录. */
export function collectionSource(items: readonly FooterItem[]): string {
  if (items.length === 0) return '本站尚未收录文本';
  const counts = publisherCounts(items);
  const docs = items.filter((i) => i.kind !== 'news').length;
  const news = items.length - docs;
  const held = [docs && `${docs}份文件`, news && `${news}篇新闻`].filter(Boolean).join('和');
  if (counts.length === 1 && counts[0]!.publisher) return `本站收录的${held}均依据${counts[0]!.publisher}发布的文本逐字收录`;
  const parts = counts.map(({ publisher, count }) => (publisher ? `${publisher}${count}篇` : `原文未注明来源的${count}篇`));
  return `本站收录的${held}各依其来源逐字收录（${parts.join('、')}）`;
}

/** The footer of any other page: what the collection holds and from whom. */
export function collectionFooter(items: readonly FooterItem[]): FooterPart[] {
  if (items.length === 0) return [`${collectionSource(items)}。`];
  return [`${collectionSource(items)}，各篇出处见其页首；`, NOTES];
}

/**
 * The footer of a page: of the items it says it shows, else of the item whose page (or unit's
 * page) the address is, else of the collection.
 */
export function footerFor(entries: readonly FooterItem[], page: { items?: readonly string[] | undefined; path: string }): FooterPart[] {
  const index = footerIndex(entries);
  const shown = page.items?.map((id) => index.byId.get(id)).filter((e) => e !== undefined) ?? [];
  if (shown.length) return itemsFooter(shown);
  // The item with the longest address the path starts with: the path's prefixes, longest first.
  for (let end = page.path.length; end > 0; end--) {
    const at = index.byUrl.get(page.path.slice(0, end));
    if (at) return itemsFooter([at]);
  }
  return (index.collection ??= collectionFooter(entries));
}

/**
 * Every page of the site asks for its footer: the items by id and by address, and the
 * collection's footer, are worked out once per list of entries, not once per page.
 */
interface FooterIndex {
  byId: Map<string, FooterItem>;
  byUrl: Map<string, FooterItem>;
  collection?: FooterPart[];
}
const indexes = new WeakMap<readonly FooterItem[], FooterIndex>();

function footerIndex(entries: readonly FooterItem[]): FooterIndex {
  let index = indexes.get(entries);
  if (!index) {
    const byUrl = new Map<string, FooterItem>();
    // Of two items at one address, the first (as a stable sort by length left it).
    for (const e of entries) if (!byUrl.has(e.url)) byUrl.set(e.url, e);
    indexes.set(entries, (index = { byId: new Map(entries.map((e) => [e.id, e])), byUrl }));
  }
  return index;
}

/** The footer's sentence as plain text (a link as its address). */
export const footerText = (parts: readonly FooterPart[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

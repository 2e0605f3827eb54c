// The facts under an item's title (who issued it, its number, its dates), named as each kind of
// item names them: a 建议 is adopted (通过), a 说明 has a speaker, not an issuing organ. A date
// note, the editor's word on dates that look impossible, is shown with them, marked as ours.
import { chineseDate } from '../cite/locators.ts';
import { UNDATED } from '../schema/item-date.ts';
import type { ItemMeta } from '../schema/item-meta.ts';
import type { ItemKind } from '../schema/item-meta.ts';

export interface DocMetaRow {
  /** The term of the row (发文机关, 成文日期…). */
  term: string;
  /** Text before the date, or the whole value. */
  text: string;
  /** A day YYYY-MM-DD shown after the text in a <time>. */
  date?: string;
  /** The editor's note, not the document's own data. */
  editorial?: true;
  /** An address the value links to (the page the text was taken from), outside the site. */
  href?: string;
}

/**
 * The note under the title of a document whose text prints none, saying where the title was taken
 * from: the title is not ours (not 编者拟题), but it is not on the text's lines either.
 */
export function titleNote(meta: Pick<ItemMeta, 'titleFrom'>): string | null {
  const from = { page: '原网页的标题', table: '随文的元数据表', given: '收录时所补' } as const;
  if (!meta.titleFrom) return null;
  return meta.titleFrom === 'given' ? '〔正文未印标题，标题为收录时所补〕' : `〔正文未印标题，标题取自${from[meta.titleFrom]}〕`;
}

/**
 * What a kind's issuers and own date are called under its title, where not 发文机关 and 成文日期:
 * words of this view alone, kept out of the kinds table (schema/kind-names.ts) the cite panel ships.
 */
const TERMS: Partial<Record<ItemKind, { issuers?: string; date?: string }>> = {
  proposal: { date: '通过日期' },
  explanation: { issuers: '说明人', date: '日期' },
  speech: { issuers: '讲话人', date: '日期' },
  report: { issuers: '报告人', date: '日期' },
};

export function docMetaRows(meta: ItemMeta): DocMetaRow[] {
  const rows: DocMetaRow[] = [];
  const { issuers: issuersTerm = '发文机关', date: dateTerm = '成文日期' } = TERMS[meta.kind] ?? {};
  if (meta.issuers.length) rows.push({ term: issuersTerm, text: meta.issuers.join('　') });
  if (meta.docNumber) rows.push({ term: '文号', text: meta.docNumber });
  // What the issuer's public-information catalogue files it under (gov.cn's info table).
  if (meta.indexNumber) rows.push({ term: '索引号', text: meta.indexNumber });
  if (meta.topic) rows.push({ term: '主题分类', text: meta.topic });
  if (meta.status) rows.push({ term: '状态', text: meta.status });
  if (meta.date) rows.push({ term: dateTerm, text: '', date: meta.date });
  // The dates a law or regulation carries besides its own, each as its text says it.
  if (meta.adopted && meta.adopted !== meta.date) rows.push({ term: '通过日期', text: '', date: meta.adopted });
  for (const date of meta.revised ?? []) if (date !== meta.date) rows.push({ term: '修订日期', text: '', date });
  if (meta.effective) rows.push({ term: '施行日期', text: '', date: meta.effective });
  const by = meta.publisher ? `${meta.publisher}${meta.place ? `（${meta.place}）` : ''}，` : '';
  if (meta.published) rows.push({ term: '发布', text: by, date: meta.published });
  else if (by) rows.push({ term: '发布', text: by.replace(/，$/u, '') });
  // A text that prints no date and came with none says so, rather than showing no date at all.
  if (!meta.date && !meta.published) rows.push({ term: dateTerm, text: UNDATED });
  if (meta.credit) rows.push({ term: '署名', text: meta.credit });
  if (meta.sourceUrl) rows.push({ term: '原文网址', text: meta.sourceUrl, href: meta.sourceUrl });
  if (meta.dateNote) rows.push({ term: '编者注', text: meta.dateNote, editorial: true });
  return rows;
}

/** 2024-10-21 → 2024年10月21日, as the rows show their dates. */
export const rowDate = chineseDate;

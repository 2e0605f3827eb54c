// What each kind of item is called, and which kinds are legislation for schema.org and CSL. Plain
// data without zod, so the citation code the browser runs can read it.
import type { ItemKind } from './item-meta.ts';

/** The Chinese name of each kind: 意见, 建议, 规划, 条例, 说明, 新闻, 图片新闻. */
export const KIND_NAMES: Record<ItemKind, string> = {
  opinion: '意见',
  proposal: '建议',
  plan: '规划',
  regulation: '条例',
  explanation: '说明',
  news: '新闻',
  photo: '图片新闻',
};

/**
 * Kinds issued as policy (schema.org Legislation, CSL `legislation`); an explanation 说明 is a
 * speech about one of them, and news is news.
 */
export const isLegislativeKind = (kind: ItemKind) => kind === 'opinion' || kind === 'proposal' || kind === 'plan' || kind === 'regulation';

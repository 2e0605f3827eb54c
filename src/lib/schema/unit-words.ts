// What each kind of unit is called, and how a document's units are counted in its own words: one
// table the pages, the search facets, the CSV names and the browser read. Plain data, browser-safe.
import type { UnitKind } from '../units/kinds.ts';

/** The Chinese name of each kind of unit, as a search facet and a label show it. */
export const UNIT_NAMES: Record<UnitKind, string> = {
  preamble: '前言',
  part: '部分',
  book: '编',
  chapter: '章',
  section: '节',
  measure: '措施',
  article: '条',
  point: '点',
  subitem: '子项',
  box: '专栏',
  table: '表格',
  closing: '结语',
  attachment: '附件',
  notice: '通知正文',
  signature: '落款',
  issued: '所印发文件',
};

/**
 * How a count of units reads: 11个部分, 11章, 63条措施, 63条, 7点, 12段. The counter goes between
 * the number and the noun; kinds counted by their own classifier (章, 条, 点, 节, 编) have no noun.
 */
const COUNTED: Partial<Record<UnitKind, [counter: string, noun: string]>> = {
  part: ['个', '部分'],
  book: ['', '编'],
  chapter: ['', '章'],
  section: ['', '节'],
  measure: ['条', '措施'],
  article: ['', '条'],
  point: ['', '点'],
  subitem: ['', '项'],
  box: ['个', '专栏'],
  table: ['张', '表格'],
  attachment: ['个', '附件'],
};

/** `count` units of `kind` in words: countOf('measure', 63) is 63条措施, countOf('article', 63) 63条. */
export function countOf(kind: UnitKind, count: number): string {
  const [counter, noun] = COUNTED[kind] ?? ['', UNIT_NAMES[kind]];
  return `${count}${counter}${noun}`;
}

/** A document without numbered units is counted in paragraphs: 12段. */
export const paragraphCount = (count: number) => `${count}段`;

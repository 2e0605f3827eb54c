// How a unit is titled wherever it is listed or shown (a search result, a link, a matrix row, a
// heading on the page): one rule for every kind. Browser-safe.
import { UNIT_NAMES } from '../schema/unit-words.ts';
import type { UnitKind } from './kinds.ts';

/**
 * Units whose printed heading holds words their sentences may not (全过程人民民主 only in a part's
 * heading): search has it as a clause, the glossary looks for terms in it. A measure's lead is its
 * first sentence already.
 */
export const HEADED_KINDS: ReadonlySet<UnitKind> = new Set(['part', 'book', 'chapter', 'section', 'attachment', 'box', 'issued']);

/** What titling reads of a unit (a DocUnit has it). */
export interface Titled {
  kind: UnitKind;
  label: string;
  heading: string | null;
}

/**
 * 一、总体要求; 第二章 经费管理 (U+3000 after a word label, as laws print it); （十四）完善…;
 * 第五条; 前言 or 序言; 结语; 附件1 暑期安全教育提纲; 专栏3 发展成效, 【重点任务12】建设…; 表1 …;
 * 通知正文; the issued document's title.
 */
export function unitTitle(u: Titled): string {
  switch (u.kind) {
    case 'part':
    case 'measure':
    case 'point':
    case 'subitem':
      return `${u.label}${u.heading ?? ''}`;
    case 'preamble':
    case 'issued':
      return u.heading ?? UNIT_NAMES[u.kind];
    case 'book':
    case 'chapter':
    case 'section':
    case 'attachment':
    case 'box':
      // A label that closes a bracket (【重点任务12】) runs into its heading; a word label (第二章, 专栏3) takes a space.
      return u.heading && u.heading !== u.label ? `${u.label}${/[】）)]$/u.test(u.label) ? '' : '\u3000'}${u.heading}` : u.label;
    case 'article':
    case 'table':
      return u.label || UNIT_NAMES[u.kind];
    default:
      return UNIT_NAMES[u.kind];
  }
}

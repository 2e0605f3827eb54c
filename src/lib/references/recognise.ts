// What a sentence cites: titles in 《…》, document numbers (中办发〔2022〕58号), the document
// itself (本条例, 本意见), abbreviations it defines (（以下简称《条例》）), and the cue words that
// give a citation its type (根据…制定: implements; 同时废止: repeals). Machine-made: a reader is
// told so wherever a recognised reference shows.

export interface Citation {
  kind: 'title' | 'number' | 'self';
  /** The words as printed: 《关于加强新时代高技能人才队伍建设的意见》, 中办发〔2022〕58号, 本条例. */
  text: string;
  start: number;
  end: number;
  /** For a title: the words inside the brackets; for a number: the number; for self: 条例, 意见…. */
  value: string;
  /** A title followed by （以下简称《X》）: X, the short name the text uses from then on. */
  alias?: string;
  /** How the sentence uses the citation. */
  type: 'cites' | 'implements' | 'repeals';
}

const TITLE = /《([^《》]+)》(?:[（(]以下简称《([^《》]+)》[）)])?/gu;
// A number's issuer code ends in 发, 办, 字, 函, 令 or 规 (国发, 中办发, 人社部发); the year bracket
// is 〔〕 as official documents print it, or the [] and () some reprints use.
const NUMBER = /(\p{Script=Han}{0,4}?[发办字函令规])?[〔[（(](\d{4})[〕\]）)](\d+)号/gu;
const SELF = /本(条例|意见|办法|规定|决定|通知|建议|规划|纲要|细则|准则)/gu;

/** 根据《宪法》制定本条例, 为贯彻落实《意见》: the citing text carries the cited one out. */
const IMPLEMENTS_BEFORE = /(?:根据|依据|依照|按照|贯彻落实|贯彻|落实|执行)$/u;
const REPEALS = /废止/u;

export function citationsIn(text: string): Citation[] {
  const found: Citation[] = [];
  const repeals = REPEALS.test(text);
  const typeAt = (start: number): Citation['type'] => {
    if (repeals && text.slice(start).search(REPEALS) >= 0) return 'repeals';
    // The cue stands right before the title, or before a list of titles joined by 和, 、.
    const before = text.slice(Math.max(0, start - 12), start).replace(/(?:《[^《》]*》[和、及与])+$/u, '');
    return IMPLEMENTS_BEFORE.test(before) ? 'implements' : 'cites';
  };
  for (const m of text.matchAll(TITLE)) {
    const title = m[1]!;
    found.push({
      kind: 'title',
      text: `《${title}》`,
      start: m.index,
      end: m.index + title.length + 2,
      value: title,
      ...(m[2] ? { alias: m[2] } : {}),
      type: typeAt(m.index),
    });
  }
  for (const m of text.matchAll(NUMBER)) {
    // 《…意见》（中办发〔2022〕58号）: the number in brackets after a title is that title's, used the same way.
    const title = found.find((c) => c.kind === 'title' && c.end === m.index - 1 && /[（(]/u.test(text[c.end]!));
    found.push({
      kind: 'number',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: m[0],
      type: title?.type ?? typeAt(m.index),
    });
  }
  for (const m of text.matchAll(SELF)) {
    // 本条例 inside a title (《…本条例…》) is part of the title.
    if (found.some((c) => c.kind === 'title' && c.start < m.index && c.end > m.index)) continue;
    found.push({ kind: 'self', text: m[0], start: m.index, end: m.index + m[0].length, value: m[1]!, type: 'cites' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A title or number as compared: no spaces (titles are printed with or without them), brackets of one kind. */
export function normaliseTitle(s: string): string {
  return s
    .replace(/\s+/gu, '')
    .replace(/[[（(]/gu, '〔')
    .replace(/[\]）)]/gu, '〕');
}

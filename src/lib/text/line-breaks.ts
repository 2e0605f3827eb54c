// Where a title or heading may break between lines: only between words (../text/words.ts), so a
// line never ends inside one (关于深化产 / 业工人, 国民经济和社 / 会发展). The page sets such a heading
// with `word-break: keep-all` (no break between two Chinese characters) and puts a <wbr> at each
// of these offsets; `text-wrap: balance` then evens its lines out.

import { type WordBoundaries, wordBoundaries } from './words.ts';

/** What may not begin a line: closing brackets and quotes, stops, the enumeration comma, dashes and ellipses. */
const NO_START = new Set('、，。．：；？！）】》〉」』〕〗〙〛”’,.:;?!)]}%％·・…—～々ー');
/** What may not end a line: opening brackets and quotes. */
const NO_END = new Set('（【《〈「『〔〖〘〚“‘([{');
/** A number or a Latin word keeps the word after it (2035年, 5G网络): no break after an ASCII letter or digit. */
const ASCII_WORD = /[0-9A-Za-z]/;
/** Latin text, numbers and signs between them (COVID-19, 1.5%) break at their spaces only. */
const ASCII = /[!-~]/;
/** A Chinese numeral keeps a one-character word after it, its measure word (第十五个, 三年). */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两]$/;
/** Brackets and quotes whose content is kept on one line when short (“十五五”, 《意见》). */
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '「': '」', '『': '』', '【': '】', '(': ')' };
/** How many characters a bracket or quote may hold and still be kept whole. */
const SHORT = 6;

/**
 * A word longer than this is cut where the base dictionary cuts it when a line must break: a
 * registered name such as 中国共产党第二十届中央委员会 (14 characters) is one word for finding the
 * body, but wider than a heading's line on a phone, which would break it anywhere.
 */
export const LONG_WORD = 8;

/** The words of `text` a line may break between: the segmenter's, long ones cut at the base dictionary's words. */
export function lineWords(text: string, words: WordBoundaries): string[] {
  return words.words(text).flatMap((w) => (w.length > LONG_WORD ? wordBoundaries([]).words(w) : [w]));
}

/**
 * The offsets (UTF-16, 0 < offset < length) between two words of `text` where a line may break:
 * not before a closing mark nor after an opening one, not inside a short quotation or bracket, not
 * after a number or Latin word nor inside a run of Latin letters, digits and signs, not between a
 * Chinese numeral and its measure word, and not beside a
 * space (a space is a break already); after a full-width space (U+3000), which a heading set
 * keep-all would not break at by itself. In order, each once.
 */
export function lineBreaks(text: string, words: WordBoundaries): number[] {
  const kept = shortQuotes(text);
  const list = lineWords(text, words);
  const breaks: number[] = [];
  let at = 0;
  for (const [i, word] of list.entries()) {
    at += word.length;
    if (at >= text.length) break;
    const [before, after] = [text[at - 1]!, text[at]!];
    if (NO_START.has(after) || NO_END.has(before) || ASCII_WORD.test(before) || kept.has(at)) continue;
    if (ASCII.test(before) && ASCII.test(after)) continue;
    if (/\s/.test(after) || (/\s/.test(before) && before !== '\u3000')) continue;
    if (NUMERAL.test(word) && list[i + 1]?.length === 1) continue;
    breaks.push(at);
  }
  return breaks;
}

/** Offsets inside a quotation or bracket of at most SHORT characters. */
function shortQuotes(text: string): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]!];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || end - i - 1 > SHORT) continue;
    for (let at = i + 1; at <= end; at++) inside.add(at);
  }
  return inside;
}

/** `text` cut at its line breaks: the pieces a view joins with <wbr>. One piece when it has none. */
export function lineParts(text: string, words: WordBoundaries): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of lineBreaks(text, words)) {
    parts.push(text.slice(from, at));
    from = at;
  }
  parts.push(text.slice(from));
  return parts;
}

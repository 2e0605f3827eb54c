/**
 * Sentence splitting for Chinese official text: ends at 。！？ and the ASCII ? ! the sources
 * also use, never inside quotes or brackets, and keeps a closing quote with its sentence.
 */
import { isResponsibilityNote } from './responsibility.ts';

const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '【': '】', '〔': '〕', '「': '」' };
export const CLOSERS = new Set(Object.values(PAIRS));
/**
 * A closing mark typed in the other width than its opener's, as real sources do (（…), (…）, “…"):
 * it still closes the pair, so the sentences split as printed, and the pair is recorded as a doubt
 * (mixedPairs), never corrected.
 */
const OTHER_WIDTH: Record<string, string> = { '）': ')', ')': '）', '”': '"' };
/** Whether `ch` closes the mark whose closer is `expected`, in either width. */
const closes = (ch: string, expected: string | undefined) => expected !== undefined && (ch === expected || OTHER_WIDTH[expected] === ch);

export interface TextRange {
  start: number;
  end: number;
}

export interface Unbalanced {
  /** Offset of the opening mark left open, or of a closing mark with no opener. */
  offset: number;
  mark: string;
}

/** Split `text` into sentence ranges (offsets into `text`), trimming spaces between them. */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const stack: string[] = [];
  let start = 0;
  let i = 0;
  const cut = (end: number) => {
    pushTrimmed(ranges, text, start, end);
    start = end;
  };
  while (i < text.length) {
    const ch = text[i]!;
    // A responsibility note printed after a sentence's 。 and before the next sentence is a
    // sentence of its own: （生态环境部指导）以铅酸蓄电池… is cut after its closing bracket.
    const note = stack.length === 0 && (ch === '（' || ch === '(') && !text.slice(start, i).trim() ? noteAt(text, i) : 0;
    if (note) {
      i = note;
      cut(note);
      continue;
    }
    if (PAIRS[ch]) stack.push(PAIRS[ch]);
    else if ((CLOSERS.has(ch) || ch === '"') && closes(ch, stack.at(-1))) {
      stack.pop();
      // “…。” ends the sentence at the closing quote.
      if (stack.length === 0 && TERMINATORS.has(text[i - 1] ?? '')) {
        cut(i + 1);
      }
    } else if (TERMINATORS.has(ch) && stack.length === 0) {
      let end = i + 1;
      while (end < text.length && TERMINATORS.has(text[end]!)) end++;
      i = end - 1;
      cut(end);
    }
    i++;
  }
  cut(text.length);
  return ranges;
}

/** The end of a responsibility note opening at `at` (past its closing bracket), or 0 when none opens there. */
function noteAt(text: string, at: number): number {
  const close = text[at] === '（' ? '）' : ')';
  const end = text.indexOf(close, at + 1);
  if (end < 0 || end === text.length - 1) return 0;
  return isResponsibilityNote(text.slice(at, end + 1)) ? end + 1 : 0;
}

function pushTrimmed(ranges: TextRange[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) ranges.push({ start, end });
}

/** The marks whose balance is checked: the splitter never cuts inside them, so one left open would merge sentences. */
const CHECKED: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')', '【': '】', '〔': '〕', '「': '」' };
const CHECKED_CLOSERS = new Set(Object.values(CHECKED));

/** Opening marks that are quotes (the others are brackets), for the wording of an error. */
export const QUOTE_MARKS = new Set(['“', '《', '”', '》', '「', '」']);

/** A pair closed in the other width than it opened: （…) or “…". */
export interface MixedPair {
  open: number;
  close: number;
  marks: string;
}

/** The first double quote, title mark or bracket left unbalanced in a paragraph, if any; and the pairs closed in the other width. */
export function findUnbalancedQuote(text: string): Unbalanced | null {
  return checkPairs(text).unbalanced;
}

/** The pairs of a paragraph closed in the other width than they opened (（…), “…"), in order. */
export function mixedPairs(text: string): MixedPair[] {
  return checkPairs(text).mixed;
}

function checkPairs(text: string): { unbalanced: Unbalanced | null; mixed: MixedPair[] } {
  const open: Array<{ offset: number; mark: string }> = [];
  const mixed: MixedPair[] = [];
  const pairs = CHECKED;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = open.at(-1);
    if (pairs[ch]) open.push({ offset: i, mark: ch });
    else if (CHECKED_CLOSERS.has(ch) || (ch === '"' && top?.mark === '“')) {
      if (!top || !closes(ch, pairs[top.mark])) return { unbalanced: { offset: i, mark: ch }, mixed };
      if (pairs[top.mark] !== ch) mixed.push({ open: top.offset, close: i, marks: `${top.mark}${ch}` });
      open.pop();
    }
  }
  return { unbalanced: open[0] ?? null, mixed };
}

/** True when a line stops in the middle of a sentence (a page break cut it). */
export function endsMidSentence(line: string): boolean {
  const last = line.trimEnd().at(-1);
  return last !== undefined && /[\p{L}\p{N}、，]/u.test(last);
}

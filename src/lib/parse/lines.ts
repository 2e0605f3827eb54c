import type { Root } from 'mdast';
import type { Span } from '../tree/nodes.ts';
import type { SourceContext } from './context.ts';

/** One non-blank line of a source, with its place. Offsets are into the whole source file. */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
  line: number;
  /** A blank line separates it from the line before (how the newspaper page marks paragraphs). */
  blankBefore: boolean;
}

/**
 * The lines of an item, read off the block positions remark found in its slice. Markdown would
 * fold consecutive lines into one paragraph and decode entities; we keep one line a paragraph and
 * the raw characters, so nothing the source says is changed.
 */
export function linesFromBlocks(tree: Root, ctx: SourceContext, [base, end]: Span): SourceLine[] {
  const slice = ctx.source.slice(base, end);
  // micromark drops a leading byte-order mark before counting offsets.
  const shift = slice.startsWith('\uFEFF') ? 1 : 0;
  const lines: SourceLine[] = [];
  let lastEnd = 0;
  for (const block of tree.children) {
    const from = block.position?.start.offset;
    const to = block.position?.end.offset;
    if (from === undefined || to === undefined) ctx.fail(base, 'block-position', 'remark returned a block without a position');
    assertBlank(slice, lastEnd, from + shift, base, ctx);
    let at = from + shift;
    for (const raw of slice.slice(from + shift, to + shift).split('\n')) {
      pushLine(lines, slice, raw, at, base, ctx);
      at += raw.length + 1;
    }
    lastEnd = to + shift;
  }
  assertBlank(slice, lastEnd, slice.length, base, ctx);
  return lines;
}

function pushLine(lines: SourceLine[], slice: string, raw: string, at: number, base: number, ctx: SourceContext) {
  const lead = raw.length - raw.replace(/^[\s\uFEFF]+/, '').length;
  const text = raw.trim().replace(/^\uFEFF/, '');
  if (!text) return;
  const start = at + lead;
  const prev = lines.at(-1);
  const between = slice.slice(prev ? prev.end - base : 0, start);
  lines.push({
    text,
    start: base + start,
    end: base + start + text.length,
    line: ctx.lineOf(base + start),
    blankBefore: /\n[^\S\n]*\r?\n/.test(between),
  });
}

function assertBlank(slice: string, from: number, to: number, base: number, ctx: SourceContext) {
  const gap = slice.slice(from, to);
  if (gap.trim().replace(/\uFEFF/g, '')) ctx.fail(base + from, 'outside-block', `text outside any block: ${JSON.stringify(gap.trim())}`);
}

/**
 * Two or more ideographic spaces (U+3000) inside a line: the paragraph indent of a text whose
 * paragraphs were run together onto one line, as copies of laws from the web often are
 * (第一条 为了……，制定本法。[U+3000 U+3000]第二条 本法适用于……。). A single U+3000 (第一条 为了) is the space
 * after a label, never a break.
 */
const INDENT_RUN = /\u3000{2,}/gu;
/** What ends a paragraph before such a run: a sentence, a clause leading into items, an item. */
const ENDS_PARAGRAPH = /[。！？!?；;：:”’」』]$/u;
const NUMERAL = '[一二三四五六七八九十百零]+';
/** What opens one after it: a heading or a numbered unit (第二条, 第一章, 第一节, （一）, 一、). */
const OPENS_UNIT = new RegExp(`^(?:第${NUMERAL}[编章节条]|[(（](?:${NUMERAL}|[0-9]{1,3})[)）]|${NUMERAL}、)`, 'u');
/** A label alone: the text after the run is its own (第一条, two U+3000, 为了…), not a new paragraph. */
const BARE_LABEL = new RegExp(`^(?:第${NUMERAL}[编章节条](?:之${NUMERAL})?|[(（]${NUMERAL}[)）])$`, 'u');

/**
 * Splits every line of a document at the indent runs that stand between two paragraphs: after a
 * paragraph's end (。；：) or before a label, never after a bare label, and never inside a spaced-out
 * word (目 录, 总 则) or a signature or adoption note (某某部 某某委员会), which end with no mark
 * and go on with no label. Each piece is a line of its own, with its own offsets and the line
 * number of the line it stands on; the source is never changed, the runs stay between the pieces.
 * Done for every official document, not only regulations: such a run inside a line is a
 * paragraph indent in any official text. Never done for news items (not called for them).
 */
export function splitRunTogether(lines: SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => {
    const pieces: SourceLine[] = [];
    let from = 0;
    for (const run of line.text.matchAll(INDENT_RUN)) {
      const before = line.text.slice(from, run.index).trim();
      const next = line.text
        .slice(run.index + run[0].length)
        .split(INDENT_RUN)[0]!
        .trim();
      if (!before || BARE_LABEL.test(before) || !(ENDS_PARAGRAPH.test(before) || OPENS_UNIT.test(next))) continue;
      pieces.push(pieceOf(line, from, run.index, pieces.length === 0));
      from = run.index + run[0].length;
    }
    if (pieces.length === 0) return [line];
    pieces.push(pieceOf(line, from, line.text.length, false));
    return pieces;
  });
}

function pieceOf(line: SourceLine, from: number, to: number, first: boolean): SourceLine {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = line.start + from + lead;
  return { text, start, end: start + text.length, line: line.line, blankBefore: first && line.blankBefore };
}

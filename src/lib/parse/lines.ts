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

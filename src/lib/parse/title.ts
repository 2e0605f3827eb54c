// The title of a document as printed: one line, or two or three (国务院办公厅关于印发“无废城市”建设 /
// 试点工作方案的通知) whose texts joined are the title the metadata gives. A document number printed
// above the title (绍市人〔2009〕82号) is read with it.
import type { DocNumberNode, Span, TitleNode } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { DOC_NUMBER, docNumberNode } from './head.ts';
import { firstSegment, printed, opensWithLabel } from './labels.ts';

/** A title is printed over at most this many lines. */
const MAX_TITLE_LINES = 4;
/** A line a title may be made of: no sentence punctuation. */
const TITLE_LINE = /^[^。；！？!?]{1,80}$/u;

const plain = (s: string) => s.replace(/\s+/gu, '');

/**
 * How many lines from `from` make `title` when their texts are joined (whitespace ignored): 0 when
 * no run of lines does.
 */
export function titleLineCount(paras: Paragraph[], from: number, title: string): number {
  const want = plain(title);
  if (!want) return 0;
  let joined = '';
  for (let i = from; i < Math.min(paras.length, from + MAX_TITLE_LINES); i++) {
    const para = paras[i]!;
    if (para.segments.length > 1 || (i > from && (opensWithLabel(para.text) || !TITLE_LINE.test(para.text)))) return 0;
    joined += plain(para.text);
    if (joined === want) return i - from + 1;
    if (!want.startsWith(joined)) return 0;
  }
  return 0;
}

export interface TitleReading {
  title: TitleNode;
  /** A document number printed above the title, when there is one. */
  before: DocNumberNode[];
  /** How many paragraphs the title (and the number above it) took. */
  used: number;
}

/**
 * The title at the top of `paras`: the lines whose texts joined are `metaTitle`, or else the first
 * line alone (a title that is ours, not printed, is never on the page). A document number line
 * above a title that matches is taken with it.
 */
export function readTitle(paras: Paragraph[], metaTitle: string, ctx: SourceContext): TitleReading {
  if (paras.length > 1 && DOC_NUMBER.test(paras[0]!.text)) {
    const count = titleLineCount(paras, 1, metaTitle);
    if (count > 0) return { title: titleNode(paras.slice(1, 1 + count), ctx), before: [docNumberNode(paras[0]!, ctx)], used: 1 + count };
  }
  const count = titleLineCount(paras, 0, metaTitle) || 1;
  return { title: titleNode(paras.slice(0, count), ctx), before: [], used: count };
}

/** The title node of one line or several. */
export function titleNode(lines: Paragraph[], ctx: SourceContext): TitleNode {
  const first = firstSegment(lines[0]!);
  if (lines.length === 1) return { type: 'title', text: lines[0]!.text, span: first, position: ctx.position(...first) };
  const each = lines.map(printed);
  const span: Span = [first[0], each.at(-1)!.span[1]];
  return { type: 'title', text: each.map((l) => l.text).join(''), span, lines: each, position: ctx.position(...span) };
}

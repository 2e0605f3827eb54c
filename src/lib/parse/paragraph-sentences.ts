import type { ParagraphNode, Repair, SentenceNode } from '../tree/nodes.ts';
import { type Paragraph, sourceOffset } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { CLOSERS, findUnbalancedQuote, mixedPairs, QUOTE_MARKS, splitSentences } from './sentences.ts';

/** Hands out sentence ids `${prefix}s1`, `${prefix}s2`… in the order they are asked for. */
export function sentenceIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}s${++n}`;
}

/**
 * Splits paragraphs into sentence nodes, one paragraph node each, with `paragraph` counted from
 * `from` (0 unless said) across `paras`. Each join inside a sentence becomes a repair with the id of
 * that sentence, appended to `repairs` and numbered `r1`, `r2`… across the whole item.
 */
export function paragraphsOf(paras: Paragraph[], nextId: () => string, ctx: SourceContext, repairs: Repair[], from = 0): ParagraphNode[] {
  return paras.flatMap((para, index) => {
    const paragraph = from + index;
    checkQuotes(para, ctx);
    const children: SentenceNode[] = splitSentences(para.text).map((range) => {
      const id = nextId();
      const start = sourceOffset(para, range.start, 'start');
      const end = sourceOffset(para, range.end, 'end');
      for (const join of para.joins) {
        if (join.at > range.start && join.at < range.end) {
          repairs.push({ ...join.repair, id: `r${repairs.length + 1}`, sentence: id });
        }
      }
      return {
        type: 'sentence',
        id,
        text: para.text.slice(range.start, range.end),
        span: [start, end],
        paragraph,
        line: ctx.lineOf(start),
        position: ctx.position(start, end),
      };
    });
    if (children.length === 0) return [];
    return [{ type: 'paragraph', children, position: ctx.position(para.segments[0]!.start, para.segments.at(-1)!.end) }];
  });
}

/**
 * A quote or bracket left open (or closed without opening), and a pair closed in the other width
 * (（…), “…", read as the pair it is), are doubts about the text, recorded and shown with the
 * item: a source is printed as it is and cannot be corrected, so they never stop the build. The
 * paragraph still splits (never inside an open mark: the rest of its paragraph is one sentence).
 */
function checkQuotes(para: Paragraph, ctx: SourceContext): void {
  for (const pair of mixedPairs(para.text)) {
    const at = sourceOffset(para, pair.open, 'start');
    const end = sourceOffset(para, pair.close + 1, 'end');
    ctx.doubt(
      [at, end],
      'mixed-pair',
      `${pair.marks[0]} is closed by ${pair.marks[1]}, a mark of the other width: read as one pair, the text as printed`,
    );
  }
  const open = findUnbalancedQuote(para.text);
  if (!open) return;
  const at = sourceOffset(para, open.offset, 'start');
  const opening = !CLOSERS.has(open.mark);
  const what = QUOTE_MARKS.has(open.mark) ? 'quote' : 'bracket';
  ctx.doubt(
    [at, at + open.mark.length],
    'unbalanced-mark',
    opening ? `unterminated ${what}: ${open.mark} is not closed in its paragraph` : `closing ${open.mark} without an opening mark`,
  );
}

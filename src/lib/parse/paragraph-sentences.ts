import type { Repair, Sentence } from '../schema/tree.ts';
import { type Paragraph, sourceOffset } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { findUnbalancedQuote, splitSentences } from './sentences.ts';

export interface Numbered {
  sentences: Sentence[];
  repairs: Repair[];
}

/**
 * Splits paragraphs into sentences with ids `${prefix}s1`, `${prefix}s2`… counted across all of
 * them, and gives each repair the id of the sentence it falls in.
 */
export function sentencesOf(paras: Paragraph[], prefix: string, ctx: SourceContext, repairCount: { n: number }): Numbered {
  const sentences: Sentence[] = [];
  const repairs: Repair[] = [];
  paras.forEach((para, paragraph) => {
    const open = findUnbalancedQuote(para.text);
    if (open) {
      const at = sourceOffset(para, open.offset, 'start');
      throw ctx.error(at, open.mark === '“' || open.mark === '《'
        ? `unterminated quote: ${open.mark} is not closed in its paragraph`
        : `closing ${open.mark} without an opening mark`);
    }
    for (const range of splitSentences(para.text)) {
      const id = `${prefix}s${sentences.length + 1}`;
      const start = sourceOffset(para, range.start, 'start');
      sentences.push({
        id,
        text: para.text.slice(range.start, range.end),
        span: [start, sourceOffset(para, range.end, 'end')],
        paragraph,
        line: ctx.lineOf(start),
      });
      for (const join of para.joins) {
        if (join.at > range.start && join.at < range.end) {
          repairs.push({ ...join.repair, id: `r${++repairCount.n}`, sentence: id });
        }
      }
    }
  });
  return { sentences, repairs };
}

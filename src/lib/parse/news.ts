import type { ItemMeta } from '../schema/item-meta.ts';
import type { NewsBlock, NewsTree, Repair } from '../schema/tree.ts';
import { applyFurniture, repairBreaks } from './blocks.ts';
import type { SourceContext } from './context.ts';
import type { SourceLine } from './lines.ts';
import { sentencesOf } from './paragraph-sentences.ts';

/** Parses a news item or photo caption: paragraphs, subheadings, and the furniture around them. */
export function parseNews(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext, itemStart: number): NewsTree {
  const blocks = applyFurniture(lines, meta, ctx, itemStart);
  // Any two body paragraphs may join: subheadings and datelines are furniture, not text blocks.
  const repaired = repairBreaks(blocks, () => true, ctx);
  const out: NewsBlock[] = [];
  const repairs: Repair[] = [];
  const count = { n: 0 };
  let sentenceCount = 0;
  let subheadings = 0;
  for (const block of repaired) {
    if (block.kind === 'furniture') {
      if (block.furniture.role === 'subheading') {
        out.push({ type: 'subheading', id: `h${++subheadings}`, text: block.furniture.text, span: block.furniture.span });
      }
      continue;
    }
    const numbered = sentencesOf([block.para], '', ctx, count);
    const sentences = numbered.sentences.map((s) => ({ ...s, id: `s${++sentenceCount}` }));
    const renamed = new Map(numbered.sentences.map((s, i) => [s.id, sentences[i]!.id]));
    repairs.push(...numbered.repairs.map((r) => ({ ...r, sentence: renamed.get(r.sentence)! })));
    out.push({ type: 'paragraph', sentences });
  }
  if (!out.some((b) => b.type === 'paragraph')) throw ctx.error(itemStart, `news item "${meta.id}" has no text`);
  return {
    type: 'news',
    blocks: out,
    furniture: blocks.flatMap((b) => (b.kind === 'furniture' ? [b.furniture] : [])),
    repairs,
  };
}


import type { ItemMeta } from '../schema/item-meta.ts';
import type { NewsRoot, Repair, Span } from '../tree/nodes.ts';
import { applyFurniture, repairBreaks } from './blocks.ts';
import type { SourceContext } from './context.ts';
import type { SourceLine } from './lines.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';

/**
 * Builds the tree of a news item or photo caption: its paragraphs, subheadings (`h1`…) and the
 * furniture around them, in source order. Sentences are numbered `s1`… across the whole item.
 */
export function newsRoot(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext, slice: Span): NewsRoot {
  const blocks = applyFurniture(lines, meta, ctx, slice[0]);
  // Any two body paragraphs may join: subheadings and datelines are furniture, not text blocks.
  const repaired = repairBreaks(blocks, () => true, ctx);
  const repairs: Repair[] = [];
  const nextId = sentenceIds('');
  let subheadings = 0;
  const children = repaired.flatMap((block): NewsRoot['children'] => {
    if (block.kind === 'text') return paragraphsOf([block.para], nextId, ctx, repairs);
    const { furniture } = block;
    if (furniture.role !== 'subheading') return [furniture];
    const { text, span, position } = furniture;
    return [{ type: 'subheading', id: `h${++subheadings}`, text, span, position }];
  });
  if (!children.some((c) => c.type === 'paragraph')) ctx.fail(slice[0], 'empty-news', `news item "${meta.id}" has no text`);
  return { type: 'news', children, data: { repairs }, position: ctx.position(...slice) };
}

import type { Root } from 'mdast';
import type { Plugin, Transformer } from 'unified';
import { SourceContext } from './parse/context.ts';
import { documentRoot } from './parse/document.ts';
import { guardLines } from './parse/guards.ts';
import { linesFromBlocks } from './parse/lines.ts';
import { newsRoot } from './parse/news.ts';
import { type ItemMeta, isDocumentKind } from './schema/item-meta.ts';
import type { ItemRoot, Span } from './tree/nodes.ts';

export interface OfficialDocumentOptions {
  meta: ItemMeta;
  /**
   * Where the item lies in the file (`file.value` is the whole source): the tree remark parsed is
   * of this slice. The whole file when absent.
   */
  slice?: Span;
}

/**
 * remark plugin: reads the official-document structure (or a news item's) off the blocks remark
 * parsed and returns it as a new unist tree, a DocumentRoot or NewsRoot, in place of the mdast.
 * Positions are in the whole source file. Problems are messages on the file; one the parse cannot
 * go past is thrown by `file.fail`.
 */
function officialDocument(options: OfficialDocumentOptions): Transformer<Root, ItemRoot> {
  const { meta } = options;
  return (tree, file) => {
    const ctx = new SourceContext(file);
    const slice = options.slice ?? [0, ctx.source.length];
    const lines = linesFromBlocks(tree, ctx, slice);
    guardLines(lines, meta, ctx);
    return isDocumentKind(meta.kind) ? documentRoot(lines, meta, ctx, slice) : newsRoot(lines, meta, ctx, slice);
  };
}

// unified's Plugin type distributes over a union output and then asks for a transformer that
// returns a DocumentRoot and one that returns a NewsRoot; ours returns either, as ItemRoot says.
export const remarkOfficialDocument = officialDocument as unknown as Plugin<[OfficialDocumentOptions], Root, ItemRoot>;

import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { ItemMeta } from './schema/item-meta.ts';
import type { ItemTree } from './schema/tree.ts';
import type { SourceContext } from './parse/context.ts';
import { parseDocument } from './parse/document.ts';
import { linesFromBlocks } from './parse/lines.ts';
import { parseNews } from './parse/news.ts';

export interface OfficialDocumentOptions {
  meta: ItemMeta;
  /** The whole source file, for line numbers and spans. */
  context: SourceContext;
  /** Where the item's slice (the file being processed) starts in the source. */
  offset: number;
}

declare module 'vfile' {
  interface DataMap {
    item: ItemTree;
  }
}

/**
 * remark plugin: reads the official-document structure (or a news item's) off the blocks remark
 * parsed, and puts the typed tree in `file.data.item`. The mdast tree itself is left as it is.
 */
export const remarkOfficialDocument: Plugin<[OfficialDocumentOptions], Root> = (options) => {
  const { meta, context, offset } = options;
  return (tree, file) => {
    const lines = linesFromBlocks(tree, String(file.value), offset, context);
    file.data.item = meta.kind === 'opinion'
      ? parseDocument(lines, meta, context, offset)
      : parseNews(lines, meta, context, offset);
  };
};

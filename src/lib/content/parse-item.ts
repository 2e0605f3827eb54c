// The one entry the item loaders call: one item of a source through the unified pipeline, its
// problems turned into the ContentErrors every content check reports with.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ContentError, ContentErrors } from '../errors.ts';
import { remarkOfficialDocument } from '../remark-official-document.ts';
import type { ItemMeta } from '../schema/item-meta.ts';
import type { ItemRoot } from '../tree/nodes.ts';

/**
 * Parses the item at [from, to) of `source` (the whole text of the source file `file`, its path as
 * shown in errors) into its unist tree. Every problem found is thrown at once, as ContentErrors in
 * source order (`file:line:col: message`); a returned tree is one with no problem at all.
 */
export function parseItem(source: string, from: number, to: number, meta: ItemMeta, file: string): ItemRoot {
  const vfile = new VFile({ path: file, value: source });
  const processor = unified().use(remarkParse).use(remarkOfficialDocument, { meta, slice: [from, to] });
  let root: ItemRoot | undefined;
  try {
    // remark parses the slice alone; the plugin reads it against the whole file (vfile.value).
    root = processor.runSync(processor.parse(source.slice(from, to)), vfile);
  } catch (e) {
    // A fatal problem (file.fail) is thrown after it is recorded; anything else is a bug of ours.
    if (!vfile.messages.includes(e as never)) throw e;
  }
  if (vfile.messages.length || !root) {
    const inOrder = vfile.messages.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw new ContentErrors(inOrder.map((m) => ContentError.fromVFileMessage(m, file)));
  }
  return root;
}

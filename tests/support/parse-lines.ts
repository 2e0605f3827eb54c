// Parses a small synthetic text, one paragraph a line (the first is the title), with the build's
// own pipeline: its tree (null when the parse stopped) and every message as `line:rule: reason`.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkOfficialDocument } from '../../src/lib/remark-official-document.ts';
import { ItemMeta } from '../../src/lib/schema/item-meta.ts';
import type { DocumentRoot, ItemRoot } from '../../src/lib/tree/nodes.ts';

export function parseLines(lines: string[], kind: ItemMeta['kind'] = 'opinion', issuers = ['某某部']) {
  const text = `${lines.join('\n')}\n`;
  const meta = ItemMeta.parse({
    id: 'test-doc',
    kind,
    source: 'test.txt',
    begins: lines[0],
    title: lines[0],
    issuers,
    published: '2025-01-01',
  });
  const file = new VFile({ path: 'test.txt', value: text });
  const processor = unified().use(remarkParse).use(remarkOfficialDocument, { meta });
  let root: ItemRoot | null = null;
  try {
    root = processor.runSync(processor.parse(text), file) as ItemRoot;
  } catch (e) {
    if (!file.messages.includes(e as never)) throw e;
  }
  return { root: root as DocumentRoot | null, text, messages: file.messages.map((m) => `${m.line}:${m.ruleId}: ${m.reason}`) };
}

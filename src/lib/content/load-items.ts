import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, ContentErrors } from '../errors.ts';
import { ItemMeta } from '../schema/item-meta.ts';
import type { ItemTree } from '../schema/tree.ts';
import { outlineOf } from '../tree/outline.ts';
import { parseItem } from './parse-item.ts';
import { decodeUtf8 } from './text-file.ts';
import { readYaml } from './yaml-file.ts';

/** Sources larger than this are refused: no policy document is anywhere near it. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export interface LoadedItem {
  meta: ItemMeta;
  /** Path of the source, relative to the project root, as shown in errors. */
  sourceFile: string;
  source: string;
  /** Where the item lies in its source: [start, end). */
  slice: [number, number];
  tree: ItemTree;
}

/** Reads content/items/*.yaml, cuts each item out of its source and parses it. */
export function loadItems(contentDir: string, root = process.cwd()): LoadedItem[] {
  const itemsDir = join(contentDir, 'items');
  const files = readdirSync(itemsDir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new ContentError(relative(root, itemsDir), undefined, 'no item metadata files (*.yaml)');
  const errors: ContentError[] = [];
  const metas: MetaFile[] = [];
  for (const f of files) {
    try {
      const path = join(itemsDir, f);
      metas.push({ meta: readYaml(path, ItemMeta, root), file: relative(root, path), lineOf: topLevelKeyLines(readFileSync(path, 'utf8')) });
    } catch (e) {
      errors.push(...collectErrors(e));
    }
  }
  checkUniqueIds(metas, errors);
  if (errors.length) throw new ContentErrors(errors);

  const bySource = Map.groupBy(metas, (m) => m.meta.source);
  const items: LoadedItem[] = [];
  for (const [source, group] of bySource) {
    try {
      const path = join(contentDir, 'sources', source);
      if (!existsSync(path)) {
        const { file, lineOf } = group[0]!;
        throw new ContentError(file, lineOf('source'), `source: ${source} is not in ${relative(root, join(contentDir, 'sources'))}/`);
      }
      items.push(...cutSource(path, group, root));
    } catch (e) {
      errors.push(...collectErrors(e));
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return items;
}

interface MetaFile {
  meta: ItemMeta;
  file: string;
  /** Line of each top-level key, so errors found after the schema still point at a line. */
  lineOf: (key: string) => number | undefined;
}

function topLevelKeyLines(text: string): (key: string) => number | undefined {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const key = /^([A-Za-z]\w*):/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, i + 1);
  });
  return (key) => lines.get(key);
}

function checkUniqueIds(metas: MetaFile[], errors: ContentError[]) {
  const seen = new Map<string, string>();
  for (const { meta, file, lineOf } of metas) {
    const other = seen.get(meta.id);
    if (other) errors.push(new ContentError(file, lineOf('id'), `id "${meta.id}" is already used by ${other}`));
    seen.set(meta.id, file);
  }
}

function collectErrors(e: unknown): ContentError[] {
  if (e instanceof ContentErrors) return e.errors;
  if (e instanceof ContentError) return [e];
  throw e;
}

function readSource(path: string, root: string): { file: string; text: string } {
  const file = relative(root, path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ContentError(file, undefined, 'source file not found (named by an item under content/items/)');
  }
  if (size === 0) throw new ContentError(file, undefined, 'the source file is empty');
  if (size > MAX_SOURCE_BYTES) throw new ContentError(file, undefined, `the source file is ${size} bytes; the limit is ${MAX_SOURCE_BYTES}`);
  return { file, text: decodeUtf8(readFileSync(path), file) };
}

function cutSource(path: string, group: MetaFile[], root: string): LoadedItem[] {
  const { file, text } = readSource(path, root);
  const located = group
    .map((m) => ({ meta: m.meta, start: locate(text, m) }))
    .sort((a, b) => a.start - b.start);
  return located.map(({ meta, start }, i) => {
    const from = i === 0 ? 0 : start;
    const to = located[i + 1]?.start ?? text.length;
    return { meta, sourceFile: file, source: text, slice: [from, to], tree: outlineOf(parseItem(text, from, to, meta, file)) };
  });
}

/** Where an item begins: `begins` must open exactly one line of the source. */
function locate(text: string, { meta, file: metaFile, lineOf }: MetaFile): number {
  const hits: number[] = [];
  for (let at = text.indexOf(meta.begins); at >= 0; at = text.indexOf(meta.begins, at + 1)) {
    if (/(^|\n)[\s\uFEFF]*$/.test(text.slice(Math.max(0, at - 8), at)) || at === 0) hits.push(at);
  }
  if (hits.length === 0) {
    throw new ContentError(metaFile, lineOf('begins'), `begins: ${JSON.stringify(meta.begins)} does not open any line of ${meta.source}`);
  }
  if (hits.length > 1) {
    throw new ContentError(metaFile, lineOf('begins'), `begins: ${JSON.stringify(meta.begins)} opens ${hits.length} lines of ${meta.source}; quote more of it`);
  }
  return hits[0]!;
}

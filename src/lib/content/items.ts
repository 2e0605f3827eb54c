// Reads content/items/*.yaml, cuts each item out of its source by the text it `begins` with, and
// runs the unified pipeline on it. The items loader (src/lib/content/loaders.ts) stores what this
// returns in Astro's content layer; tests and the bench call it directly.
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError } from '../errors.ts';
import { issuerId } from '../feeds/issuers.ts';
import { ItemMeta, isDocumentKind } from '../schema/item-meta.ts';
import type { ItemRoot } from '../tree/nodes.ts';
import { ErrorCollector } from './collect.ts';
import { parseItem } from './parse-item.ts';
import { isPresent, readContentFile, yamlFilesIn } from './content-file.ts';
import { type SourceText, placedInSource, sourceText } from './source-text.ts';
import { readYamlFile, withLines, type YamlWithLines } from './yaml.ts';

/**
 * Lines a source may have. The largest document accepted (999 measures, 2 MB) has about 2,000; a
 * flood of blank lines or one-sentence paragraphs, within the size limit, took a minute to check.
 */
export const MAX_SOURCE_LINES = 100_000;

/** One item as parsed: plain data, as the content layer stores it. */
export interface ParsedItem {
  meta: ItemMeta;
  /** Path of the metadata file, relative to the project root. */
  metaFile: string;
  /** Path of the source, relative to the project root, as shown in errors. */
  sourceFile: string;
  /** Where the item lies in its source: [start, end). */
  slice: [number, number];
  root: ItemRoot;
  /** Its place in the corpus: items of one source together, in source order. */
  order: number;
}

/** The zod schema of a ParsedItem, as the items collection stores it. */
export const ParsedItemSchema = z.object({
  /** The item's metadata file, validated. */
  meta: ItemMeta,
  /** Path of the metadata file, relative to the project root. */
  metaFile: z.string(),
  /** Path of the source, relative to the project root. */
  sourceFile: z.string(),
  /** Where the item lies in its source: [start, end). */
  slice: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** Its place in the corpus: items of one source together, in source order. */
  order: z.number().int().nonnegative(),
  /** The unist tree the pipeline made of it (src/lib/tree/nodes.ts). */
  root: z.custom<ItemRoot>((v) => typeof v === 'object' && v !== null && 'type' in v),
});

/** Every item of a content directory, parsed; throws ContentErrors with every problem found. */
export function readItems(contentDir: string, root = process.cwd()): ParsedItem[] {
  const itemsDir = join(contentDir, 'items');
  if (!isPresent(itemsDir)) throw new ContentError(relative(root, itemsDir), undefined, 'the items folder is missing: each document or news item needs a file there');
  const names = yamlFilesIn(itemsDir, root);
  if (names.length === 0) throw new ContentError(relative(root, itemsDir), undefined, 'no item metadata files (*.yaml)');
  const problems = new ErrorCollector();
  const metas = names.flatMap((name) => {
    const file = problems.attempt(() => withLines(readYamlFile(join(itemsDir, name), ItemMeta, { contentDir, kind: 'item', root })));
    return file ? [file] : [];
  });
  checkUniqueIds(metas, problems);
  checkIdsAsAddresses(metas, problems);
  checkIssuers(metas, problems);
  checkExplains(metas, problems);
  problems.throwIfAny();

  const items: Array<Omit<ParsedItem, 'order'>> = [];
  for (const [source, group] of Map.groupBy(metas, (m) => m.data.source)) {
    problems.attempt(() => items.push(...cutSource(contentDir, source, group, root)));
  }
  problems.throwIfAny();
  return items.map((item, order) => ({ ...item, order }));
}

/** `explains:` names another item of the corpus, a document (the references and the JSON-LD link to it). */
function checkExplains(metas: Array<YamlWithLines<ItemMeta>>, problems: ErrorCollector) {
  const kinds = new Map(metas.map((m) => [m.data.id, m.data.kind]));
  for (const m of metas) {
    const target = m.data.explains;
    if (target === undefined) continue;
    const kind = kinds.get(target);
    if (target === m.data.id) problems.errors.push(m.error(['explains'], `explains: an item cannot explain itself`));
    else if (!kind) problems.errors.push(m.error(['explains'], `explains: no item has the id "${target}"`));
    else if (!isDocumentKind(kind)) problems.errors.push(m.error(['explains'], `explains: "${target}" is a ${kind} item, not a document`));
  }
}

/**
 * Ids the site's own addresses take beside an item's (/data/corpus.qdpx is the whole corpus where
 * /data/<doc>.qdpx is one document; /documents/by/ lists by facet where /documents/<doc>/ is one).
 */
export const RESERVED_IDS: ReadonlyMap<string, string> = new Map([
  ['corpus', '/data/corpus.qdpx and /data/corpus.json are the whole corpus'],
  ['by', '/documents/by/ lists the documents by issuer, kind and year'],
  ['page', '/documents/page/2/, /news/page/2/, /targets/page/2/, /instruments/page/2/ and /compare/page/2/ and on are the later pages of those lists'],
  ['index', 'index is the name of every folder page'],
]);
/** The longest id: it names folders and files (/documents/<id>/, /data/<id>.akn.xml), and file systems allow 255 bytes. */
export const MAX_ID_LENGTH = 100;

/** An id must be able to name its pages: not one of the site's own addresses, not too long for a file name. */
function checkIdsAsAddresses(metas: Array<YamlWithLines<ItemMeta>>, problems: ErrorCollector) {
  for (const m of metas) {
    const { id } = m.data;
    const reserved = RESERVED_IDS.get(id);
    if (reserved) problems.errors.push(m.error(['id'], `id "${id}" is taken by the site's own pages (${reserved}); choose another`));
    if (id.length > MAX_ID_LENGTH) problems.errors.push(m.error(['id'], `id is ${id.length} characters long; the limit is ${MAX_ID_LENGTH} (it names the item's folders and files)`));
  }
}

/**
 * Issuers as their pages and feeds name them (/documents/by/issuer/<id>/, /feeds/issuers/<id>.xml,
 * the toneless pinyin of the name): a name must give an id, be written without spaces at its ends,
 * and not give the id of another name (某某部 and 某某布 are both moumoubu).
 */
function checkIssuers(metas: Array<YamlWithLines<ItemMeta>>, problems: ErrorCollector) {
  const byId = new Map<string, { name: string; file: string }>();
  for (const m of metas) {
    m.data.issuers.forEach((name, i) => {
      const at = ['issuers', i];
      if (name.trim() !== name) {
        problems.errors.push(m.error(at, `issuers.${i}: ${JSON.stringify(name)} has spaces at its ends; write the name as printed`));
        return;
      }
      let id: string;
      try {
        id = issuerId(name);
      } catch {
        id = '';
      }
      if (!id) {
        problems.errors.push(m.error(at, `issuers.${i}: ${JSON.stringify(name)} is no name: it gives no address for its page and feed`));
        return;
      }
      const other = byId.get(id);
      if (other && other.name !== name) {
        problems.errors.push(m.error(at, `issuers.${i}: "${name}" and "${other.name}" (${other.file}) both give the address "${id}" for their page and feed; a page and a feed cannot hold both`));
      } else if (!other) byId.set(id, { name, file: m.file });
    });
  }
}

function checkUniqueIds(metas: Array<YamlWithLines<ItemMeta>>, problems: ErrorCollector) {
  const seen = new Map<string, string>();
  for (const m of metas) {
    const other = seen.get(m.data.id);
    if (other) problems.errors.push(m.error(['id'], `id "${m.data.id}" is already used by ${other}`));
    seen.set(m.data.id, m.file);
  }
}

/** A source's text (a saved page's derived from it: source-text.ts), within the line limit. */
function readSource(contentDir: string, path: string, file: string, metaFile: YamlWithLines<ItemMeta>, root: string): SourceText {
  if (!isPresent(path)) throw metaFile.error(['source'], `source: ${metaFile.data.source} is not in ${relative(root, join(path, '..'))}/`);
  const source = sourceText(readContentFile(path, contentDir, 'source', root), file);
  const { text } = source;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  if (lines > MAX_SOURCE_LINES) throw new ContentError(file, undefined, `the source has ${lines} lines; the limit is ${MAX_SOURCE_LINES}`);
  return source;
}

function cutSource(contentDir: string, source: string, group: Array<YamlWithLines<ItemMeta>>, root: string): Array<Omit<ParsedItem, 'order'>> {
  const path = join(contentDir, 'sources', source);
  const file = relative(root, path);
  const read = readSource(contentDir, path, file, group[0]!, root);
  const { text } = read;
  const located = group.map((m) => ({ m, start: locate(text, m) })).sort((a, b) => a.start - b.start);
  const problems = new ErrorCollector();
  const items = located.flatMap(({ m }, i) => {
    const from = i === 0 ? 0 : located[i]!.start;
    const to = located[i + 1]?.start ?? text.length;
    const root = problems.attempt(() => {
      try {
        return parseItem(text, from, to, m.data, file);
      } catch (e) {
        throw placedInSource(e, read);
      }
    });
    return root ? [{ meta: m.data, metaFile: m.file, sourceFile: file, slice: [from, to] as [number, number], root }] : [];
  });
  problems.throwIfAny();
  return items;
}

/** Where an item begins: `begins` must open exactly one line of the source. */
function locate(text: string, m: YamlWithLines<ItemMeta>): number {
  const { begins, source } = m.data;
  const hits: number[] = [];
  for (let at = text.indexOf(begins); at >= 0; at = text.indexOf(begins, at + 1)) {
    if (at === 0 || /(^|\n)[\s\uFEFF]*$/.test(text.slice(Math.max(0, at - 8), at))) hits.push(at);
  }
  if (hits.length === 0) throw m.error(['begins'], `begins: ${JSON.stringify(begins)} does not open any line of ${source}`);
  if (hits.length > 1) throw m.error(['begins'], `begins: ${JSON.stringify(begins)} opens ${hits.length} lines of ${source}; quote more of it`);
  return hits[0]!;
}

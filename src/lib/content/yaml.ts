// The one reader of YAML content files. It validates a file against its zod schema, reports each
// problem as file:line: what is wrong, and keeps the line of every value, so that checks made
// later against the corpus (a quote that is not in its sentence…) still point at a line. What it
// returns is plain data: it goes through Astro's content layer store unchanged.
import { relative } from 'node:path';
import { isAlias, isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';
import { z } from 'zod';
import { ContentError, ContentErrors } from '../errors.ts';
import { findForbiddenCharacter } from './characters.ts';
import { isPresent, readContentFile, type ContentFileKind } from './content-file.ts';
import { decodeUtf8 } from './text-file.ts';

/** Where a YAML file lies and what kind it is (for the containment check and the size limit). */
export interface YamlPlace {
  contentDir: string;
  kind: ContentFileKind;
  root?: string | undefined;
}

/**
 * No content file needs an alias (the project's use none), and a few can be a resource bomb
 * ("a: &a [x, x…]; b: [*a, *a…]"): a handful is allowed, for a hand-written file that repeats a list.
 */
export const MAX_YAML_ALIASES = 16;
/** The deepest nesting any schema asks for is 4 levels; far below the parser's own stack limit. */
export const MAX_YAML_DEPTH = 16;

export type YamlPath = ReadonlyArray<string | number>;

/** A validated YAML file and the line of each of its values. */
export interface YamlFile<T> {
  /** Path relative to the project root, as errors show it. */
  file: string;
  data: T;
  /** Line of the value at each path (keys joined by `/`); a map entry's line is its key's. */
  lines: Record<string, number>;
}

/** The file and its line locator, as the checks use them. */
export interface YamlWithLines<T> extends YamlFile<T> {
  /** Line of the node at a path, or of its nearest ancestor that exists. */
  lineOf: (path: YamlPath) => number | undefined;
  /** A ContentError at the line of `path`. */
  error: (path: YamlPath, problem: string) => ContentError;
}

const key = (path: YamlPath) => path.join('/');

/** Reads and validates a YAML file; throws ContentErrors naming each problem's line. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, place: YamlPlace): YamlFile<z.infer<S>> {
  const root = place.root ?? process.cwd();
  const file = relative(root, path);
  const text = decodeUtf8(readContentFile(path, place.contentDir, place.kind, root), file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    // A stack overflow is reported once per level it unwinds: each distinct problem once is enough.
    const distinct = new Map(doc.errors.map((e) => [`${counter.linePos(e.pos[0]).line}\0${yamlProblem(e.message)}`, e]));
    throw new ContentErrors([...distinct.keys()].map((k) => new ContentError(file, Number(k.split('\0')[0]), `YAML: ${k.split('\0')[1]}`)));
  }
  // A tag YAML does not know (!foo, !!js/function) would become a plain string, quietly.
  const unknownTags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unknownTags.length) {
    throw new ContentErrors(
      unknownTags.map((w) => {
        const at = counter.linePos(w.pos[0]);
        const tag = text.slice(w.pos[0], w.pos[1]).split(/\s/)[0]!;
        return new ContentError(file, at.line, `YAML: unknown tag ${JSON.stringify(tag)}; content files use plain values (remove the tag)`, at.col);
      }),
    );
  }
  checkShape(doc, file, counter);
  foldAsChinese(doc, text);
  const lines = lineTable(doc.contents, counter);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES * 10 });
  } catch (e) {
    // checkShape keeps the alias count far below this; a throw here is the library's last guard.
    throw new ContentError(file, undefined, `YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  checkStrings(value, [], file, lines);
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ContentErrors(
      result.error.issues.map((issue) => {
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        // An unknown key is pointed at where it is written, not at the map that holds it.
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        return new ContentError(file, nearestLine(lines, at as YamlPath), `${where}${issue.message}`);
      }),
    );
  }
  return { file, data: result.data, lines };
}

/** The parser's message, its first line; its own stack overflow said as what it means. */
function yamlProblem(message: string): string {
  const first = message.split('\n')[0]!;
  return /call stack/i.test(first) ? `nested more than ${MAX_YAML_DEPTH} levels deep` : first;
}

/** A Chinese character or Chinese punctuation (full-width forms, curly quotes, the dash and ellipsis Chinese uses). */
const CJK = String.raw`[\p{Script=Han}\u3001-\u303f\uff01-\uff60\u2018\u2019\u201c\u201d\u2014\u2026]`;
const FOLDED_BETWEEN_CJK = new RegExp(`(${CJK}) (?=(${CJK}))`, 'gu');

/**
 * YAML folds each line break of a plain, quoted or folded (`>`) scalar into a space, as English is
 * written; Chinese is written without spaces, so a text wrapped between two Chinese characters
 * (a note's reason, a term's definition) would show a space the editor never typed. Such a fold is
 * taken back; a space the file writes inside a line (中共中央 国务院) stays.
 */
export function foldAsChinese(doc: Document, text: string): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || node.type === Scalar.BLOCK_LITERAL || !node.range) return;
      const written = text.slice(node.range[0], node.range[1]);
      if (!written.includes('\n')) return;
      node.value = node.value.replace(FOLDED_BETWEEN_CJK, (same, before: string, after: string) =>
        written.includes(`${before} ${after}`) ? same : before,
      );
    },
  });
}

/** Aliases and nesting within their limits, reported at the line that passes them. */
function checkShape(doc: Document, file: string, counter: LineCounter): void {
  let aliases = 0;
  let problem: ContentError | undefined;
  const lineOf = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined);
  visit(doc, (_key, node, path) => {
    if (isAlias(node) && ++aliases > MAX_YAML_ALIASES) {
      problem = new ContentError(file, lineOf(node), `YAML: more than ${MAX_YAML_ALIASES} aliases (*${node.source}); write the values out`);
      return visit.BREAK;
    }
    if (isCollection(node) && path.filter(isCollection).length >= MAX_YAML_DEPTH) {
      problem = new ContentError(file, lineOf(node), `YAML: nested more than ${MAX_YAML_DEPTH} levels deep`);
      return visit.BREAK;
    }
    return undefined;
  });
  if (problem) throw problem;
}

/**
 * Every decoded key and string, held to the rules of source text: YAML escapes ("\0", "\x1b",
 * "\uFFFE") make characters that the file's bytes do not show.
 */
function checkStrings(value: unknown, path: Array<string | number>, file: string, lines: Record<string, number>): void {
  const check = (text: string, at: Array<string | number>) => {
    const found = findForbiddenCharacter(text);
    if (!found) return;
    // The path may hold the very character: it is shown escaped, never printed raw.
    const where = at.map((seg) => String(seg).replace(/[\p{C}\u202A-\u202E\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`));
    throw new ContentError(file, nearestLine(lines, at), `${where.length ? `${where.join('.')}: ` : ''}${found.why.replace(/; remove it$/, '')}, written as an escape; remove it`);
  };
  if (typeof value === 'string') check(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => checkStrings(v, [...path, i], file, lines));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      check(k, [...path, k]);
      checkStrings(v, [...path, k], file, lines);
    }
  }
}

/** Like readYamlFile, for an optional file: a missing one is `undefined`. */
export function readOptionalYamlFile<S extends z.ZodType>(path: string, schema: S, place: YamlPlace): YamlFile<z.infer<S>> | undefined {
  return isPresent(path) ? readYamlFile(path, schema, place) : undefined;
}

/** The zod schema of a YamlFile whose data has `schema` (for the content layer's collections). */
export function yamlFileSchema<S extends z.ZodType>(schema: S) {
  return z.object({
    /** Path relative to the project root. */
    file: z.string(),
    /** The validated contents. */
    data: schema,
    /** Line of the value at each path (keys joined by `/`). */
    lines: z.record(z.string(), z.number().int().positive()),
  });
}

/** The checks' view of a file: its line locator and an error maker. */
export function withLines<T>(f: YamlFile<T>): YamlWithLines<T> {
  const lineOf = (path: YamlPath) => nearestLine(f.lines, path);
  return { ...f, lineOf, error: (path, problem) => new ContentError(f.file, lineOf(path), problem) };
}

/** An absent optional file, read as `empty`: its errors name the file without a line. */
export function emptyYamlFile<T>(file: string, empty: T): YamlWithLines<T> {
  return withLines({ file, data: empty, lines: {} });
}

function nearestLine(lines: Record<string, number>, path: YamlPath): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    // Own keys only: a YAML key "constructor" or "__proto__" must not find Object's.
    const k = key(path.slice(0, n));
    if (Object.hasOwn(lines, k)) return lines[k];
  }
  return undefined;
}

/** One walk of the document: the line of every map entry and sequence item, by path. */
function lineTable(root: unknown, counter: LineCounter): Record<string, number> {
  // No prototype: a key "__proto__" is a line like any other, never the object's prototype.
  const lines: Record<string, number> = Object.create(null);
  const lineOfNode = (node: unknown) => {
    const at = isNode(node) ? node.range?.[0] : undefined;
    return at === undefined ? undefined : counter.linePos(at).line;
  };
  const walk = (node: unknown, path: Array<string | number>) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof name !== 'string' && typeof name !== 'number') continue;
        const child = [...path, name];
        const line = lineOfNode(pair.key) ?? lineOfNode(pair.value);
        if (line !== undefined && !Object.hasOwn(lines, key(child))) lines[key(child)] = line;
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = [...path, i];
        const line = lineOfNode(item);
        if (line !== undefined) lines[key(child)] = line;
        walk(item, child);
      });
    }
  };
  const top = lineOfNode(root);
  if (top !== undefined) lines[''] = top;
  walk(root, []);
  return lines;
}

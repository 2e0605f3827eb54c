// The one reader of YAML content files. It validates a file against its zod schema, reports each
// problem as file:line: what is wrong, and keeps the line of every value, so that checks made
// later against the corpus (a quote that is not in its sentence…) still point at a line. What it
// returns is plain data: it goes through Astro's content layer store unchanged.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ContentError, ContentErrors } from '../errors.ts';
import { decodeUtf8 } from './text-file.ts';

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
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): YamlFile<z.infer<S>> {
  const file = relative(root, path);
  const text = decodeUtf8(readFileSync(path), file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    throw new ContentErrors(doc.errors.map((e) => new ContentError(file, counter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`)));
  }
  const lines = lineTable(doc.contents, counter);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    throw new ContentErrors(
      result.error.issues.map((issue) => {
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        return new ContentError(file, nearestLine(lines, issue.path as YamlPath), `${where}${issue.message}`);
      }),
    );
  }
  return { file, data: result.data, lines };
}

/** Like readYamlFile, for an optional file: a missing one is `undefined`. */
export function readOptionalYamlFile<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): YamlFile<z.infer<S>> | undefined {
  return existsSync(path) ? readYamlFile(path, schema, root) : undefined;
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
    const line = lines[key(path.slice(0, n))];
    if (line !== undefined) return line;
  }
  return undefined;
}

/** One walk of the document: the line of every map entry and sequence item, by path. */
function lineTable(root: unknown, counter: LineCounter): Record<string, number> {
  const lines: Record<string, number> = {};
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
        if (line !== undefined && lines[key(child)] === undefined) lines[key(child)] = line;
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

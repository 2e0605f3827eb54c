import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from '../errors.ts';
import { readYaml } from './yaml-file.ts';

export type YamlPath = ReadonlyArray<string | number>;

/** A validated YAML file that still knows the line of each value, for checks made after the schema's. */
export interface YamlWithLines<T> {
  file: string;
  data: T;
  lineOf: (path: YamlPath) => number | undefined;
  /** A ContentError at the line of `path`. */
  error: (path: YamlPath, problem: string) => ContentError;
}

export function readYamlWithLines<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): YamlWithLines<z.infer<S>> {
  const data = readYaml(path, schema, root);
  const file = relative(root, path);
  const lineOf = yamlLineLocator(readFileSync(path, 'utf8'));
  return { file, data, lineOf, error: (at, problem) => new ContentError(file, lineOf(at), problem) };
}

/**
 * Annotation files are optional: a corpus may come without a glossary or thesaurus yet. A missing
 * file reads as `empty`; a present one is validated as usual.
 */
export function readOptionalYamlWithLines<S extends z.ZodType>(path: string, schema: S, empty: z.infer<S>, root = process.cwd()): YamlWithLines<z.infer<S>> {
  if (existsSync(path)) return readYamlWithLines(path, schema, root);
  const file = relative(root, path);
  return { file, data: empty, lineOf: () => undefined, error: (_at, problem) => new ContentError(file, undefined, problem) };
}

/** Line of the node at a path (a map entry's key line), or of its nearest ancestor that exists. */
export function yamlLineLocator(text: string): (path: YamlPath) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOfNode = (node: unknown) => {
    const range = (node as { range?: readonly number[] } | null)?.range;
    return range?.[0] === undefined ? undefined : counter.linePos(range[0]).line;
  };
  return (path) => {
    let node: unknown = doc.contents;
    let best = lineOfNode(node);
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
        if (!pair) break;
        best = lineOfNode(pair.key) ?? best;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
        node = node.items[step];
        best = lineOfNode(node) ?? best;
      } else break;
    }
    return best;
  };
}

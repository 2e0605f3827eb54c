import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { readYaml } from '../content/yaml-file.ts';

export type YamlPath = ReadonlyArray<string | number>;

/** A validated YAML file that can still say on which line any of its values sits. */
export interface LocatedYaml<T> {
  /** Path relative to the project root, as errors show it. */
  file: string;
  data: T;
  /** 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf: (path: YamlPath) => number | undefined;
}

/** readYaml validates (and reports schema errors by line); a second parse keeps the node ranges for later checks. */
export function readLocatedYaml<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): LocatedYaml<z.infer<S>> {
  const data = readYaml(path, schema, root);
  return { file: relative(root, path), data, lineOf: lineLocator(readFileSync(path, 'utf8')) };
}

/** For a map key, the line of the key (`m14:`), not of its value, which may start a line later. */
export function lineLocator(text: string): (path: YamlPath) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const line = (node: unknown) => {
    const range = (node as { range?: [number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return (path) => {
    let node: unknown = doc.contents;
    let best = line(node);
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
        if (!pair) break;
        best = line(pair.key) ?? best;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        node = node.items[step];
        best = line(node) ?? best;
      } else break;
    }
    return best;
  };
}

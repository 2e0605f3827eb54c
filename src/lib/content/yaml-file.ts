import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError, ContentErrors } from '../errors.ts';
import { decodeUtf8 } from './text-file.ts';

/** Reads a YAML file and validates it, reporting each problem as file:line: what is wrong. */
export function readYaml<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): z.infer<S> {
  const file = relative(root, path);
  const text = decodeUtf8(readFileSync(path), file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw new ContentErrors(doc.errors.map((e) => new ContentError(file, lineCounter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`)));
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number] } | undefined;
      const parentNode = doc.getIn(issue.path.slice(0, -1) as Array<string | number>, true) as { range?: [number, number] } | undefined;
      const offset = node?.range?.[0] ?? parentNode?.range?.[0];
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      return new ContentError(file, offset === undefined ? undefined : lineCounter.linePos(offset).line, `${where}${issue.message}`);
    }),
  );
}

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { defaultContentDir } from '../corpus.ts';
import { readYaml } from '../content/yaml-file.ts';
import { type Note, NotesFile } from './schema.ts';

/** A note as read from its file, with where it is written so errors can point there. */
export interface LoadedNote extends Note {
  file: string;
  /** Line of the note's first field. */
  line: number;
  /** Line of each field, for errors about one field (a quote that is not found…). */
  fieldLines: Partial<Record<keyof Note, number>>;
}

export function notesPath(contentDir = defaultContentDir()): string {
  return join(contentDir, 'notes.yaml');
}

/** Reads and validates content/notes.yaml (schema only; `checkNotes` compares it with the corpus). */
export function loadNotes(path = notesPath(), root = process.cwd()): LoadedNote[] {
  // Annotations are optional: a corpus without notes.yaml simply has none.
  if (!existsSync(path)) return [];
  const notes = readYaml(path, NotesFile, root);
  const file = relative(root, path);
  const lines = fieldLinesOf(readFileSync(path, 'utf8'));
  return notes.map((note, i) => ({ ...note, file, line: lines[i]?.line ?? 1, fieldLines: lines[i]?.fields ?? {} }));
}

/** Lines of each item of a top-level YAML sequence and of its fields (readYaml keeps none). */
function fieldLinesOf(text: string): Array<{ line: number; fields: Record<string, number> }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return [];
  return doc.contents.items.map((item) => {
    const fields: Record<string, number> = {};
    if (isMap(item)) {
      for (const pair of item.items) {
        if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
        const at = (isNode(pair.value) ? pair.value : pair.key).range?.[0];
        if (at !== undefined) fields[pair.key.value] = lineCounter.linePos(at).line;
      }
    }
    const start = isNode(item) ? (item.range?.[0] ?? 0) : 0;
    return { line: lineCounter.linePos(start).line, fields };
  });
}

import { withLines, type YamlFile } from '../content/yaml.ts';
import type { Note, NotesFile } from './schema.ts';

/** A note as read from its file, with where it is written so errors can point there. */
export interface LoadedNote extends Note {
  file: string;
  /** Line of the note's first field. */
  line: number;
  /** Line of each field, for errors about one field (a quote that is not found…). */
  fieldLines: Partial<Record<keyof Note, number>>;
}

/** The notes of content/notes.yaml with their lines (`checkNotes` compares them with the corpus). */
export function notesOf(file: YamlFile<NotesFile>): LoadedNote[] {
  const { lineOf } = withLines(file);
  return file.data.map((note, i) => ({
    ...note,
    file: file.file,
    line: lineOf([i]) ?? 1,
    fieldLines: Object.fromEntries(
      Object.keys(note).flatMap((k) => (file.lines[`${i}/${k}`] === undefined ? [] : [[k, file.lines[`${i}/${k}`]!]])),
    ),
  }));
}

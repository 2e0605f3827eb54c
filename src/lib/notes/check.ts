import type { Corpus, CorpusEntry } from '../corpus.ts';
import { ContentError, ContentErrors } from '../errors.ts';
import type { Sentence } from '../schema/tree.ts';
import type { LoadedNote } from './load.ts';
import type { Note } from './schema.ts';

/** A note proven against the corpus, with where its quote lies in the sentence text. */
export interface CheckedNote extends LoadedNote {
  /** [start, end) of the quote in the sentence text, in UTF-16 code units. */
  start: number;
  end: number;
}

/**
 * Checks every note against the corpus: the item and sentence exist, the quote occurs in the
 * sentence exactly once, and any repair or cross-reference exists. Reports all problems at once.
 */
export function checkNotes(notes: readonly LoadedNote[], corpus: Corpus): CheckedNote[] {
  const errors: ContentError[] = [];
  const checked: CheckedNote[] = [];
  const seen = new Map<string, number>();
  for (const note of notes) {
    const fail = (field: keyof Note, problem: string) =>
      errors.push(new ContentError(note.file, note.fieldLines[field] ?? note.line, `note "${note.id}": ${problem}`));
    const first = seen.get(note.id);
    if (first !== undefined) fail('id', `the id is already used by the note at line ${first}`);
    else seen.set(note.id, note.line);
    const result = checkNote(note, corpus, fail);
    if (result) checked.push({ ...note, ...result });
  }
  if (errors.length) throw new ContentErrors(errors);
  return checked;
}

type Fail = (field: keyof Note, problem: string) => void;

function checkNote(note: LoadedNote, corpus: Corpus, fail: Fail): { start: number; end: number } | undefined {
  const entry = corpus.byId(note.item);
  if (!entry) return void fail('item', `unknown item "${note.item}" (no content/items/*.yaml has this id)`);
  const sentence = sentenceOf(entry, note.sentence);
  if (!sentence) return void fail('sentence', `unknown sentence "${note.sentence}" in ${note.item}`);
  for (const other of note.see ?? []) {
    if (other === note.sentence) fail('see', `"see" names the note's own sentence ${other}`);
    else if (!sentenceOf(entry, other)) fail('see', `"see" names unknown sentence "${other}" in ${note.item}`);
  }
  if (note.repair !== undefined) checkRepair(note, entry, fail);
  return locateQuote(note, sentence, fail);
}

function checkRepair(note: LoadedNote, entry: CorpusEntry, fail: Fail): void {
  const repair = entry.repairs.find((r) => r.id === note.repair);
  if (!repair) fail('repair', `unknown repair "${note.repair}" in ${note.item}`);
  else if (repair.sentence !== note.sentence) {
    fail('repair', `repair ${repair.id} is in sentence ${repair.sentence}, not ${note.sentence}`);
  }
}

function locateQuote(note: LoadedNote, sentence: Sentence, fail: Fail): { start: number; end: number } | undefined {
  const hits = occurrences(sentence.text, note.quote);
  if (hits.length === 0) {
    return void fail(
      'quote',
      `quote ${JSON.stringify(note.quote)} is not in ${note.item} ${note.sentence}: ${JSON.stringify(sentence.text)}`,
    );
  }
  if (hits.length > 1) {
    return void fail(
      'quote',
      `quote ${JSON.stringify(note.quote)} occurs ${hits.length} times in ${note.item} ${note.sentence}; quote more of the words around it`,
    );
  }
  return { start: hits[0]!, end: hits[0]! + note.quote.length };
}

/** Every offset where `needle` starts, overlapping ones included (an ambiguous quote is ambiguous). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function sentenceOf(entry: CorpusEntry, id: string): Sentence | undefined {
  return entry.sentences.find((s) => s.id === id);
}

import type { YamlFile } from '../content/yaml.ts';
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { ContentError } from '../errors.ts';
import { documentUrl, measureUrl, newsUrl, notesPageHref } from '../routes.ts';
import type { Repair, Sentence } from '../schema/tree.ts';
import { type CheckedNote, checkNotes } from './check.ts';
import { notesOf } from './load.ts';
import { notesPageNumbers } from './notes-page.ts';
import type { NotesFile } from './schema.ts';

interface Placed {
  item: string;
  sentence: string;
  /** Where the sentence is read: its measure page (or document page) or news page, + #sentence. */
  url: string;
  /** Fragment id of this entry on the notes page and in the text. */
  anchor: string;
  /** The entry on the notes page that holds it: /notes/#<anchor>, or /notes/2/#<anchor> on a later page. */
  href: string;
}

/** An editorial note, placed: the quote is [start, end) of the sentence text. */
export interface NoteEntry extends Placed {
  type: 'note';
  start: number;
  end: number;
  note: CheckedNote;
}

/** A parser repair, placed: the halves meet at offset `at` of the sentence text. */
export interface RepairEntry extends Placed {
  type: 'repair';
  at: number;
  repair: Repair;
  /** The words as printed, with what the repair removed between the halves. */
  original: string;
  /** The words as we print them. */
  joined: string;
  sourceFile: string;
}

export type ApparatusEntry = NoteEntry | RepairEntry;

export interface ApparatusGroup {
  item: { id: string; title: string; url: string; kind: CorpusEntry['kind'] };
  /** In reading order; within a sentence, by position. */
  entries: ApparatusEntry[];
}

export interface Apparatus {
  /** Every item of the corpus in corpus order, each with its notes and repairs (possibly none). */
  groups: ApparatusGroup[];
  /** The marks to show in one sentence, by position (empty when it has none). */
  marksFor: (item: string, sentence: string) => ApparatusEntry[];
  notes: CheckedNote[];
}

export const noteAnchor = (id: string) => `note-${id}`;
export const repairAnchor = (item: string, id: string) => `repair-${item}-${id}`;

/** Every note and repair of the corpus, grouped by item in reading order, with per-sentence marks. */
export function buildApparatus(corpus: Corpus, notes: readonly CheckedNote[]): Apparatus {
  const bySentence = new Map<string, ApparatusEntry[]>();
  const groups: ApparatusGroup[] = [];
  const notesOf = Map.groupBy(notes, (n) => n.item);
  for (const entry of corpus.entries) {
    const place = placer(entry);
    const siblings = Map.groupBy(entry.repairs, (r) => r.sentence);
    const entries = [
      ...(notesOf.get(entry.id) ?? []).map((n) => noteEntry(n, place)),
      ...entry.repairs.map((r) => repairEntry(r, entry, place, siblings.get(r.sentence)!)),
    ];
    const order = new Map(entry.sentences.map((s, i) => [s.id, i]));
    entries.sort((a, b) => order.get(a.sentence)! - order.get(b.sentence)! || position(a) - position(b));
    for (const e of entries) {
      const key = `${e.item}#${e.sentence}`;
      const list = bySentence.get(key);
      if (list) list.push(e);
      else bySentence.set(key, [e]);
    }
    groups.push({ item: { id: entry.id, title: entry.meta.title, url: entry.url, kind: entry.kind }, entries });
  }
  // The notes page is cut into pages: the text's marks link to the page that holds each entry.
  const pages = notesPageNumbers(groups);
  for (const e of groups.flatMap((g) => g.entries)) e.href = notesPageHref(e.anchor, pages.get(e.anchor));
  return { groups, notes: [...notes], marksFor: (item, sentence) => bySentence.get(`${item}#${sentence}`) ?? [] };
}

const position = (e: ApparatusEntry) => (e.type === 'note' ? e.start : e.at);

type Place = (sentence: string) => { url: string; sentence: Sentence };

/** Where each sentence of an item is read: a measure's own page when it has one. */
function placer(entry: CorpusEntry): Place {
  const pageOf = new Map<string, string>();
  if (entry.kind === 'document') {
    for (const m of entry.measures) for (const s of m.sentences) pageOf.set(s.id, measureUrl(entry.id, m.id));
  }
  const fallback = entry.kind === 'document' ? documentUrl(entry.id) : newsUrl(entry.id);
  const sentences = new Map(entry.sentences.map((s) => [s.id, s]));
  return (id) => {
    const sentence = sentences.get(id);
    if (!sentence) throw new Error(`no sentence ${id} in ${entry.id}`);
    return { url: `${pageOf.get(id) ?? fallback}#${id}`, sentence };
  };
}

function noteEntry(note: CheckedNote, place: Place): NoteEntry {
  return {
    type: 'note',
    item: note.item,
    sentence: note.sentence,
    url: place(note.sentence).url,
    anchor: noteAnchor(note.id),
    href: notesPageHref(noteAnchor(note.id)),
    start: note.start,
    end: note.end,
    note,
  };
}

/** `siblings`: the item's repairs in the same sentence, this one among them. */
function repairEntry(repair: Repair, entry: CorpusEntry, place: Place, siblings: readonly Repair[]): RepairEntry {
  const { url, sentence } = place(repair.sentence);
  return {
    type: 'repair',
    item: entry.id,
    sentence: repair.sentence,
    url,
    anchor: repairAnchor(entry.id, repair.id),
    href: notesPageHref(repairAnchor(entry.id, repair.id)),
    at: joinPoint(repair, sentence, siblings, entry.sourceFile),
    repair,
    original: repair.before + repair.removed + repair.after,
    joined: repair.before + repair.after,
    sourceFile: entry.sourceFile,
  };
}

/**
 * Where a repair's halves meet in the sentence text: its source offset less the sentence start
 * and less what earlier repairs in the same sentence removed. Proven by its `before`/`after` text.
 */
export function joinPoint(
  repair: Repair,
  sentence: Pick<Sentence, 'id' | 'text' | 'span'>,
  siblings: readonly Repair[],
  sourceFile: string,
): number {
  const removedEarlier = siblings.filter((r) => r.span[0] < repair.span[0]).reduce((n, r) => n + (r.span[1] - r.span[0]), 0);
  const at = repair.span[0] - sentence.span[0] - removedEarlier;
  const { text } = sentence;
  if (at <= 0 || at >= text.length || !text.slice(0, at).endsWith(repair.before) || !text.startsWith(repair.after, at)) {
    throw new ContentError(
      sourceFile,
      repair.line,
      `repair ${repair.id} (${repair.before}|${repair.after}) does not fall inside sentence ${sentence.id}`,
    );
  }
  return at;
}

/** Checks the notes file against the corpus and places every note and repair. */
export function apparatusOf(corpus: Corpus, file: YamlFile<NotesFile> | undefined): Apparatus {
  return buildApparatus(corpus, checkNotes(file ? notesOf(file) : [], corpus));
}

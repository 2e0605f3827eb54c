// The plain text of an item that a REFI-QDA source holds and its selections count in: the item's
// slice of its source file byte for byte, except that each column-break repair is joined as the
// reader shows it (the blank line the parser removed is left out), so every sentence stands in it
// exactly as its text reads on the site and in corpus.json, and every quote of a tag can be
// selected as one run of characters. The raw file cannot serve: a word cut by a column break
// (提升职工岗|位技能) would be selected with the blank line inside it.
import { readFileSync } from 'node:fs';
import { HEADED_KINDS } from '../units/titles.ts';
import { resolve } from 'node:path';
import { sourceText } from '../content/source-text.ts';
import type { CorpusEntry } from '../corpus.ts';
import type { Span } from '../tree/nodes.ts';

export interface ItemText {
  item: string;
  /**
   * The text, its line ends as the source has them: LF in every source so far; a CRLF source would
   * keep its CR, one more code point per line that the positions count like any other.
   */
  text: string;
  /** Where a sentence's or heading's text begins in `text` (UTF-16 code units), by its id. */
  segmentStart: (id: string) => number | undefined;
  /** The [start, end) of a measure, article, point or news sentence in `text`, label included. */
  unitRange: (id: string) => Span | undefined;
}

export type ReadSource = (sourceFile: string) => string;

/**
 * Reads a source as the content layer did (same decoding, same checks, a saved page's text derived
 * the same way), relative to the project root.
 */
export const readSourceFile: ReadSource = (file) => sourceText(readFileSync(resolve(file)), file).text;

/**
 * The plain text of one item, with where each sentence, heading and unit stands in it. Throws when
 * a sentence does not read back at its place: the tree and the source disagree, a bug of ours.
 */
export function itemText(entry: CorpusEntry, source: string): ItemText {
  const to = entry.slice[1];
  // A byte-order mark opening the file is how it was encoded, not text of the item.
  const from = entry.slice[0] === 0 && source.startsWith('\uFEFF') ? 1 : entry.slice[0];
  const cuts = entry.repairs.map((r) => r.span).sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = from;
  for (const [a, b] of cuts) {
    text += source.slice(at, a);
    at = b;
  }
  text += source.slice(at, to);
  /** A source offset's place in the text: minus the item's start and every removed cut before it. */
  const place = (offset: number) => {
    let removed = 0;
    for (const [a, b] of cuts) if (b <= offset) removed += b - a;
    return offset - from - removed;
  };

  const segments = new Map<string, number>();
  const units = new Map<string, Span>();
  for (const s of entry.sentences) {
    const start = place(s.span[0]);
    if (text.slice(start, start + s.text.length) !== s.text)
      throw new Error(`${entry.id} ${s.id}: the sentence does not read back at its place in the item's text`);
    segments.set(s.id, start);
  }
  const heading = (id: string, words: string, span: Span) => {
    const start = text.indexOf(words, place(span[0]));
    if (start < 0 || start + words.length > place(span[1]))
      throw new Error(`${entry.id} ${id}: the heading does not read back at its place in the item's text`);
    segments.set(id, start);
  };
  if (entry.kind === 'document') {
    // Every heading the glossary's segments hold (src/lib/glossary/segments.ts): a part's, a
    // chapter's, a box's, an attachment's title, where the unit list says it is printed.
    for (const u of entry.units.list) if (u.heading && u.headingSpan && HEADED_KINDS.has(u.kind)) heading(u.id, u.heading, u.headingSpan);
    for (const m of entry.measures) {
      const last = m.sentences.at(-1);
      if (last) units.set(m.id, [place(m.labelSpan[0]), segments.get(last.id)! + last.text.length]);
    }
  } else {
    for (const b of entry.outline.blocks) if (b.type === 'subheading') heading(b.id, b.text, b.span);
    for (const s of entry.sentences) units.set(s.id, [segments.get(s.id)!, segments.get(s.id)! + s.text.length]);
  }
  return { item: entry.id, text, segmentStart: (id) => segments.get(id), unitRange: (id) => units.get(id) };
}

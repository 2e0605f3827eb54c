// The thesaurus at query time (browser and command line): reader words → the text's own terms.
import { fold } from './normalize.ts';

/** What the query layer needs of a concept (the browser gets exactly this, as JSON). */
export interface ThesaurusConcept {
  id: string;
  concept: string;
  /** Verbatim in the text; searched instead of a reader word. */
  terms: string[];
  /** Words readers type; none occurs in the text. */
  reader: string[];
}

export interface ThesaurusIndex {
  concepts: readonly ThesaurusConcept[];
  /** Folded reader word → the concepts it stands for. */
  byReaderWord: ReadonlyMap<string, readonly ThesaurusConcept[]>;
  /** The length of the longest reader word: no slice of a term longer than it can be one. */
  longest: number;
}

export function indexThesaurus(concepts: readonly ThesaurusConcept[]): ThesaurusIndex {
  const byReaderWord = new Map<string, ThesaurusConcept[]>();
  for (const c of concepts) {
    for (const word of c.reader) {
      const key = fold(word);
      const list = byReaderWord.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      byReaderWord.set(key, list);
    }
  }
  return { concepts, byReaderWord, longest: Math.max(0, ...[...byReaderWord.keys()].map((k) => k.length)) };
}

export interface ReaderWordHit {
  start: number;
  end: number;
  word: string;
  concepts: readonly ThesaurusConcept[];
}

/**
 * Reader words inside a (folded) term: at each place the longest, left to right, never overlapping.
 * Only slices up to the longest reader word are tried, so the work is linear in the term's length
 * (every slice of it was cubic: 8,000 characters took two minutes).
 */
export function readerWordsIn(term: string, index: ThesaurusIndex): ReaderWordHit[] {
  const hits: ReaderWordHit[] = [];
  for (let at = 0; at < term.length;) {
    let best: ReaderWordHit | undefined;
    for (let end = Math.min(term.length, at + index.longest); end > at + 1 && !best; end--) {
      const concepts = index.byReaderWord.get(term.slice(at, end));
      if (concepts) best = { start: at, end, word: term.slice(at, end), concepts };
    }
    if (best) {
      hits.push(best);
      at = best.end;
    } else at++;
  }
  return hits;
}

import { sentencePath, type Unit } from './units.ts';

/** Where one copy of a repeated passage sits. */
export interface PassageCopy {
  unit: Unit;
  sentence: string;
  /** [start, end) in the sentence text. */
  start: number;
  end: number;
  url: string;
}

/** Words that appear, word for word, in more than one unit. */
export interface RepeatedPassage {
  text: string;
  /** A whole sentence, or a clause (text between punctuation) of one. */
  kind: 'sentence' | 'clause';
  copies: PassageCopy[];
}

/** Clause boundaries: 、 joins list items inside a clause and does not end one. */
const CLAUSE_END = /[，。；：！？,;:!?]/;
const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/** Clauses of a sentence with their offsets, punctuation left out. */
export function clauses(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_END.test(text[i]!)) {
      if (i > start) out.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Sentences, and clauses of at least `minHan` Chinese characters, found in more than one unit.
 * A clause is left out when every copy of it lies inside copies of one repeated sentence: the
 * sentence link already says it.
 */
export function findRepeatedPassages(units: readonly Unit[], minHan = 12): RepeatedPassage[] {
  const sentences = new Map<string, PassageCopy[]>();
  const clauseCopies = new Map<string, PassageCopy[]>();
  for (const unit of units) {
    for (const s of unit.sentences) {
      const copy = (start: number, end: number): PassageCopy => ({ unit, sentence: s.id, start, end, url: sentencePath(unit, s.id) });
      if (hanCount(s.text) >= minHan) push(sentences, s.text, copy(0, s.text.length));
      for (const c of clauses(s.text))
        if (hanCount(c.text) >= minHan && c.text !== s.text) push(clauseCopies, c.text, copy(c.start, c.end));
    }
  }
  const spansUnits = (copies: PassageCopy[]) => new Set(copies.map((c) => c.unit.key)).size > 1;
  const repeatedSentences = [...sentences].filter(([, copies]) => spansUnits(copies));
  const sentenceGroup = new Map<string, number>();
  repeatedSentences.forEach(([, copies], i) => copies.forEach((c) => sentenceGroup.set(`${c.unit.key}#${c.sentence}`, i)));
  const passages: RepeatedPassage[] = repeatedSentences.map(([text, copies]) => ({ text, kind: 'sentence', copies }));
  for (const [text, copies] of clauseCopies) {
    if (!spansUnits(copies)) continue;
    const groups = new Set(copies.map((c, i) => sentenceGroup.get(`${c.unit.key}#${c.sentence}`) ?? -1 - i));
    if (groups.size === 1) continue;
    passages.push({ text, kind: 'clause', copies });
  }
  return passages;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

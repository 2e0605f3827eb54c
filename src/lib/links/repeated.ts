import { unitLabel } from './labels.ts';
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

/** One direction of a repeated-passage link, as a measure page lists it. */
export interface RepeatedLink {
  passage: RepeatedPassage;
  here: PassageCopy;
  there: PassageCopy;
  /** 此句与《意见》（十六）有效维护产业工人安全健康权益第3句逐字相同 */
  note: string;
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

/** Both directions of every repeated passage, grouped by the unit they are shown on. */
export function repeatedLinksByUnit(passages: readonly RepeatedPassage[]): Map<string, RepeatedLink[]> {
  const byUnit = new Map<string, RepeatedLink[]>();
  const sentenceGroup = new Map<string, RepeatedPassage>();
  const where = (c: PassageCopy) => `${c.unit.key}#${c.sentence}`;
  for (const p of passages) if (p.kind === 'sentence') for (const c of p.copies) sentenceGroup.set(where(c), p);
  for (const passage of passages) {
    // A clause inside two copies of one repeated sentence: the sentence link says it already.
    const groups = passage.kind === 'clause' ? passage.copies.map((c) => sentenceGroup.get(where(c))) : undefined;
    passage.copies.forEach((here, i) => {
      passage.copies.forEach((there, j) => {
        if (there.unit.key === here.unit.key) return;
        if (groups?.[i] && groups[i] === groups[j]) return;
        push(byUnit, here.unit.key, { passage, here, there, note: repeatedNote(passage, here, there) });
      });
    });
  }
  return byUnit;
}

function repeatedNote(passage: RepeatedPassage, here: PassageCopy, there: PassageCopy): string {
  const where = there.unit.item === here.unit.item ? unitLabel(there.unit).replace(/^《[^》]+》/, '本文') : unitLabel(there.unit);
  return passage.kind === 'sentence' ? `此句与${where}中的一句逐字相同` : `“${passage.text}”也逐字见于${where}`;
}

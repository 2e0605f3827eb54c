// Near-identical clauses: what the repeated-passage linker (../links/repeated.ts) cannot see,
// because one or two characters differ (加强 → 强化, a list item added). Character bigrams, since
// Chinese has no spaces; an inverted index so each clause of B is compared only with clauses of A
// that share a bigram with it.
import { clauses } from '../links/repeated.ts';

export interface ClauseRef {
  /** Unit key and sentence id of the clause's sentence. */
  unit: string;
  sentence: string;
  text: string;
  start: number;
  end: number;
}

export interface NearPair {
  a: ClauseRef;
  b: ClauseRef;
  /** Dice coefficient of the two clauses' bigram sets, in (0, 1); 1 is left to the verbatim linker. */
  similarity: number;
}

const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

function bigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** The clauses of some sentences that are long enough to compare (short ones, 加强领导, match everywhere). */
export function clausesOf(sentences: Iterable<{ unit: string; sentence: string; text: string }>, minHan: number): ClauseRef[] {
  const out: ClauseRef[] = [];
  for (const s of sentences)
    for (const c of clauses(s.text)) if (hanCount(c.text) >= minHan) out.push({ unit: s.unit, sentence: s.sentence, ...c });
  return out;
}

/** How alike two clauses must be to be near: the share of their two-character pieces they have in common (bigram Dice). */
export const NEAR_THRESHOLD = 0.7;

/**
 * Pairs of clauses, one of A and one of B, that are alike but not the same: bigram Dice of at least
 * `threshold`. Each clause of B keeps its best partner only (ties: the first in A), so a clause
 * is counted once.
 */
export function nearClauses(a: readonly ClauseRef[], b: readonly ClauseRef[], threshold = NEAR_THRESHOLD): NearPair[] {
  const grams = a.map((c) => bigrams(c.text));
  const index = new Map<string, number[]>();
  grams.forEach((set, i) => set.forEach((g) => (index.get(g) ?? index.set(g, []).get(g)!).push(i)));
  const out: NearPair[] = [];
  for (const clause of b) {
    const mine = bigrams(clause.text);
    const shared = new Map<number, number>();
    for (const g of mine) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: { i: number; similarity: number } | undefined;
    for (const [i, n] of shared) {
      const similarity = (2 * n) / (mine.size + grams[i]!.size);
      if (similarity >= threshold && similarity < 1 && (!best || similarity > best.similarity)) best = { i, similarity };
    }
    if (best && a[best.i]!.text !== clause.text) out.push({ a: a[best.i]!, b: clause, similarity: best.similarity });
  }
  return out;
}

// Two documents aligned measure by measure: which sentences the later one (B) repeats from the
// earlier (A) word for word or nearly, which it adds, which of A's it drops, and for every pair of
// units that share anything a score and the reason in words. Verbatim sentences and clauses come
// from the repeated-passage linker (../links/repeated.ts), run on the two documents alone; near
// ones from ./near.ts; terms and actors from the glossary and the actor tags.
import { type RepeatedPassage, findRepeatedPassages } from '../links/repeated.ts';
import type { Unit } from '../links/units.ts';
import { type ClauseRef, clausesOf, nearClauses } from './near.ts';

/** What a sentence of B owes to A, or a sentence of A to B. */
export type SentenceStatus = 'verbatim' | 'near' | 'new' | 'dropped';

export interface SentenceAlignment {
  unit: string;
  sentence: string;
  status: SentenceStatus;
  /** The stretches of the sentence found in the other document, verbatim or near, [start, end), with where the other copy stands. */
  spans: Array<{ start: number; end: number; kind: 'verbatim' | 'near'; partner: { unit: string; sentence: string } }>;
}

/** Why two units are paired, counted. */
export interface PairReason {
  sentences: number;
  clauses: number;
  nearClauses: number;
  terms: string[];
  actors: string[];
}

export interface UnitPair {
  a: string;
  b: string;
  score: number;
  reason: PairReason;
}

export interface Alignment {
  a: string;
  b: string;
  /** Every pair of units with a shared sentence or clause, or two shared terms, best first. */
  pairs: UnitPair[];
  /** For each unit of B, in B's order, its best partner in A (null: B adds it). */
  rows: Array<{ b: string; a: string | null; pair: UnitPair | null }>;
  /** Units of A that are no unit of B's best partner and share no sentence or clause with B. */
  dropped: string[];
  sentences: Map<string, SentenceAlignment>;
}

export interface AlignInput {
  unitsA: readonly Unit[];
  unitsB: readonly Unit[];
  /** Unit key → glossary term ids, and → actor ids (what the two units share beyond words). */
  terms: ReadonlyMap<string, readonly string[]>;
  actors: ReadonlyMap<string, readonly string[]>;
  /** Names to say the reason with. */
  termLabel: (id: string) => string;
  actorLabel: (id: string) => string;
}

/**
 * Weights of the score: a whole shared sentence says most; a verbatim clause more than a near one;
 * terms and actors only add to what the words say (two opinions on workers share 职工 everywhere).
 */
export const SCORE_WEIGHTS = { sentence: 3, clause: 1, near: 0.75, term: 0.5, actor: 0.25 } as const;
const WEIGHTS = SCORE_WEIGHTS;
/** Clauses this short (加强组织领导) are too common to say two measures are alike. */
export const MIN_HAN = 8;

export function alignDocuments(input: AlignInput): Alignment {
  const { unitsA, unitsB } = input;
  const a = unitsA[0]!.item;
  const b = unitsB[0]!.item;
  const key = (unit: string, sentence: string) => `${unit}\u0000${sentence}`;
  const sentences = new Map<string, SentenceAlignment>();
  for (const [units, status] of [
    [unitsA, 'dropped'],
    [unitsB, 'new'],
  ] as const)
    for (const u of units) for (const s of u.sentences) sentences.set(key(u.key, s.id), { unit: u.key, sentence: s.id, status, spans: [] });

  const counts = new Map<string, { sentences: number; clauses: number; nearClauses: number }>();
  const count = (ua: string, ub: string, what: 'sentences' | 'clauses' | 'nearClauses') => {
    const k = `${ua}\u0000${ub}`;
    const c = counts.get(k) ?? counts.set(k, { sentences: 0, clauses: 0, nearClauses: 0 }).get(k)!;
    c[what]++;
  };
  const mark = (unit: string, sentence: string, span: { start: number; end: number; kind: 'verbatim' | 'near' }, partner: ClauseRef) => {
    sentences.get(key(unit, sentence))!.spans.push({ ...span, partner: { unit: partner.unit, sentence: partner.sentence } });
  };

  // Verbatim: the linker's own sentence and clause matching, on these two documents only.
  const passages = findRepeatedPassages([...unitsA, ...unitsB], MIN_HAN).filter(
    (p) => p.copies.some((c) => c.unit.item === a) && p.copies.some((c) => c.unit.item === b),
  );
  const covered = new Set<string>();
  for (const p of passages) recordPassage(p);
  function recordPassage(p: RepeatedPassage) {
    const inA = p.copies.filter((c) => c.unit.item === a);
    const inB = p.copies.filter((c) => c.unit.item === b);
    for (const cb of inB) {
      const ref = (c: (typeof inA)[number]): ClauseRef => ({
        unit: c.unit.key,
        sentence: c.sentence,
        text: p.text,
        start: c.start,
        end: c.end,
      });
      mark(cb.unit.key, cb.sentence, { start: cb.start, end: cb.end, kind: 'verbatim' }, ref(inA[0]!));
      covered.add(`${cb.unit.key}\u0000${cb.sentence}\u0000${cb.start}`);
      for (const ca of inA) {
        count(ca.unit.key, cb.unit.key, p.kind === 'sentence' ? 'sentences' : 'clauses');
        mark(ca.unit.key, ca.sentence, { start: ca.start, end: ca.end, kind: 'verbatim' }, ref(cb));
      }
    }
  }

  // Near: clauses of B not already verbatim, against every clause of A.
  const sentenceList = (units: readonly Unit[]) =>
    units.flatMap((u) => u.sentences.map((s) => ({ unit: u.key, sentence: s.id, text: s.text })));
  const clausesB = clausesOf(sentenceList(unitsB), MIN_HAN).filter((c) => !covered.has(`${c.unit}\u0000${c.sentence}\u0000${c.start}`));
  for (const n of nearClauses(clausesOf(sentenceList(unitsA), MIN_HAN), clausesB)) {
    count(n.a.unit, n.b.unit, 'nearClauses');
    mark(n.b.unit, n.b.sentence, { start: n.b.start, end: n.b.end, kind: 'near' }, n.a);
    mark(n.a.unit, n.a.sentence, { start: n.a.start, end: n.a.end, kind: 'near' }, n.b);
  }

  // A sentence too short to pair units on (明确目标任务。) is still the same sentence: where B prints
  // one A printed word for word, both are marked so, without adding to any pair's score.
  const firstOf = (units: readonly Unit[]) => {
    const found = new Map<string, ClauseRef>();
    for (const u of units)
      for (const x of u.sentences)
        if (!found.has(x.text)) found.set(x.text, { unit: u.key, sentence: x.id, text: x.text, start: 0, end: x.text.length });
    return found;
  };
  const [textsA, textsB] = [firstOf(unitsA), firstOf(unitsB)];
  for (const [units, other] of [
    [unitsA, textsB],
    [unitsB, textsA],
  ] as const)
    for (const u of units)
      for (const x of u.sentences) {
        const there = other.get(x.text);
        const s = sentences.get(key(u.key, x.id))!;
        if (there && !s.spans.some((y) => y.start === 0 && y.end === x.text.length))
          mark(u.key, x.id, { start: 0, end: x.text.length, kind: 'verbatim' }, there);
      }

  // Verbatim when the verbatim stretches cover every character but the punctuation that ends the
  // clauses (推进…学分转换互认。 is all of it a clause of A's, the 。 aside).
  const texts = new Map([...unitsA, ...unitsB].flatMap((u) => u.sentences.map((x) => [key(u.key, x.id), x.text] as const)));
  for (const [k, s] of sentences) {
    if (!s.spans.length) continue;
    const text = texts.get(k)!;
    const covered = new Set(
      s.spans.filter((x) => x.kind === 'verbatim').flatMap((x) => Array.from({ length: x.end - x.start }, (_, i) => x.start + i)),
    );
    const whole = text.split('').every((ch, i) => covered.has(i) || /[\p{P}\s]/u.test(ch));
    s.status = whole ? 'verbatim' : 'near';
    s.spans.sort((x, y) => x.start - y.start);
  }

  const pairs: UnitPair[] = [];
  const shared = (map: ReadonlyMap<string, readonly string[]>, ua: string, ub: string) => {
    const there = new Set(map.get(ub) ?? []);
    return [...new Set(map.get(ua) ?? [])].filter((x) => there.has(x));
  };
  for (const ua of unitsA) {
    for (const ub of unitsB) {
      const c = counts.get(`${ua.key}\u0000${ub.key}`) ?? { sentences: 0, clauses: 0, nearClauses: 0 };
      const terms = shared(input.terms, ua.key, ub.key);
      const actors = shared(input.actors, ua.key, ub.key);
      const textual = c.sentences + c.clauses + c.nearClauses > 0;
      if (!textual && terms.length < 2) continue;
      const score =
        WEIGHTS.sentence * c.sentences +
        WEIGHTS.clause * c.clauses +
        WEIGHTS.near * c.nearClauses +
        WEIGHTS.term * terms.length +
        WEIGHTS.actor * actors.length;
      pairs.push({
        a: ua.key,
        b: ub.key,
        score: Math.round(score * 100) / 100,
        reason: { ...c, terms: terms.map(input.termLabel), actors: actors.map(input.actorLabel) },
      });
    }
  }
  // Ties go to the pair the words support (a near clause over two shared terms), then to text order.
  const textual = (p: UnitPair) => p.reason.sentences + p.reason.clauses + p.reason.nearClauses;
  const orderA = new Map(unitsA.map((u, i) => [u.key, i]));
  const orderB = new Map(unitsB.map((u, i) => [u.key, i]));
  pairs.sort(
    (x, y) => y.score - x.score || textual(y) - textual(x) || orderB.get(x.b)! - orderB.get(y.b)! || orderA.get(x.a)! - orderA.get(y.a)!,
  );

  const best = new Map<string, UnitPair>();
  for (const p of pairs) if (!best.has(p.b)) best.set(p.b, p);
  const rows = unitsB.map((u) => ({ b: u.key, a: best.get(u.key)?.a ?? null, pair: best.get(u.key) ?? null }));
  const partnered = new Set(rows.map((r) => r.a));
  const textualA = new Set(pairs.filter((p) => textual(p) > 0).map((p) => p.a));
  const dropped = unitsA.filter((u) => !partnered.has(u.key) && !textualA.has(u.key)).map((u) => u.key);
  return { a, b, pairs, rows, dropped, sentences };
}

/** The reason in words, as the page and the tests read it: 2句逐字相同；1个分句相近；共有术语：…. */
export function reasonText(r: PairReason): string {
  return [
    r.sentences && `${r.sentences}句逐字相同`,
    r.clauses && `${r.clauses}个分句逐字相同`,
    r.nearClauses && `${r.nearClauses}个分句相近`,
    r.terms.length && `共有术语：${r.terms.join('、')}`,
    r.actors.length && `共有主体：${r.actors.join('、')}`,
  ]
    .filter(Boolean)
    .join('；');
}

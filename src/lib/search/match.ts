// Checks a query plan against the text of one unit, clause by clause. This, not Pagefind's
// page-level AND, decides whether a result is an exact match, has all the words, or only some.
import { fold } from './normalize.ts';
import { type PlanTerm, type QueryPlan, type Via, literalOnly } from './plan.ts';
import type { Clause, SearchUnit } from './unit.ts';

export type MatchKind = 'exact' | 'all' | 'partial';
export type Range = readonly [start: number, end: number];

export interface UnitMatch {
  kind: MatchKind;
  via: Via;
  /** The clause to land on (undefined only for units without clauses). */
  clause: Clause | undefined;
  /** Ranges of the landing clause's text to mark. */
  marks: Range[];
  /** The strings found (terms, the text's own terms standing for reader words, or words). */
  found: string[];
  /** Typed terms the unit does not contain, even in part. */
  missing: string[];
  /** Every term inside the landing clause. */
  oneClause: boolean;
  /** The unit's heading or lead contains something found. */
  inTitle: boolean;
  /** How many clauses contain something found. */
  clausesHit: number;
  /** How many distinct strings were found in the whole unit (several terms of one concept count). */
  variety: number;
  /** Marked characters over the landing clause's length. */
  density: number;
  /** For partial matches: the share of the query's characters found. */
  coverage: number;
}

interface Prepared {
  unit: SearchUnit;
  texts: string[];
  title: number;
}

/** Matches a unit: literal exact, literal all words, then the same through the thesaurus, then partial. */
export function matchUnit(unit: SearchUnit, plan: QueryPlan): UnitMatch | undefined {
  if (!plan.terms.length || !unit.clauses.length) return undefined;
  const p: Prepared = { unit, texts: unit.clauses.map(([, t]) => fold(t)), title: titleClause(unit) };
  const literal = literalOnly(plan);
  return (
    exact(p, literal, 'literal') ??
    allWords(p, literal, 'literal') ??
    (plan.expandable ? (exact(p, plan, 'expanded') ?? allWords(p, plan, 'expanded')) : undefined) ??
    partial(p, plan)
  );
}

/** Index of the clause that is the unit's heading or lead, or -1. */
function titleClause(unit: SearchUnit): number {
  const [id, text] = unit.clauses[0]!;
  if (id === '' || id === unit.unit) return 0;
  const bare = text.replace(/[。；：]$/u, '');
  return bare && unit.title.endsWith(bare) ? 0 : -1;
}

function exact(p: Prepared, plan: QueryPlan, via: Via): UnitMatch | undefined {
  const phrases =
    plan.terms.length === 1
      ? plan.terms[0]!.alternatives.filter((a) => a.via === via).map((a) => a.text)
      : via === 'literal'
        ? [plan.terms.map((t) => t.typed).join('')]
        : [];
  const hits = p.texts.map((t) => phrases.filter((ph) => t.includes(ph)));
  const at = bestClause(
    p,
    hits.map((h) => h.length),
  );
  if (at < 0) return undefined;
  return result(p, 'exact', via, at, hits[at]!, [], hits, true);
}

function allWords(p: Prepared, plan: QueryPlan, via: Via): UnitMatch | undefined {
  // found[c][i]: what of term i clause c contains (one alternative, or all of its words).
  const found = p.texts.map((text) => plan.terms.map((term) => termIn(text, term)));
  const complete = found.map((row) => (row.every((f) => f.length > 0) ? 1 : 0));
  const usesVia = (row: string[][]) => via === 'literal' || row.some((f, i) => f.some((s) => isExpanded(plan.terms[i]!, s)));
  let at = bestClause(
    p,
    complete.map((ok, c) => (ok && usesVia(found[c]!) ? 1 : 0)),
  );
  if (at >= 0)
    return result(
      p,
      'all',
      via,
      at,
      found[at]!.flat(),
      [],
      found.map((r) => r.flat()),
      true,
    );
  if (plan.terms.length < 2) return undefined;
  // Every term somewhere in the unit, not in one clause.
  const anywhere = plan.terms.map((_, i) => found.some((row) => row[i]!.length > 0));
  if (!anywhere.every(Boolean) || !found.some(usesVia)) return undefined;
  at = bestClause(
    p,
    found.map((row) => row.filter((f) => f.length).length),
  );
  return result(
    p,
    'all',
    via,
    at,
    found.flatMap((r) => r.flat()),
    [],
    found.map((r) => r.flat()),
    false,
  );
}

function partial(p: Prepared, plan: QueryPlan): UnitMatch | undefined {
  const pieces = (term: PlanTerm) => [...term.alternatives.map((a) => a.text), ...term.words];
  const found = p.texts.map((text) => plan.terms.map((term) => pieces(term).filter((s) => text.includes(s))));
  const total = plan.terms.reduce((n, t) => n + t.typed.length, 0);
  const cover = (row: string[][]) =>
    row.reduce(
      (n, f, i) =>
        n +
        Math.min(
          plan.terms[i]!.typed.length,
          f.reduce((m, s) => m + s.length, 0),
        ),
      0,
    );
  const at = bestClause(p, found.map(cover));
  if (at < 0) return undefined;
  const row = found[at]!;
  const literal = row.some((f, i) => f.some((s) => !isExpanded(plan.terms[i]!, s)));
  const missing = plan.terms.filter((_, i) => !found.some((r) => r[i]!.length)).map((t) => t.typed);
  const m = result(
    p,
    'partial',
    literal ? 'literal' : 'expanded',
    at,
    row.flat(),
    missing,
    found.map((r) => r.flat()),
    false,
  );
  return { ...m, coverage: cover(row) / Math.max(1, total) };
}

/** What of a term a clause contains: its first alternative found, else all its words, else nothing. */
function termIn(text: string, term: PlanTerm): string[] {
  const alt = term.alternatives.find((a) => text.includes(a.text));
  if (alt) return [alt.text];
  return term.words.length && term.words.every((w) => text.includes(w)) ? term.words : [];
}

const isExpanded = (term: PlanTerm, s: string) => term.alternatives.some((a) => a.via === 'expanded' && a.text === s);

/** The clause with the highest positive weight: the title clause on ties, else the first. */
function bestClause(p: Prepared, weights: number[]): number {
  let best = -1;
  weights.forEach((w, i) => {
    if (w <= 0) return;
    if (best < 0 || w > weights[best]! || (w === weights[best] && i === p.title)) best = i;
  });
  return best;
}

function result(
  p: Prepared,
  kind: MatchKind,
  via: Via,
  at: number,
  found: string[],
  missing: string[],
  perClause: string[][],
  oneClause: boolean,
): UnitMatch {
  const text = p.texts[at]!;
  const marks = rangesOf(text, found);
  const marked = marks.reduce((n, [s, e]) => n + e - s, 0);
  return {
    kind,
    via,
    clause: p.unit.clauses[at],
    marks,
    found: [...new Set(found)],
    missing,
    oneClause,
    inTitle: p.title >= 0 && (perClause[p.title]?.length ?? 0) > 0,
    clausesHit: perClause.filter((f) => f.length > 0).length,
    variety: new Set(perClause.flat()).size,
    density: marked / Math.max(1, text.length),
    coverage: 1,
  };
}

/** Every occurrence of the strings in a text, merged where they overlap. */
export function rangesOf(text: string, strings: readonly string[]): Range[] {
  const ranges: Array<[number, number]> = [];
  for (const s of new Set(strings)) {
    if (!s) continue;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) ranges.push([at, at + s.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

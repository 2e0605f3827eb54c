// Orders matches: what the text says literally before what the thesaurus found, full matches
// before partial ones, and within each the clause that is most about the query.
import type { UnitMatch } from './match.ts';

/** Higher first: literal exact, literal all words, expanded exact, expanded all words, partial. */
export function tier(m: UnitMatch): number {
  if (m.kind === 'partial') return m.via === 'literal' ? 1 : 0;
  const base = m.kind === 'exact' ? 1 : 0;
  return (m.via === 'literal' ? 4 : 2) + base;
}

/**
 * Within a tier: heading or lead first, then one clause, then how much of the unit is about the
 * query (clauses hit, the share of the clause marked, distinct terms of a concept found).
 */
export function withinTier(m: UnitMatch): number {
  return (
    (m.inTitle ? 40 : 0) +
    (m.oneClause ? 20 : 0) +
    Math.min(m.clausesHit, 5) * 4 +
    Math.min(m.variety, 4) * 3 +
    m.density * 20 +
    m.coverage * 30
  );
}

export interface Ranked {
  match: UnitMatch;
  /** Position of the unit among Pagefind's own results (tie-break). */
  order: number;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  return tier(b.match) - tier(a.match) || withinTier(b.match) - withinTier(a.match) || a.order - b.order;
}

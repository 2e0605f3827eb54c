// A query plan: the reader's terms, each with the strings that count as finding it — the term
// itself first, then (for a reader's word) the text's own terms from the thesaurus.
import { fold, termsOf } from './normalize.ts';
import { type ThesaurusConcept, type ThesaurusIndex, readerWordsIn } from './thesaurus-index.ts';
import { subWords } from './words.ts';

export type Via = 'literal' | 'expanded';

export interface Alternative {
  /** Folded, as searched. */
  text: string;
  via: Via;
}

export interface PlanTerm {
  /** The term as the reader typed it (normalised). */
  typed: string;
  alternatives: Alternative[];
  /** Words inside the typed term, for weaker matches (empty when the term is one word). */
  words: string[];
  /** Concepts a reader's word stands for; empty for the text's own vocabulary. */
  concepts: readonly ThesaurusConcept[];
}

export interface QueryPlan {
  /** The normalised query. */
  query: string;
  terms: PlanTerm[];
  /** True when some term was expanded through the thesaurus. */
  expandable: boolean;
}

/** Builds the plan; `thesaurus` undefined (or `expand` false) keeps the query literal. */
export function planQuery(query: string, thesaurus?: ThesaurusIndex, expand = true): QueryPlan {
  const terms: PlanTerm[] = [];
  for (const typed of termsOf(query)) {
    const pieces = expand && thesaurus ? splitOnReaderWords(fold(typed), thesaurus) : [{ text: fold(typed), concepts: [] }];
    for (const p of pieces) terms.push(planTerm(p.text, p.concepts));
  }
  return { query, terms, expandable: terms.some((t) => t.concepts.length > 0) };
}

function planTerm(typed: string, concepts: readonly ThesaurusConcept[]): PlanTerm {
  const alternatives: Alternative[] = [{ text: typed, via: 'literal' }];
  for (const c of concepts) {
    for (const t of c.terms) if (!alternatives.some((a) => a.text === fold(t))) alternatives.push({ text: fold(t), via: 'expanded' });
  }
  const words = subWords(typed);
  return { typed, alternatives, words: words.length > 1 ? words : [], concepts };
}

/** Cuts a term around the reader's words it contains (外卖骑手社保 → 外卖骑手 | 社保). */
function splitOnReaderWords(term: string, thesaurus: ThesaurusIndex): Array<{ text: string; concepts: readonly ThesaurusConcept[] }> {
  const pieces: Array<{ text: string; concepts: readonly ThesaurusConcept[] }> = [];
  let at = 0;
  for (const hit of readerWordsIn(term, thesaurus)) {
    if (hit.start > at) pieces.push({ text: term.slice(at, hit.start), concepts: [] });
    pieces.push({ text: hit.word, concepts: hit.concepts });
    at = hit.end;
  }
  if (at < term.length) pieces.push({ text: term.slice(at), concepts: [] });
  // A lone character left over (骑手的 → 的) would match nearly every clause: drop it.
  return pieces.length > 1 ? pieces.filter((p) => p.concepts.length > 0 || !/^\p{Script=Han}$/u.test(p.text)) : pieces;
}

/** The plan restricted to literal alternatives (the first pass). */
export function literalOnly(plan: QueryPlan): QueryPlan {
  return {
    ...plan,
    terms: plan.terms.map((t) => ({ ...t, alternatives: t.alternatives.filter((a) => a.via === 'literal') })),
    expandable: false,
  };
}

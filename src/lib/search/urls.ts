// URLs of the search page and of landing places. Both are shareable: everything is in them.
import { FACETS, type Selection } from './facets.ts';

/** The page of a unit at a clause, with the strings to highlight there (`?q=` read by the page). */
export function landingUrl(page: string, clauseId: string, highlight: readonly string[]): string {
  const q = highlight.length ? `?q=${encodeURIComponent(highlight.join(' '))}` : '';
  return `${page}${q}${clauseId ? `#${clauseId}` : ''}`;
}

export interface SearchPageState {
  q: string;
  filters: Selection;
  /** Set when the reader undid the thesaurus expansion. */
  literal: boolean;
}

export function searchPageUrl(state: SearchPageState, base = '/search/'): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACETS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.literal) params.set('literal', '1');
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

export function readSearchPageUrl(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  const filters: Selection = {};
  for (const key of FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, literal: params.get('literal') === '1' };
}

/** The strings a landing page should highlight, from its `?q=`. */
export function highlightTerms(search: string): string[] {
  return (new URLSearchParams(search).get('q') ?? '').split(/\s+/u).filter(Boolean);
}

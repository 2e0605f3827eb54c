import type { LinkGraph, LinkView } from './graph.ts';
import type { RepeatedLink, UnlistedCopies } from './repeated-margins.ts';

export interface UnitLinks {
  repeated: RepeatedLink[];
  /** Copies of the unit's repeated passages not listed (past REPEATED_PER_COPY), counted. */
  unlisted: UnlistedCopies[];
  related: LinkView[];
  /** Links in from elsewhere, minus what `repeated` and `related` already show. */
  backlinks: LinkView[];
  count: number;
}

const page = (url: string) => url.split('#')[0];

/**
 * What a unit's margin lists. The document page (`full: false`) shows only repeated passages;
 * a measure's or news item's own page shows related items and backlinks too.
 */
export function unitLinks(graph: LinkGraph, key: string, full: boolean): UnitLinks {
  const repeated = graph.repeatedIn(key);
  const unlisted = graph.repeatedUnlisted(key);
  const related = full ? graph.related(key) : [];
  // The pages already listed, worked out only where backlinks are shown (a document page lists none).
  const shown = full ? new Set([...repeated.map((r) => page(r.there.url)), ...related.map((r) => page(r.url))]) : undefined;
  const backlinks = shown ? graph.backlinks(key).filter((b) => b.kind !== 'repeated' && !shown.has(page(b.url))) : [];
  return { repeated, unlisted, related, backlinks, count: repeated.length + related.length + backlinks.length };
}

/**
 * What the margin of a part's own text (the unnumbered paragraphs opening a part) lists on the
 * document page, the only page a part has: its repeated passages and the curated links both ways
 * (content/links.yaml), not the computed related items a measure's own page lists.
 */
export function partLinks(graph: LinkGraph, key: string): UnitLinks {
  const full = unitLinks(graph, key, true);
  const related = full.related.filter((l) => l.kind === 'curated');
  const backlinks = full.backlinks.filter((l) => l.kind === 'curated');
  return {
    repeated: full.repeated,
    unlisted: full.unlisted,
    related,
    backlinks,
    count: full.repeated.length + related.length + backlinks.length,
  };
}

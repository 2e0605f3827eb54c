// The comparisons of the site: the pairs that get a page (./pairs.ts) and each pair's alignment
// (./align.ts), worked out when asked. Only the rows of each alignment are kept (every unit's margin
// that links into a comparison asks for them); a whole alignment, with every pair of units that
// shares two terms, is worked out for the pair's page and let go, so that memory does not grow with
// the pairs' texts all at once.
import { type Actors, registeredTags } from '../actors/index.ts';
import type { Corpus } from '../corpus.ts';
import type { GlossaryIndex } from '../glossary/glossary.ts';
import type { RepeatedPassage } from '../links/repeated.ts';
import { type Unit, unitKey } from '../links/units.ts';
import type { References } from '../references/relations.ts';
import { type Alignment, alignDocuments } from './align.ts';
import { type ComparePair, comparePairs } from './pairs.ts';

export interface Comparisons {
  pairs: ComparePair[];
  /** The pairs a document is in, either side. */
  of: (doc: string) => ComparePair[];
  alignment: (a: string, b: string) => Alignment;
  /** The alignment's rows (each unit of B with its partner in A), kept once worked out. */
  rows: (a: string, b: string) => Alignment['rows'];
}

export interface ComparisonInputs {
  corpus: Pick<Corpus, 'entries'>;
  units: readonly Unit[];
  repeated: readonly RepeatedPassage[];
  references: References;
  glossary: Pick<GlossaryIndex, 'termsByUnit' | 'term'>;
  actors: Pick<Actors, 'units' | 'actor'>;
}

export function buildComparisons({ corpus, units, repeated, references, glossary, actors }: ComparisonInputs): Comparisons {
  const pairs = comparePairs(corpus, repeated, references);
  const byItem = Map.groupBy(units, (u) => u.item);
  const actorIds = new Map(
    actors.units
      .filter((u) => u.itemKind === 'document')
      .map((u) => [unitKey(u.item, u.id), [...new Set(registeredTags(u).map((t) => t.actor))]]),
  );
  // Each document's pairs, and the pairs by their two ends: every page asks, so neither walks them all.
  const byDocument = new Map<string, ComparePair[]>();
  for (const p of pairs) for (const d of [p.a, p.b]) (byDocument.get(d) ?? byDocument.set(d, []).get(d)!).push(p);
  const compared = new Set(pairs.map((p) => `${p.a}\u0000${p.b}`));
  const align = (a: string, b: string) => {
    if (!compared.has(`${a}\u0000${b}`)) throw new Error(`no comparison of ${a} with ${b}`);
    return alignDocuments({
      unitsA: byItem.get(a)!,
      unitsB: byItem.get(b)!,
      terms: glossary.termsByUnit,
      actors: actorIds,
      termLabel: (id) => glossary.term(id)?.term ?? id,
      actorLabel: (id) => actors.actor(id).name,
    });
  };
  const rows = new Map<string, Alignment['rows']>();
  return {
    pairs,
    of: (doc) => byDocument.get(doc) ?? [],
    alignment: align,
    rows: (a, b) => {
      const key = `${a}\u0000${b}`;
      let found = rows.get(key);
      if (!found) rows.set(key, (found = align(a, b).rows));
      return found;
    },
  };
}

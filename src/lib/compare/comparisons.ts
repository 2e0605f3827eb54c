// The comparisons of the site: the pairs that get a page (./pairs.ts) and each pair's alignment
// (./align.ts), worked out on first use and kept, since only the pair's page and its tests ask.
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
  const cache = new Map<string, Alignment>();
  return {
    pairs,
    of: (doc) => pairs.filter((p) => p.a === doc || p.b === doc),
    alignment: (a, b) => {
      const key = `${a}\u0000${b}`;
      let found = cache.get(key);
      if (!found) {
        if (!pairs.some((p) => p.a === a && p.b === b)) throw new Error(`no comparison of ${a} with ${b}`);
        found = alignDocuments({
          unitsA: byItem.get(a)!,
          unitsB: byItem.get(b)!,
          terms: glossary.termsByUnit,
          actors: actorIds,
          termLabel: (id) => glossary.term(id)?.term ?? id,
          actorLabel: (id) => actors.actor(id).name,
        });
        cache.set(key, found);
      }
      return found;
    },
  };
}

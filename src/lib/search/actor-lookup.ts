// Build side: actor names of a searchable unit (for chips and the actor filter), from the actor
// registry and tags. A news item's unit gathers the actors of all its statements.
import { type Actors, unitChips } from '../actors/index.ts';
import { ACTOR_LEVEL_LABELS } from '../actors/schema.ts';
import { documentLevels, issuerActors } from '../actors/issuers.ts';
import type { ActorLookup, LevelLookup } from './indexed-units.ts';

export function actorLookup(actors: Actors): ActorLookup {
  return (item, unit) => {
    const units = unit === item ? actors.units.filter((u) => u.item === item) : [actors.unit(item, unit)].filter((u) => u !== undefined);
    return [...new Set(units.flatMap((u) => unitChips(actors, u).map((chip) => chip.actor.name)))];
  };
}

/** The level facet of a document's records: the levels (中央, 国务院部门, 地方) the registry gives its issuers. */
export function levelLookup(actors: Pick<Actors, 'registry'>): LevelLookup {
  const actorOf = issuerActors(actors.registry);
  return (doc) => documentLevels(doc, actorOf).map((l) => ACTOR_LEVEL_LABELS[l]);
}

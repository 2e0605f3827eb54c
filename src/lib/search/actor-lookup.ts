// Build side: actor names of a searchable unit (for chips and the actor filter), from the actor
// registry and tags. A news item's unit gathers the actors of all its statements.
import { type Actors, unitChips } from '../actors/index.ts';
import type { ActorLookup } from './indexed-units.ts';

export function actorLookup(actors: Actors): ActorLookup {
  return (item, unit) => {
    const units = unit === item ? actors.units.filter((u) => u.item === item) : [actors.unit(item, unit)].filter((u) => u !== undefined);
    return [...new Set(units.flatMap((u) => unitChips(actors, u).map((chip) => chip.actor.name)))];
  };
}

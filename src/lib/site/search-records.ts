// What the search index is built from, once per build, from the site model: every searchable unit
// as its Pagefind record (with the actors, instruments and levels the registry gives) and the
// shards that hold them. The build writes it for the integration, a shard at a time
// (src/pages/search/records/); the bench's search-only sites index it directly.
import { itemDate } from '../schema/item-date.ts';
import { instrumentLookup } from '../instruments/lookup.ts';
import { actorLookup, levelLookup } from '../search/actor-lookup.ts';
import { searchUnitCount, searchUnits } from '../search/indexed-units.ts';
import { planShards, SHARD_UNITS, type Shard } from '../search/shards.ts';
import { type IndexInput, unitRecords } from './pagefind.ts';
import type { SiteModel } from './model.ts';

type Model = Pick<SiteModel, 'corpus' | 'actors' | 'instruments'>;

/** How the index is cut: units in a shard, shards in the first directory (src/lib/search/shards.ts; a test cuts a small corpus finer). */
export interface IndexLayout {
  shardUnits?: number;
  recentShards?: number;
}

export function indexInput(model: Model, { shardUnits = SHARD_UNITS, recentShards }: IndexLayout = {}): IndexInput {
  const actors = actorLookup(model.actors);
  const instruments = instrumentLookup(model.instruments);
  const levels = levelLookup(model.actors);
  const entries = new Map(model.corpus.entries.map((e) => [e.id, e]));
  const shards = planShards(
    model.corpus.entries.map((e) => ({ id: e.id, date: itemDate(e.meta), units: searchUnitCount(e) })),
    shardUnits,
  );
  return {
    shards,
    // Made when a shard is written, and let go: held for the whole build, as they were, every
    // record of the collection stayed in the heap (about 160 MB at 2,000 documents).
    records: (shard: Shard) =>
      unitRecords(
        searchUnits(
          shard.items.map((id) => entries.get(id)!),
          actors,
          instruments,
          levels,
        ),
      ),
    ...(recentShards === undefined ? {} : { recentShards }),
  };
}

const built = new WeakMap<Model, IndexInput>();

/** The same, once per model: the build's endpoints each ask for it. */
export function searchIndexInput(model: Model): IndexInput {
  let input = built.get(model);
  if (!input) built.set(model, (input = indexInput(model)));
  return input;
}

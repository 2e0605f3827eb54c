// How the search index is laid out for a collection of any size: the items, oldest first, cut
// into shards of at most SHARD_UNITS units, each shard a Pagefind bundle of its own under
// /pagefind/shards/<name>/; and a small directory bundle at /pagefind/ whose pages are the newest
// shards (RECENT_SHARDS), each holding every word of its shard, and one page holding every word of
// the older shards, which an older directory at /pagefind/older/ names one by one
// (src/lib/site/pagefind-directory.ts writes both).
//
// Why: one bundle of every unit makes a first search read Pagefind's metadata (a list of every
// page) and the postings of its words over the whole collection, so its cost grows with the
// collection (447 KB of metadata at 2,000 documents). The directory tells a search which shards
// hold every word of a query; a search reads the newest of those shards up to a budget, so what a
// first search fetches is bounded by the shard, the budget and the first directory, not by the
// collection; a reader who wants older matches asks for them (src/lib/search/engine.ts).
//
// Browser-safe: the build plans the shards, the search reads their names.

/**
 * Units in a shard at most (an item with more is a shard of its own): about 25 documents. Shards of
 * 2,000 read one at a time halve the directory's pages and postings, but a first search then reads
 * the newest 2,000 units or more where two shards of 1,000, the newest often small, give it 1,000 to
 * 2,000: at 2,000 synthetic documents it fetched 110 KB where this layout fetched 89.
 */
export const SHARD_UNITS = 1000;

/**
 * Shards a search reads at most before it answers, the newest that hold its words first: the
 * header box's preview, and the search page's first answer, which offers the rest (a shard holds
 * at most SHARD_UNITS units, so about 2,000 and 8,000 units).
 */
export const READ_SHARDS = { preview: 2, page: 8 } as const;

/** Where the shard bundles are, under the directory's /pagefind/. */
export const SHARDS_DIR = 'shards';

/**
 * Shards the first directory (/pagefind/) names, the newest: its pages are these and one more,
 * OLDER_DIRECTORY, holding every word of all the older shards, which the older directory
 * (/pagefind/older/) names one by one. A first search reads the first directory only, so what it
 * fetches of the directory is as at a collection of this many shards (about 200 documents) at any
 * size: at 10,000 documents the whole directory's metadata and chunks were 20 to 80 KB of a first
 * search. The older directory is read when the newest shards hold too few of a query's results
 * and the older page says older shards hold its words; never when it does not.
 */
export const RECENT_SHARDS = 8;

/** The older directory's folder under /pagefind/, and its page's id in the first directory. */
export const OLDER_DIRECTORY = 'older';

/** The shards each directory names: the newest `recent` in the first, the rest in the older one, oldest first as planned. */
export function splitDirectories<S>(shards: readonly S[], recent = RECENT_SHARDS): { recent: S[]; older: S[] } {
  const cut = Math.max(0, shards.length - recent);
  return { recent: shards.slice(cut), older: shards.slice(0, cut) };
}

/** The Pagefind filter that tells the directory's pages from the shards' (mergeFilter on each shard). */
export const BUNDLE_FILTER = 'bundle';
export const DIRECTORY_BUNDLE = 'directory';
export const SHARD_BUNDLE = 'shard';
/** The merge filter naming each shard's units by their shard. */
export const SHARD_FILTER = 'shard';

/** A shard's name: its place in date order, oldest first, zero-padded so names sort as shards do. */
export const shardName = (n: number) => `s${String(n).padStart(5, '0')}`;

/**
 * The name of a shard's page in the directory, which a directory search gives as the result's id:
 * the shard's name and the date of its oldest item (s00042-20230501; s00042- when undated), so a
 * search knows, with no more to fetch, from which date on it has read every shard holding a query.
 */
export const directoryPage = (shard: Pick<Shard, 'name' | 'from'>) => `${shard.name}-${(shard.from ?? '').replaceAll('-', '')}`;

/** A directory page's shard and date (YYYY-MM-DD), or undefined for an id that is no directory page. */
export function readDirectoryPage(id: string): { name: string; from: string | undefined } | undefined {
  const m = /^(s[0-9]{5,})-(?:([0-9]{4})([0-9]{2})([0-9]{2}))?$/.exec(id);
  return m ? { name: m[1]!, from: m[2] ? `${m[2]}-${m[3]}-${m[4]}` : undefined } : undefined;
}

/** A shard as planned by the build. */
export interface Shard {
  name: string;
  /** The date of its oldest item, when dated. */
  from: string | undefined;
  /** Item ids, oldest first. */
  items: string[];
  units: number;
}

export interface ShardInput {
  id: string;
  /** The date it is known by (itemDate), or undefined (sorted first, as the oldest). */
  date: string | undefined;
  units: number;
}

/**
 * Cuts items into shards: oldest first (date, then id), whole items, a shard closed when the next
 * item would take it past `limit` units. A new document of the latest date changes only the last
 * shard; every shard is named by its place.
 */
export function planShards(items: readonly ShardInput[], limit = SHARD_UNITS): Shard[] {
  const sorted = [...items].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shards: Shard[] = [];
  let current: Shard | undefined;
  for (const item of sorted) {
    if (item.units === 0) continue;
    if (!current || (current.units > 0 && current.units + item.units > limit)) {
      current = { name: shardName(shards.length), from: item.date, items: [], units: 0 };
      shards.push(current);
    }
    current.items.push(item.id);
    current.units += item.units;
  }
  return shards;
}

/** Newest shard first (the order a search reads them in), each once. */
export function newestFirst<S extends { name: string }>(shards: Iterable<S>): S[] {
  const byName = new Map<string, S>();
  for (const s of shards) byName.set(s.name, s);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The shard bundle's base path, under the directory's (`/pagefind/`). */
export const shardPath = (base: string, name: string) => `${base}${SHARDS_DIR}/${name}/`;

/** The older directory's base path, under the first directory's (`/pagefind/`). */
export const olderDirectoryPath = (base: string) => `${base}${OLDER_DIRECTORY}/`;

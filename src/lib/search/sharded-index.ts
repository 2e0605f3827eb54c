// The search index as a search reads it (src/lib/search/shards.ts says how it is laid out): one
// Pagefind instance whose own bundle is the directory, into which the shards a search needs are
// merged (Pagefind's mergeIndex, the way its multisite search merges other sites), each marked by
// merge filters so the directory's results (shards) and the shards' (units) are asked for apart,
// and each query only of the shards the directory names for it: a shard without some word of a
// query would answer with Pagefind's fallback (the words the query's start reaches), units a
// single index of the collection would not have given.
// The directory is two (shards.ts, RECENT_SHARDS): the first names the newest shards and has a
// page for all the older ones; the older directory, which names those, is merged only when a
// search needs more shards than the first names and its older page holds the query's words.
// Shards once merged stay: a later search reads them again without fetching their metadata.
// Before a query, the newest shards can be merged (`newest`, then `open`), and while a query is
// typed its chunks loaded (`preload`, as Pagefind's own UI does; the box then requests its
// preview's fragments too, src/lib/search/engine.ts): the search that follows waits for the
// fragments of its results at most, where it would otherwise wait for the directory's chunks,
// then a shard's entry, its metadata and its chunks, then the fragments.
// Browser-safe; the browser and Node hand it their Pagefind module.
import type { PagefindApi } from './engine.ts';
import {
  BUNDLE_FILTER,
  DIRECTORY_BUNDLE,
  newestFirst,
  OLDER_DIRECTORY,
  olderDirectoryPath,
  readDirectoryPage,
  SHARD_BUNDLE,
  SHARD_FILTER,
  shardPath,
} from './shards.ts';
import type { FragmentData } from './unit.ts';

type Results = { results: Array<{ id: string; data: () => Promise<FragmentData> }> } | null;
type Filters = Record<string, string | { any: string[] }>;

/** The part of Pagefind's module (or of an instance from its createInstance) used here. */
export interface PagefindModule {
  /** A null term with filters: every page passing them (Pagefind's filter-only search). */
  search(term: string | null, options?: { filters?: Filters }): Promise<Results>;
  mergeIndex(path: string, options?: { mergeFilter?: Record<string, string> }): Promise<void>;
  /** Loads, in every bundle merged, the chunks a search of this term reads, and searches nothing. */
  preload(term: string): Promise<void>;
}

export interface ShardRef {
  name: string;
  from: string | undefined;
}

/** The shards holding a query's words, as far as the directories read tell. */
export interface Holding {
  /** Newest first, with the date of each one's oldest item. */
  shards: ShardRef[];
  /** Older shards than these hold the words too (the first directory's page for them says so), not named: the older directory was not read. */
  older: boolean;
}

/** Which shards a search reads, and opening them. */
export interface ShardAccess {
  /**
   * The shards that hold every word of at least one of these queries: at least `need` of them
   * when that many hold them (the older directory read when the first names fewer), or all.
   */
  find(queries: readonly string[], need?: number): Promise<Holding>;
  /** Merges these shards into the index (their metadata fetched), if not already. */
  open(names: readonly string[]): Promise<void>;
  /** The newest shards of the index, before any query, at most those the first directory names: its pages, read from its filter of bundles. */
  newest(count: number): Promise<ShardRef[]>;
  /** Loads the chunks a search of this text reads, in the directory and in the shards open; finds nothing. */
  preload(text: string): Promise<void>;
}

export interface ShardedIndex {
  /** Units of the open shards, as Pagefind finds them. */
  pagefind: PagefindApi;
  shards: ShardAccess;
}

/** Pagefind's exact search: the whole query in double quotes (its own test, /^\s*".+"\s*$/). */
const PHRASE = /^\s*"(.+)"\s*$/s;

/** `base`: the directory bundle's path or URL, ending in a slash (/pagefind/). */
export function shardedIndex(pagefind: PagefindModule, base: string): ShardedIndex {
  const opened = new Map<string, Promise<void>>();
  // Answers of the directories, by query, while only the first is merged and once the older is.
  const directory = new Map<string, Promise<Holding>>();
  let older: Promise<void> | undefined;
  let olderMerged = false;
  // A phrase ("…", Pagefind's exact search) is asked of the directory as its words: the directory
  // holds one location per word and shard, so it knows which shards hold every word, never which
  // hold them side by side (the shards themselves answer that); asked as a phrase, it named none.
  const holding = (query: string) => {
    const q = query.replace(PHRASE, '$1');
    const key = `${olderMerged ? 'all' : 'first'} ${q}`;
    let answer = directory.get(key);
    if (!answer) {
      const merged = olderMerged;
      answer = pagefind.search(q, { filters: { [BUNDLE_FILTER]: DIRECTORY_BUNDLE } }).then((r) => {
        const ids = (r?.results ?? []).map((x) => x.id);
        return { shards: ids.flatMap((id) => readDirectoryPage(id) ?? []), older: !merged && ids.includes(OLDER_DIRECTORY) };
      });
      directory.set(key, answer);
    }
    return answer;
  };
  const mergeOlder = () => (older ??= pagefind.mergeIndex(olderDirectoryPath(base)).then(() => void (olderMerged = true)));
  // The shards the first directory names, newest first: its pages, read from its filter of bundles (before the older is merged).
  let firstNamed: Promise<ShardRef[]> | undefined;
  const firstPages = () =>
    (firstNamed ??= pagefind
      .search(null, { filters: { [BUNDLE_FILTER]: DIRECTORY_BUNDLE } })
      .then((pages) => newestFirst((pages?.results ?? []).flatMap((x) => readDirectoryPage(x.id) ?? []))));
  const ask = async (queries: readonly string[]): Promise<Holding> => {
    const answers = await Promise.all(queries.map(holding));
    return { shards: newestFirst(answers.flatMap((a) => a.shards)), older: answers.some((a) => a.older) };
  };
  return {
    pagefind: {
      search: async (q, within) => {
        const wanted = [...opened.keys()].filter((name) => !within || within.includes(name));
        let held = await holding(q);
        // An older shard open (read for another query, or opened by name) is named by the older
        // directory only: read it when the first says older shards hold the words.
        if (held.older && wanted.length) {
          const first = new Set((await firstPages()).map((s) => s.name));
          if (wanted.some((name) => !first.has(name))) {
            await mergeOlder();
            held = await holding(q);
          }
        }
        const open = held.shards.map((s) => s.name).filter((name) => wanted.includes(name));
        return open.length ? pagefind.search(q, { filters: { [SHARD_FILTER]: { any: open } } }) : { results: [] };
      },
    },
    shards: {
      find: async (queries, need = Infinity) => {
        const first = await ask(queries);
        if (!first.older || first.shards.length >= need) return first;
        await mergeOlder();
        return ask(queries);
      },
      newest: async (count) => (await firstPages()).slice(0, count),
      preload: (text) => pagefind.preload(text),
      open: async (names) => {
        await Promise.all(
          names.map((name) => {
            let merging = opened.get(name);
            if (!merging) {
              merging = pagefind.mergeIndex(shardPath(base, name), {
                mergeFilter: { [BUNDLE_FILTER]: SHARD_BUNDLE, [SHARD_FILTER]: name },
              });
              opened.set(name, merging);
            }
            return merging;
          }),
        );
      },
    },
  };
}

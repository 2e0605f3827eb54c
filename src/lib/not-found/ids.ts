// The list of the collection's ids, cut so that the 404 page reads only the stretch near a typed id
// (browser-safe: the build cuts it, catalogue.ts; the page's script picks, data.ts). A list of
// every id would grow with the collection (78 KB gzipped at 10,000 documents). The ids are
// sorted twice, as spelled and spelled backwards, and each order cut into chunks: a slip in the
// second half of an id leaves it beside the id in the first order, a slip in the first half (a
// year, 2023- for 2024-) beside it in the second. Each chunk's file holds ID_MARGIN ids of its
// neighbours on either side, so every id within ID_MARGIN places of the typed one, in either
// order, is read; only a slip at both ends, in a large collection, can be missed.
import type { NearbyIds } from './suggest.ts';

/** Ids a chunk has of its own: its file is a few KB gzipped, and 10,000 documents make 20 of them. */
export const ID_CHUNK = 500;
/** Ids of the neighbouring chunks each file holds too, on either side. */
export const ID_MARGIN = 100;

export type IdOrder = 'forward' | 'backward';

/**
 * The chunks of each order: the key of each chunk's first id (its own, not its margin's; '' for
 * the first chunk) and its file's name. A chunk's file is named by its content, which is its ids
 * in one order whichever order cut it, so a collection of one chunk has one file.
 */
export type IdDirectory = Record<IdOrder, Array<[from: string, file: string]>>;

/** A chunk's file: its ids (and its margin's), each kind in code-unit order. */
export type IdChunk = NearbyIds;

/** What an id is sorted by in each order. */
export const idKey = (id: string, order: IdOrder): string => (order === 'forward' ? id : [...id].reverse().join(''));

/** Code-unit order, the same in the build and in the browser (not the locale's). */
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files of the chunks a typed id lies in, one per order (the same file twice in a small collection). */
export function chunksFor(directory: IdDirectory, typed: string): string[] {
  const files = (['forward', 'backward'] as const).flatMap((order) => {
    const key = idKey(typed, order);
    const chunk = directory[order].findLast(([from]) => from <= key);
    return chunk ? [chunk[1]] : [];
  });
  return [...new Set(files)];
}

// /notes/ cut into pages (src/lib/view/paging.ts): every item of the collection in corpus order,
// each with its repairs and editorial notes, or the one line saying it has none. The list has a
// heading per item, so it grew by one for every document added (13.6 KB gzipped at 500 synthetic
// documents, 148 KB at 10,000 by the same slope) however few notes there were.
import { groupedPageOf, type Paging } from '../view/paging.ts';
import type { ApparatusEntry, ApparatusGroup } from './apparatus.ts';

/**
 * How many lines one page of /notes/ holds: an entry is one, an item without any is one (its
 * 本篇没有修补或注记). An item's heading and that line are about 55 bytes of HTML gzipped, an
 * entry about 165 (637 for the longest of today's, with its variant readings), so a page of notes
 * alone stays near 35 KB. Today's 117 items and 20 entries take 133 lines: every one is on the
 * first page, at /notes/; then /notes/2/ and on.
 */
export const NOTES_ROWS_PER_PAGE = 200;

/** The lines an item takes on the page: its entries, or one (null) saying it has none. */
const linesOf = (group: ApparatusGroup): ReadonlyArray<ApparatusEntry | null> => (group.entries.length ? group.entries : [null]);

/** How many lines the notes of `groups` take in all (NOTES_ROWS_PER_PAGE a page). */
export const notesLines = (groups: readonly ApparatusGroup[]) => groups.reduce((n, g) => n + linesOf(g).length, 0);

/** One item's part of a page: the entries this page holds of it (none for an item without any). */
export interface NotesPageGroup {
  item: ApparatusGroup['item'];
  entries: ApparatusEntry[];
  /** Its entries in all, on every page. */
  count: number;
  /** Its entries began on the page before (its heading says 续, and its fragment is there). */
  continued: boolean;
}

export interface NotesPage {
  groups: NotesPageGroup[];
  paging: Paging;
  /** The 1-based places of this page's first and last items among all `items`, for 本页是第 3–180 篇. */
  from: number;
  to: number;
  items: number;
  /** Entries (notes and repairs) in all. */
  entries: number;
}

/** Page `n` of /notes/: NOTES_ROWS_PER_PAGE lines, an item cut by the boundary shown on both pages. */
export function notesPage(groups: readonly ApparatusGroup[], n: number, urlOf: (n: number) => string): NotesPage {
  const { groups: slice, paging } = groupedPageOf(groups, linesOf, NOTES_ROWS_PER_PAGE, n, urlOf);
  const place = (g: ApparatusGroup) => groups.indexOf(g) + 1;
  return {
    groups: slice.map(({ group, entries, continued }) => ({
      item: group.item,
      entries: entries.filter((e) => e !== null),
      count: group.entries.length,
      continued,
    })),
    paging,
    from: slice.length ? place(slice[0]!.group) : 0,
    to: slice.length ? place(slice.at(-1)!.group) : 0,
    items: groups.length,
    entries: groups.reduce((sum, g) => sum + g.entries.length, 0),
  };
}

/** The page of /notes/ each entry stands on, by its anchor: what the text's marks link to. */
export function notesPageNumbers(groups: readonly ApparatusGroup[]): Map<string, number> {
  const pages = new Map<string, number>();
  let line = 0;
  for (const group of groups) {
    for (const entry of linesOf(group)) {
      if (entry) pages.set(entry.anchor, Math.floor(line / NOTES_ROWS_PER_PAGE) + 1);
      line++;
    }
  }
  return pages;
}

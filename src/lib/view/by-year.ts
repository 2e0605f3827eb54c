// Documents listed by year, newest first and undated last: the catalogue, the actor index and the
// instrument index group their rows the same way, with one date per document (itemDate).
import type { DocumentEntry } from '../corpus.ts';
import { UNDATED, itemDate } from '../schema/item-date.ts';

/** What a list of documents shows of each one's date and groups by: YYYY-MM-DD and its year, or undated. */
export interface DatedRow {
  id: string;
  /**
   * The full title: a list of the collection's documents names each apart, and a short title
   * (《意见》) would stand for twelve of them.
   */
  name: string;
  /** YYYY-MM-DD, or undefined for a text that prints no date and came with none. */
  date: string | undefined;
  /** What the date column shows: the date, or 未注明日期. */
  dateText: string;
}

export function datedRow(doc: DocumentEntry): DatedRow {
  const date = itemDate(doc.meta);
  return { id: doc.id, name: doc.meta.title, date, dateText: date ?? UNDATED };
}

/** The year of the group of undated texts, in ids such as #actors-y-undated. */
export const UNDATED_GROUP = 'undated';

/** Rows by year, newest year first and newest first within a year; undated texts last, in the order given. */
export function groupByYear<T extends DatedRow>(rows: readonly T[]): Array<{ year: string; label: string; rows: T[] }> {
  const sorted = [...rows].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const groups: Array<{ year: string; label: string; rows: T[] }> = [];
  for (const row of sorted) {
    const year = row.date?.slice(0, 4) ?? UNDATED_GROUP;
    const last = groups.at(-1);
    if (last?.year === year) last.rows.push(row);
    else groups.push({ year, label: row.date ? `${year}年` : UNDATED, rows: [row] });
  }
  return groups;
}

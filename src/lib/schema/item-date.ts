// The date an item is known by, apart from the schema so the code a reader's browser runs (citing)
// can read it without zod.

/**
 * The date a document is known by: its own (成文日期, or the version an adoption note names), else
 * its copy's publication; undefined for a text that prints none and came with none (the 宪法 as
 * reprinted without its adoption notes): such a text is shown as undated, never given a day.
 */
export const itemDate = (meta: { date?: string | undefined; published?: string | undefined }): string | undefined =>
  meta.date ?? meta.published;

/** What a list shows for an undated text. */
export const UNDATED = '未注明日期';

/** The year an item is listed and filtered under (of itemDate): 2019; undefined for an undated text. */
export const itemYear = (meta: Parameters<typeof itemDate>[0]): string | undefined => itemDate(meta)?.slice(0, 4);

// Traditional → simplified for queries, in the browser and the command line alike, from tables
// the build cut down to the site's own characters (simplify-tables.ts). A query is converted
// only when it holds a character of the gate, the characters any kept table entry starts from;
// any other query the tables could not change, so they are not fetched for it.
import type { ToSimplified } from './normalize.ts';

/** OpenCC dictionaries in opencc-js's own form, "from to|from to…", as the build kept them. */
export interface SimplifyTables {
  /** CJK compatibility ideographs to their unified forms (applied first). */
  compat: string;
  /** Traditional phrases, matched before single characters. */
  phrases: string;
  characters: string;
}

/** True when the text holds a character some kept table entry starts from (else conversion is the identity). */
export function mayChange(text: string, gate: string): boolean {
  for (const c of text) if (gate.includes(c)) return true;
  return false;
}

/**
 * opencc-js's `{ from: 't', to: 'cn' }` chain (compatibility ideographs, then phrases over
 * characters) on the given tables; only the converter's small core is loaded.
 */
export async function converterFrom(tables: SimplifyTables | Promise<SimplifyTables>): Promise<ToSimplified> {
  // The tables (fetched) and the core (a script of its own) load side by side: one round trip, not two, before a query in 繁體 is searched.
  const [t, core] = await Promise.all([tables, import('opencc-js/core')]);
  const normalise = core.ConverterFactory([t.compat]);
  const convert = core.ConverterFactory([t.phrases, t.characters]);
  return (text: string) => convert(normalise(text));
}

// Build time: OpenCC's traditional → simplified tables cut down to what can matter on this site.
// A reader's query can only find what the texts hold, and the thesaurus's words; an entry whose
// simplified side has none of their characters could only turn a character the site lacks into
// another it lacks. Kept: every entry with at least one such character. The full tables are
// about 28 KB compressed; the kept ones a third of that, fetched only for queries that need them.
// tests/content/simplify.test.ts proves the cut tables convert every sentence of the texts,
// written in traditional characters, exactly as the full ones do.
import compat from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import phrases from 'opencc-js/dict/TSPhrases';
import characters from 'opencc-js/dict/TSCharacters';
import { converterFrom, type SimplifyTables } from './simplify.ts';

/** OpenCC's full tables, as opencc-js ships them. */
export const FULL_TABLES: SimplifyTables = { compat, phrases, characters };

const entries = (table: string) => table.split('|').map((e) => e.split(' ') as [string, string]);

/** The entries of each table whose simplified side holds a character of the vocabulary. */
export function cutTables(vocabulary: Iterable<string>): SimplifyTables {
  const chars = new Set<string>();
  for (const text of vocabulary) for (const c of text) chars.add(c);
  const keep = (table: string) =>
    entries(table)
      .filter(([from, to]) => from !== to && [...to].some((c) => chars.has(c)))
      .map((e) => e.join(' '))
      .join('|');
  return { compat: keep(FULL_TABLES.compat), phrases: keep(FULL_TABLES.phrases), characters: keep(FULL_TABLES.characters) };
}

/**
 * One character of each kept entry, so that a text holding none of them can match no entry and
 * is left as it is: a text must hold every character of an entry to match it, so any one will do.
 * The one chosen is a character the entry changes (覆 of 函覆 → 函复, 坏 of 一坏 → 一坯, not 函 or
 * 一), the rarest in the site's vocabulary where there are several (a traditional form, which the
 * texts never use), so that queries in simplified characters hold none of them.
 */
export function gateOf(tables: SimplifyTables, vocabulary: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const text of vocabulary) for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  const rarity = (c: string) => counts.get(c) ?? 0;
  const gate = new Set<string>();
  for (const table of [tables.compat, tables.phrases, tables.characters])
    for (const [from, to] of entries(table)) {
      const own = [...from];
      const into = [...to];
      // The characters the entry changes (覆 of 函覆 → 函复), when it maps one to one.
      const changed = own.length === into.length ? own.filter((c, i) => c !== into[i]) : [];
      const pool = changed.length ? changed : own;
      if (pool.length) gate.add(pool.reduce((best, c) => (rarity(c) < rarity(best) ? c : best)));
    }
  return [...gate].sort().join('');
}

/** The exact opencc-js t→cn converter on the full tables (the reference the cut ones are proved against). */
export const fullConverter = () => converterFrom(FULL_TABLES);

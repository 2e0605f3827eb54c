// A document's size in its own words, read off its unit list: 6个部分、28条措施; 11章、63条;
// 3个部分、7点; a communiqué without numbered units 14段. Browser-safe.
import { countOf, paragraphCount } from '../schema/unit-words.ts';
import { PAGE_KINDS, type UnitKind } from '../units/units.ts';

interface Countable {
  kind: UnitKind;
  sentences: ReadonlyArray<{ paragraph: number }>;
}

const DIVISIONS: UnitKind[] = ['book', 'chapter', 'section', 'part'];
const NUMBERED: UnitKind[] = ['article', 'measure', 'point'];

/** The counts that say how a document is built, in its own words, most telling first. */
export function unitCounts(units: readonly Countable[]): string[] {
  const count = (kind: UnitKind) => units.filter((u) => u.kind === kind).length;
  const divisions = DIVISIONS.filter((k) => count(k) > 0).map((k) => countOf(k, count(k)));
  const numbered = NUMBERED.filter((k) => count(k) > 0).map((k) => countOf(k, count(k)));
  const attachments = count('attachment') ? [countOf('attachment', count('attachment'))] : [];
  if (numbered.length === 0 && !units.some((u) => PAGE_KINDS.has(u.kind))) {
    // No numbered units: the text is counted in the paragraphs it prints.
    const paragraphs = new Set(units.flatMap((u, i) => u.sentences.map((s) => `${i}:${s.paragraph}`))).size;
    return [...divisions, paragraphCount(paragraphs), ...attachments];
  }
  return [...divisions, ...numbered, ...attachments];
}

/** The counts joined as a line shows them: 11章、63条. */
export const unitSummary = (units: readonly Countable[]) => unitCounts(units).join('、');

/** What a document's numbered units are called (措施, 条文, 要点), or null when it has none. */
export function numberedNoun(units: readonly Countable[]): string | null {
  if (units.some((u) => u.kind === 'article')) return '条文';
  if (units.some((u) => u.kind === 'measure')) return '措施';
  if (units.some((u) => u.kind === 'point')) return '要点';
  return null;
}

/** How many numbered units a document has, in its words: 63条, 28条措施, 7点. */
export const numberedCount = (units: readonly Countable[]) =>
  NUMBERED.filter((k) => units.some((u) => u.kind === k))
    .map((k) => countOf(k, units.filter((u) => u.kind === k).length))
    .join('、');

/** The classifier a count of them takes in a list of options: 条 for measures and articles, 点 for points. */
export const numberedCounter = (units: readonly Countable[]) => (numberedNoun(units) === '要点' ? '点' : '条');

/** What a document's table of its numbered units is called (措施表, 条文表, 要点表), or null when it has none. */
export function numberedTableName(units: readonly Countable[]): string | null {
  const noun = numberedNoun(units);
  return noun && `${noun}表`;
}

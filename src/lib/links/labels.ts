import { unitTitle } from '../units/titles.ts';
import { measureNumber, shortBookTitle } from '../cite/locators.ts';
import type { Unit } from './units.ts';

const labels = new WeakMap<Unit, string>();

/** How a link names a unit: 《意见》（十四）提高产业工人经济收入, 《意见》一、总体要求, or a news title. */
export function unitLabel(unit: Unit): string {
  let label = labels.get(unit);
  if (label === undefined) labels.set(unit, (label = labelOf(unit)));
  return label;
}

/** Worked out once per unit: every link to the unit names it (a passage repeated in every document, once per copy). */
function labelOf(unit: Unit): string {
  const { entry } = unit;
  if (entry.kind === 'news') return entry.meta.title;
  const title = shortBookTitle(entry);
  const measure = entry.measure(unit.unit!);
  if (measure) return `${title}${measureNumber(measure)}${measure.lead ?? ''}`;
  const u = entry.units.byId.get(unit.unit!)!;
  // A sub-item is named with its measure: 《意见》（五）3.
  const holder = u.kind === 'subitem' && u.parent ? entry.measure(u.parent) : undefined;
  return `${title}${holder ? measureNumber(holder) : ''}${unitTitle(u)}`;
}

/** Ordinal of a sentence within its unit, counted from 1 (m14-s3 → 3, s21 → its place in the item). */
export const sentenceOrdinal = (unit: Unit, sentenceId: string) => unit.sentences.findIndex((s) => s.id === sentenceId) + 1;

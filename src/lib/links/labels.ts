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
  if (unit.kind === 'preamble') return `${title}前言`;
  const part = entry.outline.parts.find((p) => p.id === unit.unit);
  if (part) return `${title}${part.numeral}、${part.heading}`;
  const measure = entry.measures.find((m) => m.id === unit.unit)!;
  return `${title}${measureNumber(measure)}${measure.lead ?? ''}`;
}

/** Ordinal of a sentence within its unit, counted from 1 (m14-s3 → 3, s21 → its place in the item). */
export const sentenceOrdinal = (unit: Unit, sentenceId: string) => unit.sentences.findIndex((s) => s.id === sentenceId) + 1;

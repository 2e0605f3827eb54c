/** 第（十四）条 — how a measure is named in running Chinese text (full-width brackets). */
export function measureName(numeral: string): string {
  return `第（${numeral}）条`;
}

/** A sentence's position as a reader would say it: 第3句. */
export function sentenceOrdinal(id: string): number {
  return Number(id.slice(id.lastIndexOf('-s') + 2).replace(/^s/, ''));
}

/** How a unit is named in running text: 第（十四）条 for a measure, 第五条 for an article, 第一点 for a point. */
export function unitName(unit: { kind?: 'point' | 'article' | undefined; numeral: string; label: string }): string {
  if (unit.kind === 'article') return unit.label;
  if (unit.kind === 'point') return `第${unit.numeral}点`;
  return measureName(unit.numeral);
}

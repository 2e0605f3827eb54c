/** 第（十四）条 — how a measure is named in running Chinese text (full-width brackets). */
export function measureName(numeral: string): string {
  return `第（${numeral}）条`;
}

/** A sentence's position as a reader would say it: 第3句. */
export function sentenceOrdinal(id: string): number {
  return Number(id.slice(id.lastIndexOf('-s') + 2).replace(/^s/, ''));
}

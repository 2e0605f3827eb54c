/** A passage cut around [start, end) of a text: the words before, the match, the words after. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * Cuts `width` characters either side of a match, marking a cut with …; code points, not UTF-16
 * units, so a character outside the BMP is never split.
 */
export function snippet(text: string, start: number, end: number, width = 24): Snippet {
  if (start < 0 || end < start || end > text.length) throw new Error(`snippet [${start}, ${end}) is outside a text of ${text.length}`);
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  return {
    before: (before.length > width ? '…' : '') + before.slice(-width).join(''),
    match: text.slice(start, end),
    after: after.slice(0, width).join('') + (after.length > width ? '…' : ''),
  };
}

/** The first `max` characters of a text, with an ellipsis when it was cut (margins, lists). */
export function truncate(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;
}

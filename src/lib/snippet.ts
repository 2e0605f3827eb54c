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
  // Where the cut falls in a run of spaces (a signature line's 绍兴市教育工会      2019年…), the …
  // stands for them: a space beside it would show as a gap the text does not have.
  const cutBefore = before.length > width;
  const cutAfter = after.length > width;
  const kept = { before: before.slice(-width).join(''), after: after.slice(0, width).join('') };
  return {
    before: cutBefore ? `…${kept.before.trimStart()}` : kept.before,
    match: text.slice(start, end),
    after: cutAfter ? `${kept.after.trimEnd()}…` : kept.after,
  };
}

/** The first `max` characters of a text, with an ellipsis when it was cut (margins, lists). */
export function truncate(text: string, max: number): string {
  // Counted in place, without spreading the text: every margin line of every page calls it.
  for (let at = 0, count = 0; at < text.length; count++) {
    if (count === max) return `${text.slice(0, at)}…`;
    at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  }
  return text;
}

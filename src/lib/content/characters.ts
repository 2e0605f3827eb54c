// The characters no content file may hold, in its bytes or in a value YAML decodes from an escape
// ("\0", "\x1b", "\uFFFE"): each is invisible in an editor, and each breaks something downstream
// (HTML text, XML 1.0 in the Akoma Ntoso export, or the order a reader sees the words in).

export interface ForbiddenCharacter {
  /** Offset of the character in the text, in UTF-16 code units. */
  index: number;
  /** U+XXXX. */
  code: string;
  /** Why it is refused, as the error says it. */
  why: string;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** U+FDD0–U+FDEF and the last two code points of every plane: never text, and not XML. */
const NONCHARACTER = new RegExp(
  `[\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => {
    const p = plane.toString(16).toUpperCase();
    return plane === 0 ? '\\uFFFE\\uFFFF' : `\\u{${p}FFFE}\\u{${p}FFFF}`;
  }).join('')}]`,
  'u',
);
/** Embeddings, overrides and isolates: they reorder what is shown (a spoofing device). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
/** Half of a surrogate pair, alone: only a YAML escape ("\uD800") can make one. */
const LONE_SURROGATE = /\p{Surrogate}/u;

const CHECKS: Array<[RegExp, string]> = [
  [CONTROL, 'control character %s (invisible, and not allowed in HTML); remove it'],
  [NONCHARACTER, 'noncharacter %s (not text, and not allowed in XML); remove it'],
  [BIDI, 'bidirectional control %s (it reverses the order the text is shown in); remove it'],
  [LONE_SURROGATE, 'lone surrogate %s (half of a character); remove it'],
];

/** The first forbidden character of `text`, or null. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  let found: ForbiddenCharacter | null = null;
  for (const [re, why] of CHECKS) {
    const m = re.exec(text);
    if (!m || (found && found.index <= m.index)) continue;
    const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    found = { index: m.index, code, why: why.replace('%s', code) };
  }
  return found;
}

/** Line and column (1-based, UTF-16 code units) of an offset of `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

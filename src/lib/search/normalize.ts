// Query normalisation shared by the browser and the command line. Everything here keeps string
// lengths (one UTF-16 unit in, one out) except `normaliseQuery`, so offsets found in folded
// text are offsets in the original text too.

/** Full-width ASCII and the ideographic space to half-width; ASCII letters to lower case. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += String.fromCharCode(code);
  }
  return out;
}

/** Separators between query terms: spaces and punctuation a reader may type between words. */
const SEPARATORS = /[\s,;:!?"'()[\]{}<>|，。、；：！？“”‘’《》〈〉（）【】「」『』〔〕…—·]+/u;
/**
 * Zero-width characters, and the bidirectional marks, embeddings, overrides and isolates (no text
 * holds one: the content checks refuse them), which would also reverse the status line that
 * quotes the query.
 */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The longest query searched, in characters: a sentence pasted whole is rarely longer (half the
 * sentences of the texts are under 60 characters), and the work of a query grows with its length.
 */
export const MAX_QUERY_CHARS = 100;
/** The most terms (words apart) a query is searched for: each is a query to the index. */
export const MAX_QUERY_TERMS = 8;

/** A query cut to MAX_QUERY_CHARS characters (never a character in two), and how long it was when it was cut. */
export function boundQuery(raw: string): { text: string; length?: number } {
  if (raw.length <= MAX_QUERY_CHARS) return { text: raw };
  const chars = Array.from(raw);
  return chars.length <= MAX_QUERY_CHARS ? { text: raw } : { text: chars.slice(0, MAX_QUERY_CHARS).join(''), length: chars.length };
}

export type ToSimplified = (text: string) => string;

/** The query as searched: folded, traditional characters simplified, separators reduced to one space. */
export function normaliseQuery(raw: string, toSimplified: ToSimplified = (t) => t): string {
  const folded = fold(raw.replace(INVISIBLE, '')).normalize('NFC');
  return toSimplified(folded).split(SEPARATORS).filter(Boolean).join(' ');
}

/** The terms of a normalised query, each searched as a phrase: the first MAX_QUERY_TERMS (allTermsOf: every one). */
export function termsOf(query: string): string[] {
  return allTermsOf(query).slice(0, MAX_QUERY_TERMS);
}

export function allTermsOf(query: string): string[] {
  return [...new Set(query.split(' ').filter(Boolean))];
}

/** True when the text has Han characters, the only case where 繁→简 can change anything. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

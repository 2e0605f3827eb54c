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
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

export type ToSimplified = (text: string) => string;

/** The query as searched: folded, traditional characters simplified, separators reduced to one space. */
export function normaliseQuery(raw: string, toSimplified: ToSimplified = (t) => t): string {
  const folded = fold(raw.replace(INVISIBLE, '')).normalize('NFC');
  return toSimplified(folded).split(SEPARATORS).filter(Boolean).join(' ');
}

/** The terms of a normalised query, each searched as a phrase. */
export function termsOf(query: string): string[] {
  return [...new Set(query.split(' ').filter(Boolean))];
}

/** True when the text has Han characters, the only case where 繁→简 can change anything. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

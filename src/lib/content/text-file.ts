import { ContentError } from '../errors.ts';
import { findForbiddenCharacter, lineAndColumn } from './characters.ts';

/** Decodes UTF-8 strictly: a file in another encoding is an error, never mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const text = decodeUtf8Only(bytes, file);
  rejectForbiddenCharacters(text, file);
  return text;
}

/**
 * Decodes UTF-8 strictly, without looking at the characters: for a saved page, whose markup
 * outside the article body never reaches the site; the text derived from it is checked instead.
 */
export function decodeUtf8Only(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new ContentError(file, lineOfByte(bytes, at), `not valid UTF-8 (byte ${at} is 0x${bytes[at]?.toString(16)}); save the file as UTF-8`);
  }
}

/**
 * A character no content file may hold (src/lib/content/characters.ts), at its line and column;
 * `place` turns a place of `text` into the file's own (for a text derived from a page).
 */
export function rejectForbiddenCharacters(
  text: string,
  file: string,
  place: (line: number, column: number) => { line: number; column: number } = (line, column) => ({ line, column }),
) {
  const found = findForbiddenCharacter(text);
  if (!found) return;
  const at = lineAndColumn(text, found.index);
  const { line, column } = place(at.line, at.column);
  throw new ContentError(file, line, found.why, column);
}

function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (streaming mode accepts a prefix cut inside a character).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

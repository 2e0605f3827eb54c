import { ContentError } from '../errors.ts';

/** Decodes UTF-8 strictly: a file in another encoding is an error, never mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new ContentError(file, lineOfByte(bytes, at), `not valid UTF-8 (byte ${at} is 0x${bytes[at]?.toString(16)}); save the file as UTF-8`);
  }
  rejectControlCharacters(text, file);
  return text;
}

/** Control characters (NUL, ESC…) are invisible in an editor and not allowed in HTML text. */
function rejectControlCharacters(text: string, file: string) {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
  if (!m) return;
  const line = text.slice(0, m.index).split('\n').length;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new ContentError(file, line, `control character U+${code} in the text (invisible, and not allowed in HTML); remove it`);
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

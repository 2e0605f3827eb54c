// The text the parser reads of a source file, the one function ingest, the build's loader and the
// exports call: a .txt source is its text; a saved page (.html) is kept as received and its text
// derived from it each time (src/lib/html/page-text.ts), the same on every machine. A problem the
// parser finds in a page's text is reported at its place in the page (file:line:col of the .html).
import { ContentError, ContentErrors } from '../errors.ts';
import { type PageText, PageTextError, pageText } from '../html/page-text.ts';
import { decodeUtf8, decodeUtf8Only, rejectForbiddenCharacters } from './text-file.ts';

/** A source saved as a web page: its text is derived from it. */
export const isPageSource = (name: string) => /\.html?$/iu.test(name);

export interface SourceText {
  text: string;
  /** For a page: how its text was derived (the body, the lines' places, the page's own facts). */
  page?: PageText;
}

/** The text of the source `file` (its path as errors show it), from its bytes. */
export function sourceText(bytes: Uint8Array, file: string): SourceText {
  if (!isPageSource(file)) return { text: decodeUtf8(bytes, file) };
  const html = decodeUtf8Only(bytes, file);
  let page: PageText;
  try {
    page = pageText(html);
  } catch (e) {
    if (e instanceof PageTextError) throw new ContentError(file, undefined, e.message);
    throw e;
  }
  rejectForbiddenCharacters(page.text, file, page.inPage);
  return { text: page.text, page };
}

/**
 * Errors the parser reported on a source's text, placed in the source file itself: unchanged for a
 * text file; for a page, each line and column of the derived text turned into the page's.
 */
export function placedInSource(e: unknown, source: SourceText): unknown {
  const page = source.page;
  if (!page) return e;
  const place = (x: ContentError) => {
    if (x.line === undefined) return x;
    const at = page.inPage(x.line, x.column);
    return new ContentError(x.file, at.line, x.problem, at.column);
  };
  if (e instanceof ContentErrors) return new ContentErrors(e.errors.map(place));
  if (e instanceof ContentError) return place(e);
  return e;
}

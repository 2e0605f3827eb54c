// A saved web page read as the text the parser reads: rehype-parse makes the page a hast tree, the
// article body is found (article.ts) and turned into lines (text-lines.ts), joined by LF with a
// final LF, as the corpus's .txt files are. Derived the same way every time from the page's bytes,
// which are what content/sources/ keeps: ingest and the build call this one function.
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { location } from 'vfile-location';
import { type ArticleBody, articleBody } from './article.ts';
import { type PageFacts, pageFacts } from './page-facts.ts';
import { type PageLine, textLines } from './text-lines.ts';

export interface PageText {
  /** The text: the body's lines, each ended by LF. */
  text: string;
  lines: PageLine[];
  body: ArticleBody;
  facts: PageFacts;
  /**
   * Where a place of the text (1-based line and column, as the parser reports them) stands in the
   * page: its line and column there, so an error names the place a person can open.
   */
  inPage: (line: number, column: number | undefined) => { line: number; column: number };
}

const parser = unified().use(rehypeParse);

/** The text of a page; throws when no body can be found or the body holds no text. */
export function pageText(html: string): PageText {
  const tree = parser.parse(html) as Root;
  const body = articleBody(tree);
  if (!body) throw new PageTextError('the page has no element to read text from');
  const lines = textLines(body.nodes, html, body.stop);
  if (lines.length === 0) throw new PageTextError(`the page's article body (${body.found}) holds no text`);
  const place = location(html);
  const inPage = (line: number, column: number | undefined) => {
    const l = lines[line - 1];
    // A place past the text's end (the end of the file) is the end of the body's last character.
    const offsets = l?.offsets ?? lines.at(-1)!.offsets.slice(-1);
    const offset = offsets[Math.min(Math.max((column ?? 1) - 1, 0), offsets.length - 1)] ?? 0;
    const point = place.toPoint(offset);
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
  return { text: lines.map((l) => `${l.text}\n`).join(''), lines, body, facts: pageFacts(tree, body), inPage };
}

/** A page that gives no text. */
export class PageTextError extends Error {}

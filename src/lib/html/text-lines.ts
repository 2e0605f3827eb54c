// The lines of text an HTML article body holds, by the corpus's extraction rules (shared/corpus
// README, "Extraction rules"), so a saved page and the text extracted from it once read the same:
// one line per <p> or <br>; the boundaries of <div>, <tr>, <td>/<th>, <li>, <h1>–<h6> and <table>
// also break lines (each table cell its own line); tags dropped, entities decoded (&nbsp; is
// U+00A0, as the parser gives it); each line stripped as Python's str.strip() strips; blank lines
// dropped. Nothing else is changed. Each character keeps the offset in the page it came from, so a
// problem the parser finds in the text is reported at its place in the page.
import { decodeHTML } from 'entities';
import type { Comment, Element, Nodes, Text } from 'hast';

/** One line of the text, with where each of its characters stands in the page. */
export interface PageLine {
  text: string;
  /** Offset in the page (UTF-16 code units) of each code unit of `text`. */
  offsets: number[];
}

/** Elements whose start and end break the line: the rules' list, and nothing more. */
const BREAKING = new Set(['p', 'div', 'tr', 'td', 'th', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table']);
/**
 * What Python's str.isspace() calls whitespace, which str.strip() removes from the ends: the
 * ASCII controls \t–\r and \x1c–\x1f, space, \x85, U+00A0, U+1680, U+2000–U+200A, U+2028,
 * U+2029, U+202F, U+205F and U+3000. Not JavaScript's trim(): that also removes U+FEFF and keeps
 * \x1c–\x1f and \x85.
 */
// eslint-disable-next-line no-control-regex -- Python's whitespace includes these controls
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/** Where the walk stops: the first node for which it returns true is neither read nor passed. */
export type Stop = (node: Nodes) => boolean;

/**
 * The lines of `roots` (read in order, each with everything under it), up to the node `stop`
 * says ends the body. `page` is the page's text, to place each character exactly.
 */
export function textLines(roots: readonly Nodes[], page: string, stop: Stop = () => false): PageLine[] {
  const lines: PageLine[] = [];
  let text = '';
  let offsets: number[] = [];
  let stopped = false;
  const end = () => {
    const line = stripped(text, offsets);
    if (line.text) lines.push(line);
    text = '';
    offsets = [];
  };
  const walk = (node: Nodes) => {
    if (stopped || (stopped = stop(node))) return;
    if (node.type === 'text') {
      text += node.value;
      offsets.push(...placed(node, page));
    } else if (node.type === 'element') {
      if (node.tagName === 'br') return end();
      const breaks = BREAKING.has(node.tagName);
      if (breaks) end();
      // <template> content is a separate fragment in hast: it is not shown, and not read.
      for (const child of node.children) walk(child);
      if (breaks && !stopped) end();
    } else if (node.type === 'root') {
      for (const child of node.children) walk(child);
    }
    // Comments and doctypes are not text.
  };
  for (const root of roots) walk(root);
  end();
  return lines;
}

/** A line without the whitespace at its ends, as Python's str.strip() leaves it. */
function stripped(text: string, offsets: number[]): PageLine {
  let from = 0;
  let to = text.length;
  while (from < to && PY_SPACE.test(text[from]!)) from++;
  while (to > from && PY_SPACE.test(text[to - 1]!)) to--;
  return { text: text.slice(from, to), offsets: offsets.slice(from, to) };
}

/**
 * The page offset of each code unit of a text node's value. The value is the raw text with its
 * character references decoded and CR LF made LF: the two are walked side by side, a decoded
 * reference taking the offset of its '&'. Where they cannot be aligned (a repair of the HTML
 * parser's), the rest of the node takes the node's start, which still names the place to look.
 */
function placed(node: Text, page: string): number[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = node.value;
  if (start === undefined || end === undefined) return new Array<number>(value.length).fill(0);
  const raw = page.slice(start, end);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (j < value.length && i < raw.length) {
    const ref = raw[i] === '&' ? REFERENCE.exec(raw.slice(i, i + 40))?.[0] : undefined;
    const decoded = ref ? decodeHTML(ref) : undefined;
    if (ref && decoded && decoded !== ref && value.startsWith(decoded, j)) {
      for (let k = 0; k < decoded.length; k++) out.push(start + i);
      i += ref.length;
      j += decoded.length;
    } else if (raw[i] === value[j]) {
      out.push(start + i);
      i++;
      j++;
    } else if (raw[i] === '\r') i++;
    else break;
  }
  while (out.length < value.length) out.push(start);
  return out;
}

/** A character reference as written in a page: &nbsp; &#12288; &#x3000; (the ; may be missing). */
const REFERENCE = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/u;

/** Whether a node is the comment `text` (<!--endprint-->), however it is spaced. */
export const isComment = (node: Nodes, text: string): node is Comment => node.type === 'comment' && node.value.trim() === text;

/** The text under an element, its whitespace as the page has it (for a heading or a table cell read alone). */
export function textOf(node: Element | Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c)).join('');
  return '';
}

/** A string stripped as Python's str.strip() strips it. */
export const pyStrip = (text: string) => stripped(text, []).text;

import { visit } from 'unist-util-visit';
import type { ItemRoot, Repair, SentenceNode, Span } from './tree/nodes.ts';

/** A piece of source an item's tree accounts for, and its text as printed there. */
export interface Piece {
  span: Span;
  printed: string;
}

/**
 * Every piece of source an item's tree accounts for: sentences (with their repairs undone),
 * titles, date lines, part, book, chapter and section headings, a preamble's heading (序言), the
 * lines of a contents list, measure, article and item labels, furniture, subheadings, salutations,
 * signatures and attachment headings, sub-item and box labels, box headings, table captions and cells,
 * each line of a title printed over several, document numbers, publisher notes, lists of attachments
 * and 版记 lines (a notice's text and the document it issues are walked like the rest).
 */
export function piecesOf(root: ItemRoot): Piece[] {
  const repairs = root.data.repairs;
  const pieces: Piece[] = [];
  visit(root, (node) => {
    switch (node.type) {
      case 'sentence':
        pieces.push({ span: node.span, printed: unrepair(node, repairs) });
        break;
      case 'title':
        // A title printed over several lines: each line where it is printed.
        if (node.lines) for (const line of node.lines) pieces.push({ span: line.span, printed: line.text });
        else pieces.push({ span: node.span, printed: node.text });
        break;
      case 'dateLine':
      case 'docNumber':
      case 'publisherNote':
      case 'furniture':
      case 'subheading':
      case 'salutation':
        pieces.push({ span: node.span, printed: node.text });
        break;
      case 'part':
        pieces.push({ span: node.headingSpan, printed: `${node.numeral}、${node.heading}${node.headingStop ?? ''}` });
        break;
      case 'book':
      case 'chapter':
      case 'section':
        pieces.push({ span: node.labelSpan, printed: node.label });
        if (node.heading) pieces.push({ span: node.headingSpan, printed: node.heading });
        break;
      case 'contents':
        for (const line of node.lines) pieces.push({ span: line.span, printed: line.text });
        break;
      case 'preamble':
        if (node.heading) pieces.push({ span: node.heading.span, printed: node.heading.text });
        break;
      case 'attachment':
        pieces.push({ span: node.headingSpan, printed: node.heading });
        if (node.title) pieces.push({ span: node.title.span, printed: node.title.text });
        break;
      case 'signature':
      case 'attachmentList':
      case 'imprint':
        for (const line of node.lines) pieces.push({ span: line.span, printed: line.text });
        break;
      case 'box':
        pieces.push({ span: node.labelSpan, printed: node.label });
        if (node.headingSpan) pieces.push({ span: node.headingSpan, printed: node.heading });
        break;
      case 'table':
        if (node.caption) pieces.push({ span: node.caption.span, printed: node.caption.text });
        for (const cell of node.rows.flat()) pieces.push({ span: cell.span, printed: cell.text });
        break;
      case 'measure':
      case 'article':
      case 'item':
      case 'subitem':
        pieces.push({ span: node.labelSpan, printed: node.label });
        break;
    }
  });
  return pieces;
}

/** A sentence as printed: its text with the characters each repair removed put back. */
export function unrepair(sentence: Pick<SentenceNode, 'id' | 'text' | 'span'>, repairs: readonly Repair[]): string {
  let text = sentence.text;
  const own = repairs.filter((r) => r.sentence === sentence.id).sort((a, b) => b.span[0] - a.span[0]);
  for (const r of own) {
    const at = r.span[0] - sentence.span[0] - gapsBefore(r, own);
    text = text.slice(0, at) + r.removed + text.slice(at);
  }
  return text;
}

function gapsBefore(repair: Repair, all: readonly Repair[]): number {
  return all.filter((r) => r.span[0] < repair.span[0]).reduce((n, r) => n + r.removed.length, 0);
}

/**
 * Rebuilds an item's slice of `source` from its tree alone: every piece at its span, repairs
 * undone, and the whitespace between pieces taken from the source. Returns the rebuilt text and
 * any non-whitespace source character no piece accounts for.
 */
export function rebuildSlice(
  source: string,
  [from, to]: Span,
  root: ItemRoot,
): { text: string; unaccounted: Array<{ at: number; text: string }> } {
  const pieces = piecesOf(root).sort((a, b) => a.span[0] - b.span[0]);
  let text = '';
  let at = from;
  const unaccounted: Array<{ at: number; text: string }> = [];
  for (const piece of pieces) {
    const gap = source.slice(at, piece.span[0]);
    if (gap.replace(/[\s\uFEFF]/g, '')) unaccounted.push({ at, text: gap.trim() });
    text += gap + piece.printed;
    at = piece.span[1];
  }
  const tail = source.slice(at, to);
  if (tail.replace(/[\s\uFEFF]/g, '')) unaccounted.push({ at, text: tail.trim() });
  return { text: text + tail, unaccounted };
}

import { visit } from 'unist-util-visit';
import type { ItemRoot, Printed, Repair, SentenceNode, Span } from './tree/nodes.ts';

/** A piece of source an item's tree accounts for, and its text as printed there. */
export interface Piece {
  /** The type of the node it is read off: sentence, title, salutation, signature…. */
  kind: string;
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
    const add = (span: Span, printed: string) => pieces.push({ kind: node.type, span, printed });
    const each = (lines: readonly Printed[]) => lines.forEach((l) => add(l.span, l.text));
    switch (node.type) {
      case 'sentence':
        add(node.span, unrepair(node, repairs));
        break;
      case 'title':
        // A title printed over several lines: each line where it is printed.
        if (node.lines) each(node.lines);
        else add(node.span, node.text);
        break;
      case 'dateLine':
      case 'docNumber':
      case 'publisherNote':
      case 'furniture':
      case 'subheading':
      case 'salutation':
        add(node.span, node.text);
        break;
      case 'part':
        add(node.headingSpan, `${node.numeral}、${node.headingGap ?? ''}${node.heading}${node.headingStop ?? ''}`);
        break;
      case 'book':
      case 'chapter':
      case 'section':
        add(node.labelSpan, node.label);
        if (node.heading) add(node.headingSpan, node.heading);
        break;
      case 'contents':
        each(node.lines);
        break;
      case 'preamble':
        if (node.heading) add(node.heading.span, node.heading.text);
        break;
      case 'attachment':
        add(node.headingSpan, node.heading);
        if (node.title) add(node.title.span, node.title.text);
        break;
      case 'signature':
      case 'attachmentList':
      case 'imprint':
        each(node.lines);
        break;
      case 'box':
        add(node.labelSpan, node.label);
        if (node.headingSpan) add(node.headingSpan, node.heading);
        break;
      case 'table':
        if (node.caption) add(node.caption.span, node.caption.text);
        each(node.rows.flat());
        break;
      case 'measure':
      case 'article':
      case 'item':
      case 'subitem':
        add(node.labelSpan, node.label);
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

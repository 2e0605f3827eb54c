import type { LoadedItem } from './content/load-items.ts';
import type { ItemTree, Repair, Sentence, Span } from './schema/tree.ts';

/** Every piece of source an item's tree accounts for: sentences, headings, labels, furniture. */
export function piecesOf(tree: ItemTree): Array<{ span: Span; text: string }> {
  const furniture = tree.furniture.map((f) => ({ span: f.span, text: f.text }));
  if (tree.type === 'news') {
    return [
      ...furniture,
      ...tree.blocks.flatMap((b) => (b.type === 'subheading' ? [] : b.sentences.map(sentencePiece))),
    ];
  }
  return [
    { span: tree.printedTitle.span, text: tree.printedTitle.text },
    ...(tree.dateLine ? [{ span: tree.dateLine.span, text: tree.dateLine.text }] : []),
    ...furniture,
    ...tree.preamble.map(sentencePiece),
    ...tree.parts.flatMap((p) => [
      { span: p.headingSpan, text: `${p.numeral}、${p.heading}` },
      ...p.sentences.map(sentencePiece),
      ...p.measures.flatMap((m) => [{ span: m.labelSpan, text: m.label }, ...m.sentences.map(sentencePiece)]),
    ]),
  ];
}

const sentencePiece = (s: Sentence) => ({ span: s.span, text: s.text });

/** A sentence as printed: its text with the characters each repair removed put back. */
export function unrepair(sentence: Sentence, repairs: readonly Repair[]): string {
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
 * Rebuilds an item's slice of source from its tree alone: every piece at its span, repairs
 * undone, and the whitespace between pieces taken from the source. Returns the rebuilt text and
 * any non-whitespace source character no piece accounts for.
 */
export function rebuildSlice(item: LoadedItem): { text: string; unaccounted: Array<{ at: number; text: string }> } {
  const [from, to] = item.slice;
  const repairs = item.tree.repairs;
  const pieces = piecesOf(item.tree)
    .map((p) => ({ ...p, printed: printedText(p, item) }))
    .sort((a, b) => a.span[0] - b.span[0]);
  let text = '';
  let at = from;
  const unaccounted: Array<{ at: number; text: string }> = [];
  for (const piece of pieces) {
    const gap = item.source.slice(at, piece.span[0]);
    if (gap.replace(/[\s\uFEFF]/g, '')) unaccounted.push({ at, text: gap.trim() });
    text += gap + piece.printed;
    at = piece.span[1];
  }
  const tail = item.source.slice(at, to);
  if (tail.replace(/[\s\uFEFF]/g, '')) unaccounted.push({ at, text: tail.trim() });
  return { text: text + tail, unaccounted };

  function printedText(p: { span: Span; text: string }, it: LoadedItem): string {
    const sentence = findSentence(it.tree, p.span);
    return sentence ? unrepair(sentence, repairs) : p.text;
  }
}

function findSentence(tree: ItemTree, span: Span): Sentence | undefined {
  const all = tree.type === 'news'
    ? tree.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : []))
    : [...tree.preamble, ...tree.parts.flatMap((p) => [...p.sentences, ...p.measures.flatMap((m) => m.sentences)])];
  return all.find((s) => s.span[0] === span[0] && s.span[1] === span[1]);
}

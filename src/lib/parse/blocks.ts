import type { FurnitureRole, ItemMeta } from '../schema/item-meta.ts';
import type { Anomaly, FurnitureNode, Repair } from '../tree/nodes.ts';
import type { SourceContext } from './context.ts';
import { isHeadingLine, opensWithLabel } from './labels.ts';
import type { SourceLine } from './lines.ts';
import { endsMidSentence } from './sentences.ts';

/** A run of source text read as one paragraph; a repaired paragraph has several segments. */
export interface Paragraph {
  segments: Array<{ start: number; end: number }>;
  text: string;
  line: number;
  blankBefore: boolean;
  /** Repairs inside this paragraph, with the offset in `text` where the halves meet. */
  joins: Array<{ at: number; repair: Omit<Repair, 'id' | 'sentence'> }>;
}

export type Block = { kind: 'furniture'; furniture: FurnitureNode } | { kind: 'text'; para: Paragraph };

export function paragraphOf(line: SourceLine): Paragraph {
  return {
    segments: [{ start: line.start, end: line.end }],
    text: line.text,
    line: line.line,
    blankBefore: line.blankBefore,
    joins: [],
  };
}

/**
 * Splits off the furniture the metadata names (whole lines, or the start or end of one). Furniture
 * that is not there, or is there twice, is reported and left as text: the rest still parses.
 */
export function applyFurniture(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext, itemStart: number): Block[] {
  const blocks: Block[] = lines.map((line) => ({ kind: 'text', para: paragraphOf(line) }));
  for (const { role, text } of meta.furniture) {
    const hits = blocks.flatMap((b, i) => (b.kind === 'text' && matchesEdge(b.para.text, text) ? [i] : []));
    if (hits.length === 0) {
      ctx.report(
        itemStart,
        'furniture-missing',
        `furniture (${role}) ${JSON.stringify(text)} is not a line, or the start or end of a line, of item "${meta.id}"`,
      );
      continue;
    }
    if (hits.length > 1) {
      const where = hits.map((i) => (blocks[i] as { para: Paragraph }).para.line).join(', ');
      ctx.report(itemStart, 'furniture-ambiguous', `furniture (${role}) ${JSON.stringify(text)} matches lines ${where}; quote more of it`);
      continue;
    }
    blocks.splice(hits[0]!, 1, ...cutFurniture((blocks[hits[0]!] as { para: Paragraph }).para, role, text, ctx));
  }
  return blocks;
}

function matchesEdge(line: string, text: string): boolean {
  return line === text || line.startsWith(text) || line.endsWith(text);
}

function cutFurniture(para: Paragraph, role: FurnitureRole, text: string, ctx: SourceContext): Block[] {
  const { start, end } = para.segments[0]!;
  const atStart = para.text.startsWith(text);
  const fStart = atStart ? start : end - text.length;
  const fEnd = fStart + text.length;
  const furniture: Block = {
    kind: 'furniture',
    furniture: { type: 'furniture', role, text, span: [fStart, fEnd], line: ctx.lineOf(fStart), position: ctx.position(fStart, fEnd) },
  };
  if (para.text === text) return [furniture];
  const restFrom = atStart ? start + text.length : start;
  const restTo = atStart ? end : end - text.length;
  const raw = ctx.source.slice(restFrom, restTo);
  const lead = raw.length - raw.trimStart().length;
  const rest: Paragraph = {
    ...para,
    segments: [{ start: restFrom + lead, end: restFrom + lead + raw.trim().length }],
    text: raw.trim(),
  };
  const restBlock: Block = { kind: 'text', para: rest };
  return atStart ? [furniture, restBlock] : [restBlock, furniture];
}

/**
 * Joins a paragraph that stops mid-sentence with the next one when a blank line falls between
 * them: on the newspaper page that is a word cut by a column break. `canJoin` says which pairs
 * are body text that may join (headings never do). The repair is made only when the two halves
 * join into one sentence: the next paragraph goes on with a word (not a mark) and ends the
 * sentence left open. A line that goes on with a word but never ends the sentence (a stray
 * fragment, a page number) is not glued on: it stays its own paragraph and is recorded in
 * `anomalies`, for ingest to print and the build to warn of.
 */
export function repairBreaks(
  blocks: Block[],
  canJoin: (prev: Paragraph, next: Paragraph) => boolean,
  ctx: SourceContext,
  anomalies: Anomaly[] = [],
): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (block.kind === 'text' && prev?.kind === 'text' && block.para.blankBefore && endsMidSentence(prev.para.text)) {
      const joinable = canJoin(prev.para, block.para);
      if (joinable && continuesSentence(block.para.text)) {
        out[out.length - 1] = { kind: 'text', para: join(prev.para, block.para, ctx) };
        continue;
      }
      // A heading, a bullet or a label after the open line starts a unit of its own: placed, not odd.
      if (!joinable || !opensWithWord(block.para.text)) {
        out.push(block);
        continue;
      }
      const span: [number, number] = [block.para.segments[0]!.start, block.para.segments.at(-1)!.end];
      anomalies.push({
        kind: 'unplaced-line',
        line: block.para.line,
        span,
        reason: `line ${prev.para.line} stops mid-sentence and line ${block.para.line} does not go on with it (${JSON.stringify(block.para.text.slice(0, 12))}): not joined, kept as its own paragraph; check the source`,
      });
    }
    out.push(block);
  }
  return out;
}

/**
 * The paragraphs of a document's body (or a notice's text) with every word a column break cut
 * joined back: headings never join, nor a line that opens with a label.
 */
export function joinedParagraphs(paras: Paragraph[], ctx: SourceContext, anomalies: Anomaly[]): Paragraph[] {
  const canJoin = (prev: Paragraph, next: Paragraph) => !isHeadingLine(prev.text) && !opensWithLabel(next.text);
  const blocks: Block[] = paras.map((para) => ({ kind: 'text', para }));
  return repairBreaks(blocks, canJoin, ctx, anomalies).flatMap((b) => (b.kind === 'text' ? [b.para] : []));
}

/** A paragraph that can be the second half of a cut sentence: it opens with a word and ends the sentence. */
function continuesSentence(text: string): boolean {
  return opensWithWord(text) && /[。！？!?]/u.test(text);
}

const opensWithWord = (text: string) => /^[^\p{P}\p{S}\s]/u.test(text);

function join(a: Paragraph, b: Paragraph, ctx: SourceContext): Paragraph {
  const cutAt = a.segments.at(-1)!.end;
  const resumeAt = b.segments[0]!.start;
  const repair: Paragraph['joins'][number]['repair'] = {
    kind: 'page-break-join',
    before: a.text.match(/[^\p{P}\s]{1,8}$/u)?.[0] ?? a.text.slice(-2),
    after: b.text.match(/^[^\p{P}\s]{1,8}/u)?.[0] ?? b.text.slice(0, 2),
    removed: ctx.source.slice(cutAt, resumeAt),
    span: [cutAt, resumeAt],
    line: ctx.lineOf(cutAt),
  };
  return {
    ...a,
    segments: [...a.segments, ...b.segments],
    text: a.text + b.text,
    joins: [...a.joins, { at: a.text.length, repair }, ...b.joins.map((j) => ({ ...j, at: j.at + a.text.length }))],
  };
}

/** Source offset of a position in a paragraph's text, skipping the gaps between segments. */
export function sourceOffset(para: Paragraph, at: number, side: 'start' | 'end'): number {
  let remaining = at;
  for (const seg of para.segments) {
    const len = seg.end - seg.start;
    if (remaining < len || (side === 'end' && remaining === len)) return seg.start + remaining;
    remaining -= len;
  }
  return para.segments.at(-1)!.end;
}

/** Cuts the first `length` characters (a measure's label) off a one-segment paragraph start. */
export function dropPrefix(para: Paragraph, length: number, ctx: SourceContext): Paragraph {
  const first = para.segments[0]!;
  const raw = para.text.slice(length);
  const lead = raw.length - raw.trimStart().length;
  const start = first.start + length + lead;
  return {
    ...para,
    segments: [{ start, end: first.end }, ...para.segments.slice(1)],
    text: raw.trimStart(),
    line: ctx.lineOf(start),
    joins: para.joins.map((j) => ({ ...j, at: j.at - length - lead })),
  };
}

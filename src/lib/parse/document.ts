import type { ItemMeta } from '../schema/item-meta.ts';
import type {
  Anomaly,
  AttachmentNode,
  ClosingNode,
  DocumentRoot,
  MeasureNode,
  ParagraphNode,
  PartNode,
  PreambleNode,
  Repair,
  SignatureNode,
  Span,
  TitleNode,
} from '../tree/nodes.ts';
import { regulationStructure } from './articles.ts';
import { type Block, type Paragraph, applyFurniture, dropPrefix, repairBreaks } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { readHead } from './head.ts';
import { type Classified, checkNumber, classify, firstSegment, isHeadingLine, opensWithLabel } from './labels.ts';
import type { SourceLine } from './lines.ts';
import { guardDocument, guardFurniture } from './guards.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';
import { readTail, spanOf } from './tail.ts';

/** A lead is a short heading sentence: no comma, semicolon or colon before its 。. */
const LEAD = /^[^，；：,;:。]{1,40}。$/u;
/** A heading-only measure: （二）工作原则 alone on its line, its text in the paragraphs after it. */
const HEADING_ONLY = /^[^，；：,;:。！？!?]{1,30}$/u;

type MeasureHead = Extract<Classified, { kind: 'measure' | 'point' }>;

/**
 * Builds the tree of an official document, in source order: the furniture, title, the head
 * (date line or adoption note, byline, salutation), preamble, then parts 一、 with measures （一）
 * or （1） or points 第一，, or chapters 第一章 with articles 第一条, then the closing, signature and
 * attachments. Which body it is, the labels say. `slice` is where the item lies in the source.
 */
export function documentRoot(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext, slice: Span): DocumentRoot {
  const itemStart = slice[0];
  guardFurniture(lines, meta, ctx);
  const blocks = applyFurniture(lines, meta, ctx, itemStart);
  const furniture = blocks.flatMap((b) => (b.kind === 'furniture' ? [b.furniture] : []));
  const texts = blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text');
  if (texts.length === 0) ctx.fail(itemStart, 'empty-document', `empty document "${meta.id}": no text at all`);

  const titlePara = texts[0]!.para;
  const head = readHead(
    texts.slice(1).map((t) => t.para),
    meta,
    ctx,
  );
  const heads = new Set([titlePara, ...texts.slice(1, 1 + head.used).map((t) => t.para)]);
  const canJoin = (prev: Paragraph, next: Paragraph) =>
    !heads.has(prev) && !heads.has(next) && !isHeadingLine(prev.text) && !opensWithLabel(next.text);
  const anomalies: Anomaly[] = [];
  const body = repairBreaks(texts.slice(1 + head.used), canJoin, ctx, anomalies).flatMap((b) => (b.kind === 'text' ? [b.para] : []));
  const titleSpan = firstSegment(titlePara);
  if (body.length === 0) ctx.fail(titleSpan, 'empty-document', `empty document "${meta.id}": nothing after the title`);

  const title: TitleNode = { type: 'title', text: titlePara.text, span: titleSpan, position: ctx.position(...titleSpan) };
  const repairs: Repair[] = [];
  const classified = readingOf(body.map((p) => classify(p, ctx)));
  const regulation = classified.some((c) => c.kind === 'article' || c.kind === 'chapter');
  const tail = readTail(classified, meta, head.addressee, ctx, regulation);
  const structure = regulation
    ? (() => {
        const { preamble, chapters } = regulationStructure(tail.body, ctx, repairs);
        return { preamble: preambleNode(preamble, ctx), parts: chapters };
      })()
    : buildStructure(tail.body, ctx, repairs);
  const closing = closingNode(tail.closing, ctx, repairs);
  const signature = signatureNode(tail.signature, ctx);
  const attachments = tail.attachments.map((a, i) => attachmentNode(a.head, a.paras, i + 1, ctx, repairs));
  const children: DocumentRoot['children'] = [
    ...furniture,
    title,
    ...head.nodes,
    ...(structure.preamble ? [structure.preamble] : []),
    ...structure.parts,
    ...(closing ? [closing] : []),
    ...(signature ? [signature] : []),
    ...attachments,
  ];
  // Furniture may stand anywhere (a release line before the title, a wrapper at the end).
  children.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
  const data: DocumentRoot['data'] = anomalies.length ? { repairs, anomalies } : { repairs };
  const root: DocumentRoot = { type: 'document', children, data, position: ctx.position(...slice) };
  guardDocument(root, ctx);
  return root;
}

/**
 * Which labels the document numbers its units with: the measure style it uses first (（一） or
 * （1）); a label of the other style is text (a list inside a measure). Points 第一，are units only
 * in a document without measures (a speech); in a regulation, （一） are items of an article.
 */
function readingOf(items: Classified[]): Classified[] {
  const regulation = items.some((c) => c.kind === 'article' || c.kind === 'chapter');
  const firstMeasure = items.find((c) => c.kind === 'measure');
  const arabic = firstMeasure?.kind === 'measure' && firstMeasure.arabic;
  return items.map((c): Classified => {
    if (c.kind === 'measure' && !regulation && c.arabic !== arabic) return { kind: 'body', para: c.para };
    if (c.kind === 'point' && (firstMeasure || regulation)) return { kind: 'body', para: c.para };
    if ((c.kind === 'part' || c.kind === 'point') && regulation) return { kind: 'body', para: c.para };
    if ((c.kind === 'chapter' || c.kind === 'article') && !regulation) return { kind: 'body', para: c.para };
    return c;
  });
}

function closingNode(paras: Paragraph[], ctx: SourceContext, repairs: Repair[]): ClosingNode | null {
  if (paras.length === 0) return null;
  const children = paragraphsOf(paras, sentenceIds('closing-'), ctx, repairs);
  return { type: 'closing', children, position: ctx.position(...spanOf(paras)) };
}

function signatureNode(paras: Paragraph[], ctx: SourceContext): SignatureNode | null {
  if (paras.length === 0) return null;
  const lines = paras.map((p) => ({ text: p.text, span: firstSegment(p) }));
  return { type: 'signature', place: 'end', lines, position: ctx.position(...spanOf(paras)) };
}

function attachmentNode(head: Paragraph, paras: Paragraph[], n: number, ctx: SourceContext, repairs: Repair[]): AttachmentNode {
  const id = `att${n}`;
  const headingSpan = firstSegment(head);
  const children = paragraphsOf(paras, sentenceIds(`${id}-`), ctx, repairs);
  return {
    type: 'attachment',
    id,
    n,
    heading: head.text,
    headingSpan,
    line: head.line,
    children,
    position: ctx.position(headingSpan[0], children.at(-1)?.position.end.offset ?? headingSpan[1]),
  };
}

interface DraftPart {
  head: Extract<Classified, { kind: 'part' }>;
  paras: Paragraph[];
  measures: Array<{ head: MeasureHead; paras: Paragraph[] }>;
}

/**
 * Files each paragraph under the preamble, its part or its measure, then makes the nodes. The
 * sentences and repairs are numbered in source order: preamble, then each part's own paragraphs
 * and its measures.
 */
function buildStructure(items: Classified[], ctx: SourceContext, repairs: Repair[]) {
  const preambleParas: Paragraph[] = [];
  const drafts: DraftPart[] = [];
  // The highest number so far: after a numbering problem, the next heading is checked against it,
  // so one slip is reported once and not again at every heading after it.
  let lastPart = 0;
  let lastMeasure = 0;
  let lastPoint = 0;
  for (const item of items) {
    const current = drafts.at(-1);
    if (item.kind === 'part') {
      checkNumber('part', item.n, lastPart, `${item.numeral}、`, ctx, firstSegment(item.para));
      lastPart = Math.max(lastPart, item.n);
      lastPoint = 0;
      // A heading written with its text on the line: the text after its 。 opens the part.
      const paras = item.stop
        ? [dropPrefix(item.para, item.para.text.indexOf(item.heading) + item.heading.length + item.stop.length, ctx)]
        : [];
      drafts.push({ head: item, paras, measures: [] });
    } else if (item.kind === 'point' && current) {
      // Points 第一，… are numbered within their section.
      const labelStart = item.para.segments[0]!.start;
      checkNumber('point', item.n, lastPoint, item.label, ctx, [labelStart, labelStart + item.label.length]);
      lastPoint = Math.max(lastPoint, item.n);
      current.measures.push({ head: item, paras: [dropPrefix(item.para, item.label.length, ctx)] });
    } else if (item.kind === 'measure') {
      const labelStart = item.para.segments[0]!.start;
      const labelSpan: Span = [labelStart, labelStart + item.label.length];
      if (!current) ctx.report(labelSpan, 'measure-before-part', `measure ${item.label} comes before any part (一、…)`);
      checkNumber('measure', item.n, lastMeasure, item.label, ctx, labelSpan);
      lastMeasure = Math.max(lastMeasure, item.n);
      // With no part to hold it, the measure is read as preamble text, so its sentences still split.
      if (current) current.measures.push({ head: item, paras: [dropPrefix(item.para, item.label.length, ctx)] });
      else preambleParas.push(item.para);
    } else if (!current) preambleParas.push(item.para);
    else if (current.measures.length) current.measures.at(-1)!.paras.push(item.para);
    else current.paras.push(item.para);
  }
  const preamble = preambleNode(paragraphsOf(preambleParas, sentenceIds('preamble-'), ctx, repairs), ctx);
  const parts = drafts.map((d) => partNode(d, ctx, repairs));
  return { preamble, parts };
}

/** The preamble node, only when there is a preamble. */
function preambleNode(children: ParagraphNode[], ctx: SourceContext): PreambleNode | null {
  if (children.length === 0) return null;
  return { type: 'preamble', children, position: ctx.position(children[0]!.position.start.offset!, children.at(-1)!.position.end.offset!) };
}

function partNode({ head, paras, measures }: DraftPart, ctx: SourceContext, repairs: Repair[]): PartNode {
  const id = `p${head.n}`;
  const line = firstSegment(head.para);
  const headingSpan: Span = paras[0] && head.stop ? [line[0], paras[0].segments[0]!.start] : line;
  const children: PartNode['children'] = [
    ...paragraphsOf(paras, sentenceIds(`${id}-`), ctx, repairs),
    ...measures.flatMap((m) => measureNode(m.head, m.paras, id, ctx, repairs) ?? []),
  ];
  const end = children.at(-1)?.position.end.offset ?? headingSpan[1];
  return {
    type: 'part',
    id,
    n: head.n,
    numeral: head.numeral,
    heading: head.heading,
    headingSpan,
    line: head.para.line,
    children,
    position: ctx.position(headingSpan[0], end),
    ...(head.stop ? { headingStop: head.stop } : {}),
  };
}

/** A measure's node; a label with no text after it is reported and gives none. */
function measureNode(head: MeasureHead, paras: Paragraph[], part: string, ctx: SourceContext, repairs: Repair[]): MeasureNode | null {
  const labelStart = head.para.segments[0]!.start;
  const labelSpan: Span = [labelStart, labelStart + head.label.length];
  if (paras[0]!.text === '' && paras.length === 1) {
    ctx.report(labelSpan, head.kind === 'point' ? 'point-empty' : 'measure-empty', `${head.kind} ${head.label} has no text`);
    return null;
  }
  const id = head.kind === 'point' ? `${part}-pt${head.n}` : `m${head.n}`;
  const children = paragraphsOf(
    paras.filter((p) => p.text !== ''),
    sentenceIds(`${id}-`),
    ctx,
    repairs,
  );
  const first = children[0]!.children[0]!;
  // A heading-only measure （二）工作原则 keeps its heading as its lead; its text follows.
  const headingOnly = children.length > 1 && children[0]!.children.length === 1 && HEADING_ONLY.test(first.text);
  const lead = first.paragraph === 0 && LEAD.test(first.text) ? first.text.slice(0, -1) : headingOnly ? first.text : null;
  return {
    type: 'measure',
    id,
    n: head.n,
    numeral: head.numeral,
    label: head.label,
    labelSpan,
    part,
    lead,
    line: head.para.line,
    children,
    position: ctx.position(labelStart, children.at(-1)!.position.end.offset!),
    ...(head.kind === 'point' ? { kind: 'point' as const } : {}),
  };
}

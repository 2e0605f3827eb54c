import type { ItemMeta } from '../schema/item-meta.ts';
import type {
  Anomaly,
  BodyNode,
  AttachmentNode,
  ClosingNode,
  DocumentRoot,
  MeasureNode,
  PartNode,
  PreambleNode,
  Repair,
  SalutationNode,
  Span,
  SubItemNode,
} from '../tree/nodes.ts';
import { regulationStructure } from './articles.ts';
import { type Paragraph, applyFurniture, dropPrefix, joinedParagraphs } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { ADDRESS_LINE, readHead, salutationNode } from './head.ts';
import { type Classified, checkNumber, classify, firstSegment, printed, opensWithLabel } from './labels.ts';
import { type SourceLine, splitRunTogether } from './lines.ts';
import { guardDocument, guardFurniture } from './guards.ts';
import { type BodyReader, readIssuing } from './notice.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';
import { readTail, spanOf } from './tail.ts';
import { attachmentListNode, signatureNode, tailNoteNodes } from './tail-nodes.ts';
import { readTitle } from './title.ts';
import { type Unit, type UnitState, dropCellAnomalies, unitState, unitsOf } from './units.ts';

/** A lead is a short heading sentence: no comma, semicolon or colon before its 。. */
const LEAD = /^[^，；：,;:。]{1,40}。$/u;
/** A heading-only measure: （二）工作原则 alone on its line, its text in the paragraphs after it. */
const HEADING_ONLY = /^[^，；：,;:。！？!?]{1,30}$/u;

type MeasureHead = Extract<Classified, { kind: 'measure' | 'point' }>;

/**
 * Builds the tree of an official document, in source order: the furniture, title (over one line
 * or several), the head (document number, date line or adoption note, byline, salutation), then
 * the body (bodyNodes); or, for a notice that issues another document, the notice's text, its
 * signature and notes, then the issued document (notice.ts). `slice` is where the item lies in
 * the source.
 */
export function documentRoot(sourceLines: SourceLine[], meta: ItemMeta, ctx: SourceContext, slice: Span): DocumentRoot {
  const itemStart = slice[0];
  // Paragraphs run together on one line, an indent (two U+3000) between them, are split apart (lines.ts).
  const lines = splitRunTogether(sourceLines);
  guardFurniture(lines, meta, ctx);
  const blocks = applyFurniture(lines, meta, ctx, itemStart);
  const furniture = blocks.flatMap((b) => (b.kind === 'furniture' ? [b.furniture] : []));
  const paras = blocks.flatMap((b) => (b.kind === 'text' ? [b.para] : []));
  if (paras.length === 0) ctx.fail(itemStart, 'empty-document', `empty document "${meta.id}": no text at all`);

  // A text that prints no title (its title taken from the page or a table: meta.titleFrom) is read
  // from its first line on, the head first; no line of it is taken for a title it does not print.
  const top = meta.titleFrom ? null : readTitle(paras, meta.title, ctx);
  const used = top?.used ?? 0;
  const head = readHead(paras.slice(used), meta, ctx);
  const rest = paras.slice(used + head.used);
  if (rest.length === 0)
    ctx.fail(
      top?.title.span ?? firstSegment(paras[0]!),
      'empty-document',
      `empty document "${meta.id}": nothing after the ${top ? 'title' : 'head'}`,
    );

  const repairs: Repair[] = [];
  const anomalies: Anomaly[] = [];
  const read: BodyReader = (body, addressee, dated) => bodyNodes(body, meta, addressee, dated, ctx, repairs, anomalies);
  const children: DocumentRoot['children'] = [
    ...furniture,
    ...(top ? [...top.before, top.title] : []),
    ...head.nodes,
    ...(readIssuing(rest, meta, ctx, repairs, anomalies, read) ?? read(rest, head.addressee, true)),
  ];
  // Furniture may stand anywhere (a release line before the title, a wrapper at the end).
  children.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
  // Doubts about the text (brackets of two widths), once each: a body may be read twice when a
  // notice is tried as one that issues a document.
  const doubts = new Map(ctx.doubts.map((d) => [`${d.kind}:${d.span.join('-')}`, d]));
  anomalies.push(...doubts.values());
  anomalies.sort((a, b) => a.span[0] - b.span[0]);
  const data: DocumentRoot['data'] = {
    repairs,
    ...(anomalies.length ? { anomalies } : {}),
    ...(meta.titleFrom ? { unprintedTitle: { text: meta.title, from: meta.titleFrom } } : {}),
  };
  const root: DocumentRoot = { type: 'document', children, data, position: ctx.position(...slice) };
  guardDocument(root, ctx);
  return root;
}

/**
 * The nodes of a body, the paragraphs after the head, in source order: preamble, then parts 一、
 * with measures （一） or （1） or points 第一，(or points alone, `pt1`…), or chapters 第一章 with
 * articles 第一条, then the closing, list of attachments, signature, publisher notes and 版记,
 * and attachments. Which body it is, the labels say. An address to the audience inside the body
 * (同志们、朋友们！) before a unit's label or at the end is a salutation among these nodes, not a
 * sentence; after the last unit, the closing begins with the paragraph after it. `dated`: the
 * signature's date is the item's (its 成文日期, checked against the metadata).
 */
function bodyNodes(
  paras: Paragraph[],
  meta: ItemMeta,
  addressee: string | null,
  dated: boolean,
  ctx: SourceContext,
  repairs: Repair[],
  anomalies: Anomaly[],
): BodyNode[] {
  const body = joinedParagraphs(paras, ctx, anomalies);
  const classified = readingOf(
    body.map((p) => classify(p, ctx)),
    ctx,
  );
  // An address to the audience is a salutation where the tree can hold it in its place: before a
  // unit's label, at the end, or before the closing (then the closing opens after it). Inside the
  // paragraphs of a unit, it stays the text it is there.
  const isAddress = (c: Classified | undefined) => c?.kind === 'body' && ADDRESS_LINE.test(c.para.text);
  const addresses: SalutationNode[] = [];
  const opensClosing = new Set<Paragraph>();
  const items = classified.filter((c, i) => {
    if (!isAddress(c)) return true;
    const next = classified[i + 1];
    if (next && next.kind === 'body') {
      opensClosing.add(next.para);
      return true;
    }
    addresses.push(salutationNode(c.para, ctx));
    return false;
  });
  const regulation = items.some((c) => c.kind === 'article' || c.kind === 'chapter');
  const tail = readTail(items, meta, addressee, ctx, regulation, opensClosing);
  while (tail.closing.length && isAddress(tail.body.at(-1))) addresses.push(salutationNode(tail.body.pop()!.para, ctx));
  const structure = regulation ? regulationStructure(tail.body, ctx, repairs) : buildStructure(tail.body, ctx, repairs, anomalies);
  const closing = closingNode(tail.closing, ctx, repairs);
  const attachmentList = attachmentListNode(tail.attachmentList, ctx);
  const signature = signatureNode(tail.signature, ctx, dated ? meta : null);
  const attachments = tail.attachments.map((a, i) => attachmentNode(a.head, a.paras, i + 1, ctx, repairs));
  const nodes: BodyNode[] = [
    ...(structure.preamble ? [structure.preamble] : []),
    ...structure.parts,
    ...addresses,
    ...(closing ? [closing] : []),
    ...(attachmentList ? [attachmentList] : []),
    ...(signature ? [signature] : []),
    ...tailNoteNodes(tail.notes, ctx),
    ...attachments,
  ];
  return nodes.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
}

/**
 * Which labels the document numbers its units with: the measure style it uses first (（一） or
 * （1）); a label of the other style is text (a list inside a measure). Points 第一，are units only
 * in a document without measures (a speech); in a regulation, （一） are items of an article.
 */
function readingOf(items: Classified[], ctx: SourceContext): Classified[] {
  const regulation = items.some((c) => c.kind === 'article' || c.kind === 'chapter');
  const firstMeasure = items.find((c) => c.kind === 'measure');
  const arabic = firstMeasure?.kind === 'measure' && firstMeasure.arabic;
  const lists = arabic && !regulation && restartingLists(items, ctx);
  return items.map((c): Classified => {
    if (c.kind === 'measure' && !regulation && (c.arabic !== arabic || lists)) return { kind: 'body', para: c.para };
    if (c.kind === 'point' && (firstMeasure || regulation)) return { kind: 'body', para: c.para };
    if ((c.kind === 'part' || c.kind === 'point') && regulation) return { kind: 'body', para: c.para };
    if ((c.kind === 'chapter' || c.kind === 'article') && !regulation) return { kind: 'body', para: c.para };
    return c;
  });
}

/**
 * True when a text with no parts numbers its （1） lists afresh (（1）…（4）, text, （1）…): they are
 * lists inside its paragraphs (a 预案's duties under 2.1.1, 2.1.2…), not measures numbered through
 * the text, which would otherwise be refused as out of order. Recorded as a doubt where the first
 * restart stands, so the page says how the text was read.
 */
function restartingLists(items: Classified[], ctx: SourceContext): boolean {
  if (items.some((c) => c.kind === 'part')) return false;
  let last = 0;
  for (const c of items) {
    if (c.kind !== 'measure' || !c.arabic) continue;
    if (c.n === 1 && last > 0) {
      const at = c.para.segments[0]!.start;
      ctx.doubt(
        [at, at + c.label.length],
        'restarting-list',
        `（1） starts again after （${last}） in a text with no parts: every （n） is read as a list inside its paragraph, not as a measure`,
      );
      return true;
    }
    last = c.n;
  }
  return false;
}

function closingNode(paras: Paragraph[], ctx: SourceContext, repairs: Repair[]): ClosingNode | null {
  if (paras.length === 0) return null;
  const children = paragraphsOf(paras, sentenceIds('closing-'), ctx, repairs);
  return { type: 'closing', children, position: ctx.position(...spanOf(paras)) };
}

/** A heading that is only an attachment's label: 附件, 附件1, 附件一：. */
const BARE_ATTACHMENT = /^附件(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[：:]?$/u;
/** An attachment's title on its own line: no sentence punctuation, not a label. */
const ATTACHMENT_TITLE = /^[^。；！？!?]{2,60}$/u;

function attachmentNode(head: Paragraph, paras: Paragraph[], n: number, ctx: SourceContext, repairs: Repair[]): AttachmentNode {
  const id = `att${n}`;
  const headingSpan = firstSegment(head);
  const first = paras[0];
  const titled =
    BARE_ATTACHMENT.test(head.text) &&
    first &&
    first.segments.length === 1 &&
    ATTACHMENT_TITLE.test(first.text) &&
    !opensWithLabel(first.text);
  const title = titled ? printed(first) : null;
  const children = paragraphsOf(title ? paras.slice(1) : paras, sentenceIds(`${id}-`), ctx, repairs);
  return {
    type: 'attachment',
    id,
    n,
    heading: head.text,
    headingSpan,
    ...(title ? { title } : {}),
    line: head.line,
    children,
    position: ctx.position(headingSpan[0], children.at(-1)?.position.end.offset ?? title?.span[1] ?? headingSpan[1]),
  };
}

interface DraftPart {
  head: Extract<Classified, { kind: 'part' }>;
  /** A part printed with the number of the one before it (四、 twice): 2 for the second, so its id is `p4-2`. */
  repeat?: number;
  paras: Paragraph[];
  measures: Array<{ head: MeasureHead; paras: Paragraph[] }>;
}

/**
 * Files each paragraph under the preamble, its part or its measure, then makes the nodes. The
 * sentences and repairs are numbered in source order: preamble, then each part's own paragraphs
 * and its measures. Measures are numbered continuously across parts (`m14`) unless the document
 * restarts them in each part (restartsInParts): then every measure of it is `p2-m1`, its number
 * checked within its part. Sub-items, boxes, tables and responsibility notes inside the preamble,
 * a part or a measure are read by units.ts; a table it cannot read is recorded in `anomalies`.
 */
function buildStructure(items: Classified[], ctx: SourceContext, repairs: Repair[], anomalies: Anomaly[] = []) {
  const restart = restartsInParts(items);
  const preambleParas: Paragraph[] = [];
  const drafts: DraftPart[] = [];
  // Points 第一，… of a document without parts (a speech), or measures （一）… of a notice that has
  // no parts: `pt1`…, `m1`…, children of the root.
  const points: DraftPart['measures'] = [];
  const partless = !items.some((i) => i.kind === 'part');
  // The highest number so far: after a numbering problem, the next heading is checked against it,
  // so one slip is reported once and not again at every heading after it.
  let lastPart = 0;
  let lastMeasure = 0;
  let lastPoint = 0;
  for (const item of items) {
    const current = drafts.at(-1);
    if (item.kind === 'part') {
      // A part numbered as the one before it is a slip of the source, kept as printed: a doubt,
      // and a part of its own with an id that cannot collide (p4, then p4-2).
      const previous = drafts.at(-1);
      const repeat = previous && previous.head.n === item.n ? (previous.repeat ?? 1) + 1 : undefined;
      if (repeat)
        ctx.doubt(
          firstSegment(item.para),
          'repeated-number',
          `part ${item.numeral}、 repeats the number of the part before it; read as a part of its own (p${item.n}-${repeat})`,
        );
      else checkNumber('part', item.n, lastPart, `${item.numeral}、`, ctx, firstSegment(item.para));
      lastPart = Math.max(lastPart, item.n);
      lastPoint = 0;
      if (restart) lastMeasure = 0;
      // A heading written with its text on the line: the text after its 。 opens the part.
      const paras = item.stop
        ? [dropPrefix(item.para, item.para.text.indexOf(item.heading) + item.heading.length + item.stop.length, ctx)]
        : [];
      drafts.push({ head: item, paras, measures: [], ...(repeat ? { repeat } : {}) });
    } else if (item.kind === 'point') {
      // Points 第一，… are numbered within their section, or through a document before any part.
      const labelStart = item.para.segments[0]!.start;
      checkNumber('point', item.n, lastPoint, item.label, ctx, [labelStart, labelStart + item.label.length]);
      lastPoint = Math.max(lastPoint, item.n);
      (current ? current.measures : points).push({ head: item, paras: [dropPrefix(item.para, item.label.length, ctx)] });
    } else if (item.kind === 'measure') {
      const labelStart = item.para.segments[0]!.start;
      const labelSpan: Span = [labelStart, labelStart + item.label.length];
      if (!current && !partless) ctx.report(labelSpan, 'measure-before-part', `measure ${item.label} comes before any part (一、…)`);
      checkNumber('measure', item.n, lastMeasure, item.label, ctx, labelSpan);
      lastMeasure = Math.max(lastMeasure, item.n);
      if (current) current.measures.push({ head: item, paras: [dropPrefix(item.para, item.label.length, ctx)] });
      else if (partless) points.push({ head: item, paras: [dropPrefix(item.para, item.label.length, ctx)] });
      // Before the first part, with no part to hold it, the measure is read as preamble text, so its sentences still split.
      else preambleParas.push(item.para);
    } else if (!current && points.length) points.at(-1)!.paras.push(item.para);
    else if (!current) preambleParas.push(item.para);
    else if (current.measures.length) current.measures.at(-1)!.paras.push(item.para);
    else current.paras.push(item.para);
  }
  const state = unitState(anomalies);
  const preamble = preambleNode(
    outsideMeasures(unitsOf(preambleParas, { owner: 'preamble', where: 'preamble' }, state, ctx, repairs)),
    ctx,
  );
  const parts = [
    ...points.flatMap((m) => measureNode(m.head, m.paras, '', false, state, ctx, repairs) ?? []),
    ...drafts.map((d) => partNode(d, restart, state, ctx, repairs)),
  ];
  dropCellAnomalies(state);
  return { preamble, parts };
}

/**
 * Whether the document numbers its measures afresh in each part (一、 （一）…（五）, 二、 （一）…),
 * decided once for the whole document before any is read: true when some part's first measure is
 * numbered 1 while an earlier part had measures. A document numbered through keeps `m14`.
 */
function restartsInParts(items: Classified[]): boolean {
  let partsWithMeasures = 0;
  let inPart = -1;
  for (const item of items) {
    if (item.kind === 'part') inPart = 0;
    else if (item.kind === 'measure' && inPart >= 0) {
      if (inPart === 0 && item.n === 1 && partsWithMeasures > 0) return true;
      if (inPart++ === 0) partsWithMeasures++;
    }
  }
  return false;
}

/** Sub-items are read only in measures: the units of a preamble or part are never one. */
const outsideMeasures = (units: Unit[]) => units.filter((u): u is Exclude<Unit, SubItemNode> => u.type !== 'subitem');

/** The preamble node, only when there is a preamble. */
function preambleNode(children: PreambleNode['children'], ctx: SourceContext): PreambleNode | null {
  if (children.length === 0) return null;
  return { type: 'preamble', children, position: ctx.position(children[0]!.position.start.offset!, children.at(-1)!.position.end.offset!) };
}

function partNode(
  { head, paras, measures, repeat }: DraftPart,
  restart: boolean,
  state: UnitState,
  ctx: SourceContext,
  repairs: Repair[],
): PartNode {
  const id = repeat ? `p${head.n}-${repeat}` : `p${head.n}`;
  const line = firstSegment(head.para);
  const headingSpan: Span = paras[0] && head.stop ? [line[0], paras[0].segments[0]!.start] : line;
  const children: PartNode['children'] = [
    ...outsideMeasures(unitsOf(paras, { owner: id, where: 'part' }, state, ctx, repairs)),
    ...measures.flatMap((m) => measureNode(m.head, m.paras, id, restart, state, ctx, repairs) ?? []),
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
    ...(head.gap ? { headingGap: head.gap } : {}),
  };
}

/**
 * A measure's node, `m14` (`p4-m2` where numbering restarts in each part, `p3-pt1` for a point);
 * a label with no text after it is reported and gives none.
 */
function measureNode(
  head: MeasureHead,
  paras: Paragraph[],
  part: string,
  restart: boolean,
  state: UnitState,
  ctx: SourceContext,
  repairs: Repair[],
): MeasureNode | null {
  const labelStart = head.para.segments[0]!.start;
  const labelSpan: Span = [labelStart, labelStart + head.label.length];
  const text = paras.filter((p) => p.text !== '');
  if (text.length === 0) {
    ctx.report(labelSpan, head.kind === 'point' ? 'point-empty' : 'measure-empty', `${head.kind} ${head.label} has no text`);
    return null;
  }
  const id = head.kind === 'point' ? (part ? `${part}-pt${head.n}` : `pt${head.n}`) : restart ? `${part}-m${head.n}` : `m${head.n}`;
  const children = unitsOf(text, { owner: id, where: 'measure' }, state, ctx, repairs);
  const opening = children[0]!;
  const first = opening.type === 'paragraph' ? opening.children[0] : undefined;
  // A heading-only measure （二）工作原则 keeps its heading as its lead; its text follows.
  const headingOnly =
    children.length > 1 && opening.type === 'paragraph' && opening.children.length === 1 && HEADING_ONLY.test(first!.text);
  const lead = first && first.paragraph === 0 && LEAD.test(first.text) ? first.text.slice(0, -1) : headingOnly ? first!.text : null;
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

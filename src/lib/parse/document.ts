import { parseChineseNumeral } from '../numerals.ts';
import type { ItemMeta } from '../schema/item-meta.ts';
import type {
  DateLineNode,
  DocumentRoot,
  MeasureNode,
  ParagraphNode,
  PartNode,
  PreambleNode,
  Repair,
  Span,
  TitleNode,
} from '../tree/nodes.ts';
import { type Block, type Paragraph, applyFurniture, dropPrefix, repairBreaks } from './blocks.ts';
import type { SourceContext } from './context.ts';
import type { SourceLine } from './lines.ts';
import { readDateLine as dateOfLine } from './date-line.ts';
import { guardDocument, guardFurniture } from './guards.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';

const PART = /^([一二三四五六七八九十百零]+)、\s*(\S.*)$/u;
const MEASURE = /^([(（])([一二三四五六七八九十百零]+)([)）])/u;
/** A lead is a short heading sentence: no comma, semicolon or colon before its 。. */
const LEAD = /^[^，；：,;:。]{1,40}。$/u;

type Classified =
  | { kind: 'part'; n: number; numeral: string; heading: string; para: Paragraph }
  | { kind: 'measure'; n: number; numeral: string; label: string; para: Paragraph }
  | { kind: 'body'; para: Paragraph };

type MeasureHead = Extract<Classified, { kind: 'measure' }>;

/**
 * Builds the tree of an official document: title, date line, preamble, parts 一、 and measures
 * (一), with the furniture, in source order. `slice` is where the item lies in the source.
 */
export function documentRoot(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext, slice: Span): DocumentRoot {
  const itemStart = slice[0];
  guardFurniture(lines, meta, ctx);
  const blocks = applyFurniture(lines, meta, ctx, itemStart);
  const furniture = blocks.flatMap((b) => (b.kind === 'furniture' ? [b.furniture] : []));
  const texts = blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text');
  if (texts.length === 0) ctx.fail(itemStart, 'empty-document', `empty document "${meta.id}": no text at all`);

  const titlePara = texts[0]!.para;
  const datePara = texts[1] && dateOfLine(texts[1].para.text) ? texts[1].para : null;
  const heads = new Set([titlePara, datePara].filter(Boolean));
  const canJoin = (prev: Paragraph, next: Paragraph) =>
    !heads.has(prev) && !heads.has(next) && !PART.test(prev.text) && !PART.test(next.text) && !MEASURE.test(next.text);
  const body = repairBreaks(texts.slice(datePara ? 2 : 1), canJoin, ctx).flatMap((b) => (b.kind === 'text' ? [b.para] : []));
  const titleSpan = firstSegment(titlePara);
  if (body.length === 0) ctx.fail(titleSpan, 'empty-document', `empty document "${meta.id}": nothing after the title`);

  const title: TitleNode = { type: 'title', text: titlePara.text, span: titleSpan, position: ctx.position(...titleSpan) };
  const dateLine = datePara ? readDateLine(datePara, meta, ctx) : null;
  const repairs: Repair[] = [];
  const { preamble, parts } = buildStructure(
    body.map((p) => classify(p, ctx)),
    ctx,
    repairs,
  );
  const children: DocumentRoot['children'] = [
    ...furniture,
    title,
    ...(dateLine ? [dateLine] : []),
    ...(preamble ? [preamble] : []),
    ...parts,
  ];
  // Furniture may stand anywhere (a release line before the title, a wrapper at the end).
  children.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
  const root: DocumentRoot = { type: 'document', children, data: { repairs }, position: ctx.position(...slice) };
  guardDocument(root, ctx);
  return root;
}

const firstSegment = (para: Paragraph): Span => [para.segments[0]!.start, para.segments[0]!.end];

function readDateLine(para: Paragraph, meta: ItemMeta, ctx: SourceContext): DateLineNode {
  const { date, valid } = dateOfLine(para.text)!;
  const span = firstSegment(para);
  if (!valid) ctx.report(span, 'date-line-invalid', `the date line ${para.text} is not a day of the calendar (${date})`);
  else if (meta.date && meta.date !== date) {
    ctx.report(span, 'date-line-mismatch', `the date line says ${date} but the metadata of "${meta.id}" says date: ${meta.date}`);
  }
  return { type: 'dateLine', text: para.text, span, date, position: ctx.position(...span) };
}

/** A heading whose numeral does not parse, or whose brackets do not match, is reported as such. */
function classify(para: Paragraph, ctx: SourceContext): Classified {
  const at = para.segments[0]!.start;
  const part = PART.exec(para.text);
  if (part) {
    const n = parseChineseNumeral(part[1]!);
    if (n !== null) return { kind: 'part', n, numeral: part[1]!, heading: part[2]!.trim(), para };
    ctx.report([at, at + part[1]!.length + 1], 'numeral', `"${part[1]}、" is not a Chinese numeral`);
    return { kind: 'body', para };
  }
  const measure = MEASURE.exec(para.text);
  if (measure) {
    const [label, open, numeral, close] = measure;
    const labelSpan: Span = [at, at + label!.length];
    const n = parseChineseNumeral(numeral!);
    if (n === null) {
      ctx.report(labelSpan, 'numeral', `"${label}" is not a Chinese numeral`);
      return { kind: 'body', para };
    }
    if ((open === '(') !== (close === ')')) ctx.report(labelSpan, 'label-brackets', `mismatched brackets in "${label}"`);
    return { kind: 'measure', n, numeral: numeral!, label: label!, para };
  }
  return { kind: 'body', para };
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
  for (const item of items) {
    const current = drafts.at(-1);
    if (item.kind === 'part') {
      checkNumber('part', item.n, lastPart, `${item.numeral}、`, ctx, firstSegment(item.para));
      lastPart = Math.max(lastPart, item.n);
      drafts.push({ head: item, paras: [], measures: [] });
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
  const headingSpan = firstSegment(head.para);
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
  };
}

/** A measure's node; a label with no text after it is reported and gives none. */
function measureNode(head: MeasureHead, paras: Paragraph[], part: string, ctx: SourceContext, repairs: Repair[]): MeasureNode | null {
  const labelStart = head.para.segments[0]!.start;
  const labelSpan: Span = [labelStart, labelStart + head.label.length];
  if (paras[0]!.text === '' && paras.length === 1) {
    ctx.report(labelSpan, 'measure-empty', `measure ${head.label} has no text`);
    return null;
  }
  const id = `m${head.n}`;
  const children = paragraphsOf(
    paras.filter((p) => p.text !== ''),
    sentenceIds(`${id}-`),
    ctx,
    repairs,
  );
  const first = children[0]!.children[0]!;
  const lead = first.paragraph === 0 && LEAD.test(first.text) ? first.text.slice(0, -1) : null;
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
  };
}

/** Reports a heading whose number does not follow the one before it. */
function checkNumber(what: string, n: number, prev: number, label: string, ctx: SourceContext, place: Span): void {
  if (n === prev + 1) return;
  if (n === prev) ctx.report(place, `${what}-number-repeated`, `${what} ${label} repeats the number before it`);
  else if (n < prev) ctx.report(place, `${what}-out-of-order`, `${what} ${label} is out of order: it comes after number ${prev}`);
  else ctx.report(place, `${what}-numbering-gap`, `${what} numbering has a gap: expected number ${prev + 1}, found ${label}`);
}

import { parseChineseNumeral } from '../numerals.ts';
import type { ItemMeta } from '../schema/item-meta.ts';
import type { DocumentTree, Measure, Part, Repair, Sentence } from '../schema/tree.ts';
import { type Block, type Paragraph, applyFurniture, dropPrefix, repairBreaks } from './blocks.ts';
import type { SourceContext } from './context.ts';
import type { SourceLine } from './lines.ts';
import { sentencesOf } from './paragraph-sentences.ts';

const PART = /^([一二三四五六七八九十百零]+)、\s*(\S.*)$/u;
const MEASURE = /^([(（])([一二三四五六七八九十百零]+)([)）])/u;
const DATE_LINE = /^[(（](\d{4})年(\d{1,2})月(\d{1,2})日[)）]$/u;
/** A lead is a short heading sentence: no comma, semicolon or colon before its 。. */
const LEAD = /^[^，；：,;:。]{1,40}。$/u;

type Classified =
  | { kind: 'part'; n: number; numeral: string; heading: string; para: Paragraph }
  | { kind: 'measure'; n: number; numeral: string; label: string; para: Paragraph }
  | { kind: 'body'; para: Paragraph };

/** Parses an official document: title, date line, preamble, parts 一、 and measures (一). */
export function parseDocument(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext, itemStart: number): DocumentTree {
  const blocks = applyFurniture(lines, meta, ctx, itemStart);
  const furniture = blocks.flatMap((b) => (b.kind === 'furniture' ? [b.furniture] : []));
  const texts = blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text');
  if (texts.length === 0) throw ctx.error(itemStart, `empty document "${meta.id}": no text at all`);

  const titlePara = texts[0]!.para;
  const datePara = texts[1] && DATE_LINE.test(texts[1].para.text) ? texts[1].para : null;
  const heads = new Set([titlePara, datePara].filter(Boolean));
  const canJoin = (prev: Paragraph, next: Paragraph) =>
    !heads.has(prev) && !heads.has(next) && !PART.test(prev.text) && !PART.test(next.text) && !MEASURE.test(next.text);
  const body = repairBreaks(texts.slice(datePara ? 2 : 1), canJoin, ctx).flatMap((b) => (b.kind === 'text' ? [b.para] : []));
  if (body.length === 0) throw ctx.error(titlePara.segments[0]!.start, `empty document "${meta.id}": nothing after the title`);

  const dateLine = datePara ? readDateLine(datePara, meta, ctx) : null;
  const { preamble, parts, repairs } = buildStructure(body.map((p) => classify(p, ctx)), ctx);
  return {
    type: 'document',
    printedTitle: { text: titlePara.text, span: [titlePara.segments[0]!.start, titlePara.segments[0]!.end] },
    dateLine,
    preamble,
    parts,
    furniture,
    repairs,
  };
}

function readDateLine(para: Paragraph, meta: ItemMeta, ctx: SourceContext): DocumentTree['dateLine'] {
  const [, y, m, d] = DATE_LINE.exec(para.text)!;
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const start = para.segments[0]!.start;
  if (meta.date && meta.date !== date) {
    throw ctx.error(start, `the date line says ${date} but the metadata of "${meta.id}" says date: ${meta.date}`);
  }
  return { text: para.text, span: [start, para.segments[0]!.end], date };
}

function classify(para: Paragraph, ctx: SourceContext): Classified {
  const part = PART.exec(para.text);
  if (part) {
    const n = parseChineseNumeral(part[1]!);
    if (n === null) throw ctx.error(para.segments[0]!.start, `"${part[1]}、" is not a Chinese numeral`);
    return { kind: 'part', n, numeral: part[1]!, heading: part[2]!.trim(), para };
  }
  const measure = MEASURE.exec(para.text);
  if (measure) {
    const [label, open, numeral, close] = measure;
    const n = parseChineseNumeral(numeral!);
    if (n === null) throw ctx.error(para.segments[0]!.start, `"${label}" is not a Chinese numeral`);
    if ((open === '(') !== (close === ')')) throw ctx.error(para.segments[0]!.start, `mismatched brackets in "${label}"`);
    return { kind: 'measure', n, numeral: numeral!, label: label!, para };
  }
  return { kind: 'body', para };
}

interface Draft {
  part: Omit<Part, 'sentences' | 'measures'>;
  paras: Paragraph[];
  measures: Array<{ head: Extract<Classified, { kind: 'measure' }>; paras: Paragraph[] }>;
}

function buildStructure(items: Classified[], ctx: SourceContext) {
  const preambleParas: Paragraph[] = [];
  const drafts: Draft[] = [];
  let lastMeasure = 0;
  for (const item of items) {
    const at = item.para.segments[0]!.start;
    const current = drafts.at(-1);
    if (item.kind === 'part') {
      checkNumber('part', item.n, drafts.at(-1)?.part.n ?? 0, `${item.numeral}、`, ctx, at);
      const seg = item.para.segments[0]!;
      drafts.push({
        part: { id: `p${item.n}`, n: item.n, numeral: item.numeral, heading: item.heading, headingSpan: [seg.start, seg.end], line: item.para.line },
        paras: [],
        measures: [],
      });
    } else if (item.kind === 'measure') {
      if (!current) throw ctx.error(at, `measure ${item.label} comes before any part (一、…)`);
      checkNumber('measure', item.n, lastMeasure, item.label, ctx, at);
      lastMeasure = item.n;
      current.measures.push({ head: item, paras: [dropPrefix(item.para, item.label.length, ctx)] });
    } else if (!current) preambleParas.push(item.para);
    else if (current.measures.length) current.measures.at(-1)!.paras.push(item.para);
    else current.paras.push(item.para);
  }
  const count = { n: 0 };
  const repairs: Repair[] = [];
  const collect = (r: { sentences: Sentence[]; repairs: Repair[] }) => (repairs.push(...r.repairs), r.sentences);
  const preamble = collect(sentencesOf(preambleParas, 'preamble-', ctx, count));
  const parts: Part[] = drafts.map((d) => ({
    ...d.part,
    sentences: collect(sentencesOf(d.paras, `${d.part.id}-`, ctx, count)),
    measures: d.measures.map(({ head, paras }) => toMeasure(head, paras, d.part.id, collect, ctx, count)),
  }));
  return { preamble, parts, repairs };
}

function toMeasure(
  head: Extract<Classified, { kind: 'measure' }>,
  paras: Paragraph[],
  part: string,
  collect: (r: { sentences: Sentence[]; repairs: Repair[] }) => Sentence[],
  ctx: SourceContext,
  count: { n: number },
): Measure {
  const labelStart = head.para.segments[0]!.start;
  if (paras[0]!.text === '' && paras.length === 1) throw ctx.error(labelStart, `measure ${head.label} has no text`);
  const id = `m${head.n}`;
  const sentences = collect(sentencesOf(paras.filter((p) => p.text !== ''), `${id}-`, ctx, count));
  const first = sentences[0]!;
  const lead = first.paragraph === 0 && LEAD.test(first.text) ? first.text.slice(0, -1) : null;
  return {
    id,
    n: head.n,
    numeral: head.numeral,
    label: head.label,
    labelSpan: [labelStart, labelStart + head.label.length],
    part,
    lead,
    sentences,
    line: head.para.line,
  };
}

function checkNumber(what: string, n: number, prev: number, label: string, ctx: SourceContext, at: number) {
  if (n === prev + 1) return;
  if (n === prev) throw ctx.error(at, `${what} ${label} repeats the number before it`);
  if (n < prev) throw ctx.error(at, `${what} ${label} is out of order: it comes after number ${prev}`);
  throw ctx.error(at, `${what} numbering has a gap: expected number ${prev + 1}, found ${label}`);
}

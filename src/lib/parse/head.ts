// What may stand between a document's title and its text: a document number (国办发〔2018〕128号),
// a date line （2024年10月12日）, an adoption note （2025年10月23日…全体会议通过） or a history of
// adoption and revision over several lines, a byline (the speaker of a speech), a salutation
// (同志们：, 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：). Each is read at most once.
import type { ItemMeta } from '../schema/item-meta.ts';
import type { DateLineNode, DocNumberNode, HeadNode, SalutationNode, Span } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { YEAR_PATTERN, datesIn, readDateLine as dateOfLine } from './printed-dates.ts';
import { firstSegment, opensWithLabel } from './labels.ts';

/** A dated note in brackets: its first line opens with the bracket and a year. */
const NOTE_START = new RegExp(`^[(（]\\s*${YEAR_PATTERN}\\s*年`, 'u');
/**
 * An adoption note printed without brackets, alone on the line under the title: it names a day and
 * ends in what was done on it (中国共产党第二十次全国代表大会部分修改，2022年10月22日通过), with
 * no sentence stop: a line of the text would end in 。.
 */
const BARE_NOTE = new RegExp(
  `^[^。；！？!?（）()]{0,60}?${YEAR_PATTERN}\\s*年[^。；！？!?（）()]{0,60}(?:通过|修改|修订|修正|批准|发布|公布)$`,
  'u',
);
/** A note runs over at most this many lines before its bracket closes. */
const NOTE_MAX_LINES = 6;
/** A byline: a name alone on its line (two to six characters, no punctuation). */
export const BYLINE = /^[\p{Script=Han}·]{2,6}$/u;
/**
 * A salutation: a short address ending in a colon, alone on its line; a longer one when it opens
 * with 各 (各省、自治区、直辖市人民政府，国务院各部委、各直属机构：), the addressees of a 公文.
 */
const SALUTATION = /^(?:[^。！？!?：:]{1,40}|各[^。！？!?：:]{40,120})[：:]$/u;
/**
 * A line shaped like a salutation that opens the text instead: a purpose or ground (为…, 根据…)
 * leading into what follows (…特制定以下规定：, …通知如下：).
 */
const LEAD_IN = /^(?:为|根据|按照|依据|依照|经)|(?:如下|以下[\p{Script=Han}]{0,6})[：:]$/u;
/**
 * An address to an audience alone on its line: 同志们、朋友们！, 各位代表：, 女士们、先生们：. In the
 * head it is the salutation; inside a speech's body it is one too (src/lib/parse/document.ts).
 */
export const ADDRESS_LINE = /^(?:(?:[\p{Script=Han}]{1,6}们|各位[\p{Script=Han}]{1,6})[、，,]?)+[！!：:]$/u;

/** A line the head reads as the salutation: an address ending in a colon that is not a lead-in, or an address to an audience. */
export const isSalutation = (text: string) => (SALUTATION.test(text) && !LEAD_IN.test(text)) || ADDRESS_LINE.test(text);
/**
 * A document number alone on its line: 国办发〔2018〕128号, 绍市教〔2009〕61号, 绍市教〔2018〕81 号,
 * 国令第706号, 第707号 (brackets 〔〕, [] or ［］; a space may stand before 号).
 */
export const DOC_NUMBER =
  /^(?:[\p{Script=Han}]{1,12}\s*[〔[［(（]\s*[0-9０-９]{4}\s*[〕\]］)）]\s*第?\s*[0-9０-９]{1,5}|[\p{Script=Han}]{0,8}第\s*[0-9０-９]{1,5})\s*号$/u;

export interface Head {
  nodes: HeadNode[];
  /** How many paragraphs after the title the head took. */
  used: number;
  /** The salutation's addressee (同志们), which a closing paragraph may open with. */
  addressee: string | null;
}

/** Reads the head off the paragraphs that follow the title. */
export function readHead(paras: Paragraph[], meta: ItemMeta, ctx: SourceContext): Head {
  const nodes: HeadNode[] = [];
  let used = 0;
  let addressee: string | null = null;
  const has = (type: HeadNode['type']) => nodes.some((n) => n.type === type);
  while (used < paras.length) {
    const para = paras[used]!;
    if (para.segments.length > 1 || opensWithLabel(para.text)) break;
    if (!has('docNumber') && !has('salutation') && DOC_NUMBER.test(para.text)) {
      nodes.push(docNumberNode(para, ctx));
      used++;
    } else if (!has('dateLine') && dateOfLine(para.text)) {
      nodes.push(dateLineNode(para, meta, ctx));
      used++;
    } else if (!has('dateLine') && NOTE_START.test(para.text)) {
      const lines = noteLines(paras, used);
      if (!lines) break;
      nodes.push(noteNode(lines, meta, ctx));
      used += lines.length;
    } else if (!has('dateLine') && used === 0 && BARE_NOTE.test(para.text)) {
      nodes.push(noteNode([para], meta, ctx));
      used++;
    } else if (!has('signature') && !has('salutation') && BYLINE.test(para.text)) {
      const span = firstSegment(para);
      nodes.push({ type: 'signature', place: 'byline', lines: [{ text: para.text, span }], position: ctx.position(...span) });
      used++;
    } else if (!has('salutation') && isSalutation(para.text)) {
      nodes.push(salutationNode(para, ctx));
      addressee = para.text.slice(0, -1);
      used++;
    } else break;
  }
  return { nodes, used, addressee };
}

/** The lines of a bracketed note, up to the one that closes its bracket; null when none does. */
function noteLines(paras: Paragraph[], from: number): Paragraph[] | null {
  let depth = 0;
  for (let i = from; i < Math.min(paras.length, from + NOTE_MAX_LINES); i++) {
    const para = paras[i]!;
    if (i > from && (para.segments.length > 1 || opensWithLabel(para.text))) return null;
    for (const ch of para.text) {
      if (ch === '（' || ch === '(') depth++;
      else if (ch === '）' || ch === ')') depth--;
    }
    if (depth === 0) return para.text.endsWith('）') || para.text.endsWith(')') ? paras.slice(from, i + 1) : null;
  }
  return null;
}

export function docNumberNode(para: Paragraph, ctx: SourceContext): DocNumberNode {
  const span = firstSegment(para);
  return { type: 'docNumber', text: para.text, span, position: ctx.position(...span) };
}

export function salutationNode(para: Paragraph, ctx: SourceContext): SalutationNode {
  const span = firstSegment(para);
  return { type: 'salutation', text: para.text, span, position: ctx.position(...span) };
}

function dateLineNode(para: Paragraph, meta: ItemMeta, ctx: SourceContext): DateLineNode {
  const { date, valid } = dateOfLine(para.text)!;
  const span = firstSegment(para);
  if (!valid) ctx.report(span, 'date-line-invalid', `the date line ${para.text} is not a day of the calendar (${date})`);
  else checkMetaDate(date, span, meta, ctx);
  return { type: 'dateLine', text: para.text, span, date, position: ctx.position(...span) };
}

function noteNode(lines: Paragraph[], meta: ItemMeta, ctx: SourceContext): DateLineNode {
  const span: Span = [lines[0]!.segments[0]!.start, lines.at(-1)!.segments[0]!.end];
  const text = ctx.source.slice(...span);
  const inner = text.replace(/^[(（]|[)）]$/gu, '');
  const found = datesIn(inner);
  // The first entry keeps what precedes its day (中国共产党第二十次全国代表大会部分修改，2022年10月22日通过).
  const history = found.map((d, i) => ({
    date: d.date,
    text: inner.slice(i === 0 ? 0 : d.index, found[i + 1]?.index ?? inner.length).trim(),
  }));
  for (const [i, h] of history.entries()) {
    if (!found[i]!.valid) ctx.report(span, 'date-line-invalid', `the adoption note names ${h.date}, which is not a day of the calendar`);
  }
  const date = history
    .map((h) => h.date)
    .sort()
    .at(-1)!;
  checkMetaDate(date, span, meta, ctx);
  return { type: 'dateLine', text, span, date, history, position: ctx.position(...span) };
}

function checkMetaDate(date: string, span: Span, meta: ItemMeta, ctx: SourceContext): void {
  if (meta.date && meta.date !== date) {
    ctx.report(span, 'date-line-mismatch', `the date line says ${date} but the metadata of "${meta.id}" says date: ${meta.date}`);
  }
}

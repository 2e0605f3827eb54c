// The labels that open a heading or a numbered unit in an official document, and what each
// paragraph of a body is by its opening: a part 一、, a measure （一） or （1）, a book 第一编, a
// chapter 第一章, a section 第一节, an article 第一条 (or 第十条之一), a numbered point 第一，, or
// plain text. Shapes only: nothing here knows a document.
import { parseChineseNumeral } from '../numerals.ts';
import type { Printed, Span } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';

const HAN = '[一二三四五六七八九十百零]+';
export const PART = new RegExp(`^(${HAN})、\\s*(\\S.*)$`, 'u');
export const MEASURE = new RegExp(`^([(（])(${HAN})([)）])`, 'u');
/** Measures of plans and proposals: Arabic numerals in brackets, （1）…（61）. */
export const ARABIC_MEASURE = /^([(（])([0-9]{1,3})([)）])/u;
/**
 * A heading printed straight after its label, as real texts do (第一章总则, 第五节地方各级人民代表大会…):
 * short and without sentence punctuation, so a paragraph that opens by citing a chapter
 * (第三章规定的情形，适用本条例。) is not taken for one.
 */
const TIGHT_HEADING = '[^\\s，。；：！？,;:!?、…·][^\\s，。；：！？,;:!?…·]{0,23}';
/** `第X编`, `第X章`, `第X节` alone, or with the heading after an ASCII or ideographic space, or with a tight heading. */
const headingLabel = (unit: string) => new RegExp(`^第(${HAN})${unit}(?:[ \\u3000]+(\\S.*)|(${TIGHT_HEADING}))?$`, 'u');
/** A book 第一编 of a code or a Party regulation, and its heading. */
export const BOOK = headingLabel('编');
/** 第二章 and its heading after an ASCII or ideographic space, or straight after the label. */
export const CHAPTER = headingLabel('章');
/** A section 第一节 of a chapter, and its heading. */
export const SECTION = headingLabel('节');
/** 第五条, or an inserted article 第十条之一, and the article's text after an ASCII or ideographic space. */
export const ARTICLE = new RegExp(`^第(${HAN})条(?:之(${HAN}))?[ \\u3000]+`, 'u');
/** The heading of a contents list, alone on its line: 目录, or spaced out with U+3000 (目 录). */
export const CONTENTS_HEADING = /^目[ \u3000]*录$/u;
/** The heading of a preamble, alone on its line: 序言 as a constitution prints it, 总纲 as the Party constitution does. */
export const PREAMBLE_HEADING = /^(?:序[ \u3000]*言|总[ \u3000]*纲)$/u;
/** A numbered point of a speech: 第一，关于…. */
export const POINT = new RegExp(`^第(${HAN})，`, 'u');
/** A part heading written with its text on the line: 一、加强组织领导。各地要…. */
const HEADING_WITH_TEXT = /^([^，；：,;:。！？]{1,40})(。)(\S.*)$/u;

export type Classified =
  | { kind: 'part'; n: number; numeral: string; heading: string; para: Paragraph; stop?: string; rest?: Paragraph; gap?: string }
  | { kind: 'measure'; n: number; numeral: string; label: string; para: Paragraph; arabic: boolean }
  | { kind: 'book' | 'chapter' | 'section'; n: number; numeral: string; label: string; heading: string; para: Paragraph }
  /** `sub`: an inserted article's number after `n` (1 for 第十条之一), with its numeral. */
  | { kind: 'article'; n: number; numeral: string; label: string; para: Paragraph; sub?: number; subNumeral?: string }
  | { kind: 'point'; n: number; numeral: string; label: string; para: Paragraph }
  | { kind: 'body'; para: Paragraph };

/** True when a paragraph opens with any label: it starts a unit and never continues a sentence. */
export function opensWithLabel(text: string): boolean {
  return (
    [PART, MEASURE, ARABIC_MEASURE, BOOK, CHAPTER, SECTION, ARTICLE, POINT, CONTENTS_HEADING, PREAMBLE_HEADING].some((re) =>
      re.test(text),
    ) || opensWithUnitLabel(text)
  );
}

/** True for a heading line that cannot be the first half of a cut sentence. */
export function isHeadingLine(text: string): boolean {
  return [PART, BOOK, CHAPTER, SECTION, CONTENTS_HEADING, PREAMBLE_HEADING].some((re) => re.test(text)) || isUnitHeading(text);
}

const HEADINGS = [
  ['book', BOOK, '编'],
  ['chapter', CHAPTER, '章'],
  ['section', SECTION, '节'],
] as const;

/** A heading whose numeral does not parse, or whose brackets do not match, is reported as such. */
export function classify(para: Paragraph, ctx: SourceContext): Classified {
  const at = para.segments[0]!.start;
  for (const [kind, re, unit] of HEADINGS) {
    const m = re.exec(para.text);
    const n = m ? parseChineseNumeral(m[1]!) : null;
    if (m && n !== null) return { kind, n, numeral: m[1]!, label: `第${m[1]}${unit}`, heading: m[2] ?? m[3] ?? '', para };
  }
  const article = ARTICLE.exec(para.text);
  if (article) {
    const n = parseChineseNumeral(article[1]!);
    const sub = article[2] === undefined ? undefined : parseChineseNumeral(article[2]);
    if (n !== null && sub === undefined) return { kind: 'article', n, numeral: article[1]!, label: `第${article[1]}条`, para };
    if (n !== null && sub) {
      const label = `第${article[1]}条之${article[2]}`;
      return { kind: 'article', n, numeral: article[1]!, label, para, sub, subNumeral: article[2]! };
    }
  }
  const part = PART.exec(para.text);
  if (part) {
    const n = parseChineseNumeral(part[1]!);
    if (n === null) {
      ctx.report([at, at + part[1]!.length + 1], 'numeral', `"${part[1]}、" is not a Chinese numeral`);
      return { kind: 'body', para };
    }
    const heading = part[2]!.trim();
    // A space printed after 、 (五、 时间安排) is kept, so the heading is shown and rebuilt as printed.
    const gap = para.text.slice(part[1]!.length + 1, para.text.length - part[2]!.length);
    const spaced = gap ? { gap } : {};
    const withText = para.segments.length === 1 ? HEADING_WITH_TEXT.exec(heading) : null;
    if (withText) return { kind: 'part', n, numeral: part[1]!, heading: withText[1]!, stop: withText[2]!, para, ...spaced };
    return { kind: 'part', n, numeral: part[1]!, heading, para, ...spaced };
  }
  const arabic = ARABIC_MEASURE.exec(para.text);
  const measure = arabic ?? MEASURE.exec(para.text);
  if (measure) {
    const [label, open, numeral, close] = measure;
    const labelSpan: Span = [at, at + label!.length];
    const n = arabic ? Number(numeral) : parseChineseNumeral(numeral!);
    if (n === null || n === 0) {
      ctx.report(labelSpan, 'numeral', `"${label}" is not a Chinese numeral`);
      return { kind: 'body', para };
    }
    if ((open === '(') !== (close === ')')) ctx.report(labelSpan, 'label-brackets', `mismatched brackets in "${label}"`);
    return { kind: 'measure', n, numeral: numeral!, label: label!, para, arabic: Boolean(arabic) };
  }
  const point = POINT.exec(para.text);
  if (point) {
    const n = parseChineseNumeral(point[1]!);
    if (n !== null) return { kind: 'point', n, numeral: point[1]!, label: point[0], para };
  }
  return { kind: 'body', para };
}

/** Reports a heading whose number does not follow the one before it. */
export function checkNumber(what: string, n: number, prev: number, label: string, ctx: SourceContext, place: Span): void {
  if (n === prev + 1) return;
  if (n === prev) ctx.report(place, `${what}-number-repeated`, `${what} ${label} repeats the number before it`);
  else if (n < prev) ctx.report(place, `${what}-out-of-order`, `${what} ${label} is out of order: it comes after number ${prev}`);
  else ctx.report(place, `${what}-numbering-gap`, `${what} numbering has a gap: expected number ${prev + 1}, found ${label}`);
}

export const firstSegment = (para: Paragraph): Span => [para.segments[0]!.start, para.segments[0]!.end];

/** A paragraph as a printed line (a signature's, a cell, a title's line): its text and where it stands. */
export const printed = (para: Paragraph): Printed => ({ text: para.text, span: firstSegment(para) });

// The labels inside a measure, a part or the preamble of 意见/方案/通知: sub-items 1. 1、 （1）,
// boxes 【重点任务12】 and 专栏3, table captions 表1. Each reader gives the label as printed, its
// number and what follows it; null when the paragraph does not open with one.

/** Arabic digits, ASCII or full-width, as a number: １２ → 12. */
export const arabicNumber = (digits: string): number => Number(digits.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));

/** How a sub-item label is written: 1. or 1． (`dot`), 1、 (`comma`), （1） or (1) (`bracket`). */
export type SubItemStyle = 'dot' | 'comma' | 'bracket';

/** 1. 1． 1、, never a decimal (2.5亿) nor a year (2025年). */
const SUBITEM_DOT = /^([0-9０-９]{1,3})([.．、])(?![0-9０-９])/u;
const SUBITEM_BRACKET = /^([(（])([0-9０-９]{1,3})([)）])/u;

export interface SubItemLabel {
  n: number;
  /** The label as printed: 12. 12、 （12）. */
  label: string;
  style: SubItemStyle;
}

/**
 * A sub-item label at the start of a paragraph: 1. 1． 1、, and （1） (which is a measure label in a
 * document numbering its measures so, and never reaches here as text there).
 */
export function subItemLabel(text: string): SubItemLabel | null {
  const dot = SUBITEM_DOT.exec(text);
  if (dot) {
    const n = arabicNumber(dot[1]!);
    return n === 0 ? null : { n, label: dot[0], style: dot[2] === '、' ? 'comma' : 'dot' };
  }
  const bracket = SUBITEM_BRACKET.exec(text);
  if (bracket && (bracket[1] === '(') === (bracket[3] === ')')) {
    const n = arabicNumber(bracket[2]!);
    return n === 0 ? null : { n, label: bracket[0], style: 'bracket' };
  }
  return null;
}

/** 【重点任务12】, 【专栏3】 (a name of two to six Han characters and a number in 【】), or 专栏3. */
const BOX_BRACKETED = /^【(\p{Script=Han}{2,6})([0-9０-９]{1,3})】/u;
const BOX_COLUMN = /^专栏([0-9０-９]{1,3})(?![0-9０-９.．])/u;

export interface BoxLabel {
  n: number;
  /** The label as printed: 【重点任务12】, 专栏3. */
  label: string;
}

/** A box label at the start of a paragraph; its heading is the rest of the line. */
export function boxLabel(text: string): BoxLabel | null {
  const m = BOX_BRACKETED.exec(text) ?? BOX_COLUMN.exec(text);
  if (!m) return null;
  const n = arabicNumber(m.length === 3 ? m[2]! : m[1]!);
  return n === 0 ? null : { n, label: m[0] };
}

/** 表1 and its title after a space, a colon or straight on (表1 重点任务分工); never 表1.2 or 表彰. */
const CAPTION = /^表([0-9０-９]{1,3})(?=$|[\s\u3000：:]|\p{Script=Han})/u;

/** A table caption (表1 …): its printed number. */
export function tableCaption(text: string): { n: number } | null {
  const m = CAPTION.exec(text);
  return m ? { n: arabicNumber(m[1]!) } : null;
}

/** A sub-item, box or table label: a line opening with one starts a unit and never continues a sentence. */
function opensWithUnitLabel(text: string): boolean {
  return subItemLabel(text) !== null || isUnitHeading(text);
}

/** A box's or table's heading line (【重点任务12】…, 专栏3 …, 表1 …): never the first half of a cut sentence. */
function isUnitHeading(text: string): boolean {
  return boxLabel(text) !== null || tableCaption(text) !== null;
}

// The labels that open a heading or a numbered unit in an official document, and what each
// paragraph of a body is by its opening: a part 一、, a measure （一） or （1）, a chapter 第一章, an
// article 第一条, a numbered point 第一，, or plain text. Shapes only: nothing here knows a document.
import { parseChineseNumeral } from '../numerals.ts';
import type { Span } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';

const HAN = '[一二三四五六七八九十百零]+';
export const PART = new RegExp(`^(${HAN})、\\s*(\\S.*)$`, 'u');
export const MEASURE = new RegExp(`^([(（])(${HAN})([)）])`, 'u');
/** Measures of plans and proposals: Arabic numerals in brackets, （1）…（61）. */
export const ARABIC_MEASURE = /^([(（])([0-9]{1,3})([)）])/u;
/** 第二章 and its heading after an ASCII or ideographic space. */
export const CHAPTER = new RegExp(`^第(${HAN})章(?:[ \\u3000]+(\\S.*))?$`, 'u');
/** 第五条 and the article's text after an ASCII or ideographic space. */
export const ARTICLE = new RegExp(`^第(${HAN})条[ \\u3000]+`, 'u');
/** A numbered point of a speech: 第一，关于…. */
export const POINT = new RegExp(`^第(${HAN})，`, 'u');
/** A part heading written with its text on the line: 一、加强组织领导。各地要…. */
const HEADING_WITH_TEXT = /^([^，；：,;:。！？]{1,40})(。)(\S.*)$/u;

export type Classified =
  | { kind: 'part'; n: number; numeral: string; heading: string; para: Paragraph; stop?: string; rest?: Paragraph }
  | { kind: 'measure'; n: number; numeral: string; label: string; para: Paragraph; arabic: boolean }
  | { kind: 'chapter'; n: number; numeral: string; label: string; heading: string; para: Paragraph }
  | { kind: 'article'; n: number; numeral: string; label: string; para: Paragraph }
  | { kind: 'point'; n: number; numeral: string; label: string; para: Paragraph }
  | { kind: 'body'; para: Paragraph };

/** True when a paragraph opens with any label: it starts a unit and never continues a sentence. */
export function opensWithLabel(text: string): boolean {
  return [PART, MEASURE, ARABIC_MEASURE, CHAPTER, ARTICLE, POINT].some((re) => re.test(text));
}

/** True for a heading line that cannot be the first half of a cut sentence. */
export function isHeadingLine(text: string): boolean {
  return PART.test(text) || CHAPTER.test(text);
}

/** A heading whose numeral does not parse, or whose brackets do not match, is reported as such. */
export function classify(para: Paragraph, ctx: SourceContext): Classified {
  const at = para.segments[0]!.start;
  const chapter = CHAPTER.exec(para.text);
  if (chapter) {
    const n = parseChineseNumeral(chapter[1]!);
    if (n !== null) return { kind: 'chapter', n, numeral: chapter[1]!, label: `第${chapter[1]}章`, heading: chapter[2] ?? '', para };
  }
  const article = ARTICLE.exec(para.text);
  if (article) {
    const n = parseChineseNumeral(article[1]!);
    if (n !== null) return { kind: 'article', n, numeral: article[1]!, label: `第${article[1]}条`, para };
  }
  const part = PART.exec(para.text);
  if (part) {
    const n = parseChineseNumeral(part[1]!);
    if (n === null) {
      ctx.report([at, at + part[1]!.length + 1], 'numeral', `"${part[1]}、" is not a Chinese numeral`);
      return { kind: 'body', para };
    }
    const heading = part[2]!.trim();
    const withText = para.segments.length === 1 ? HEADING_WITH_TEXT.exec(heading) : null;
    if (withText) return { kind: 'part', n, numeral: part[1]!, heading: withText[1]!, stop: withText[2]!, para };
    return { kind: 'part', n, numeral: part[1]!, heading, para };
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

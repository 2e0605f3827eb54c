// Guards against sources that would otherwise parse into a wrong structure without a word: each
// finds a shape the parser does not read (an invisible character before a label, a numeral it
// cannot count, furniture that would swallow a heading, a document past its structural limits)
// and reports it where it is. They only report; the parse itself is unchanged by them.
import type { ItemMeta } from '../schema/item-meta.ts';
import type { DocumentRoot, MeasureNode, PartNode, Span } from '../tree/nodes.ts';
import type { SourceContext } from './context.ts';
import type { SourceLine } from './lines.ts';
import { splitSentences } from './sentences.ts';

/** A sentence that ends as one: with 。！？ (or ；, as the items of a list do). */
const ENDED = /[。！？!?；;][”’」）)]*$/u;
/** More sentences than this in one measure means lines were folded into it, not written so. */
export const MAX_MEASURE_SENTENCES = 100;
/** After this many unreadable labels, one line says how many more there are. */
const MAX_LABEL_REPORTS = 5;

/** Format characters (ZWSP, RLM, word joiner…) and combining marks: invisible at a line's start. */
const INVISIBLE_START = /^[\p{Cf}\p{M}]/u;
/** A line of only ---, *** or ___: a front-matter fence or a Markdown rule, never official text. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|\+{3,})$/;
/** A label written with numerals the parser does not count: 廿 (20), 卅 (30), 〇, 两, 千, 万. */
const UNREAD_LABEL = /^(?:([(（])([〇零一二三四五六七八九十百千万廿卅卌两]+)([)）])|([〇零一二三四五六七八九十百千万廿卅卌两]+)、)/u;
const UNREAD_NUMERAL = /[〇千万廿卅卌两]/u;
/** A part label with nothing after it: 一、 alone on its line. */
const BARE_PART = /^([一二三四五六七八九十百零]+)、\s*$/u;
/** The start of a part or measure heading. */
const HEADING_START = /^(?:[(（][一二三四五六七八九十百零]+[)）]|[一二三四五六七八九十百零]+、)/u;

const SPELLINGS: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };

/** Every line of an item, before it is read: what would make its structure silently wrong. */
export function guardLines(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext): void {
  let unread = 0;
  for (const line of lines) {
    const at: Span = [line.start, line.start + 1];
    const invisible = INVISIBLE_START.exec(line.text);
    if (invisible) {
      const code = `U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      ctx.report(at, 'invisible-start', `invisible character ${code} at the start of the line (a label after it is not read); remove it`);
    }
    guardLabelInvisible(line, ctx);
    if (line.text.length > MAX_SENTENCE_CHARS) guardSentenceLength(line, ctx);
    if (RULE.test(line.text)) {
      ctx.report(
        [line.start, line.end],
        'markdown-rule',
        `"${line.text}" is a front-matter fence or Markdown rule, not text of "${meta.id}"; remove it`,
      );
    }
    if (meta.kind !== 'opinion') continue;
    const label = UNREAD_LABEL.exec(line.text);
    if (label && UNREAD_NUMERAL.test(label[2] ?? label[4]!)) {
      if (++unread <= MAX_LABEL_REPORTS)
        ctx.report([line.start, line.start + label[0].length], 'numeral-unread', unreadMessage(label[0], label[2] ?? label[4]!));
      else if (unread === MAX_LABEL_REPORTS + 1)
        ctx.report(at, 'numeral-unread', `more labels the parser does not read follow from here (${countUnread(lines)} in all)`);
    }
    const bare = BARE_PART.exec(line.text);
    if (bare) ctx.report([line.start, line.end], 'part-empty', `part ${bare[1]}、 has no heading`);
  }
}

/**
 * The longest sentence a source may hold, in UTF-16 code units. The longest of the 108 real texts
 * is 563; indexing grows faster than linearly with a sentence's length (one of 1.9 MB took Pagefind
 * four minutes), and a sentence this long is a line whose full stops were lost.
 */
export const MAX_SENTENCE_CHARS = 3000;

/** A sentence of a line past MAX_SENTENCE_CHARS, named where it starts. */
function guardSentenceLength(line: SourceLine, ctx: SourceContext): void {
  for (const { start, end } of splitSentences(line.text)) {
    if (end - start <= MAX_SENTENCE_CHARS) continue;
    ctx.report(
      [line.start + start, line.start + start + 1],
      'sentence-too-long',
      `a sentence of ${end - start} characters starts here, more than ${MAX_SENTENCE_CHARS}: its full stops (。！？) are probably missing; check the source against the printed text`,
    );
    return;
  }
}

/** Zero-width and format characters (ZWSP, ZWJ, word joiner, soft hyphen, U+FEFF…): invisible in a label. */
const FORMAT = /\p{Cf}/u;
/** A label as the parser reads one, once format characters are taken out (part, measure, article, chapter, item…). */
const ANY_LABEL =
  /^(?:[(（][一二三四五六七八九十百零〇\d０-９]+[)）]|[一二三四五六七八九十百零〇]+[、．.]|[\d０-９]+[.．、]|第[一二三四五六七八九十百千零〇\d]+(?:条|章|节|编|部分|点)(?:之[一二三四五六七八九十]+)?)/u;
/** How far into a line a label reaches, at most: a format character further on is in the text, not at a label. */
const LABEL_REACH = 24;

/**
 * A format character inside a label or just after it: the label is not read (（\u200b三） is no
 * measure label, so the measure joins the one before), or its text starts with an invisible
 * character. Named at its line and column; one at the very start of the line is the check above's.
 */
function guardLabelInvisible(line: SourceLine, ctx: SourceContext): void {
  const head = line.text.slice(0, LABEL_REACH);
  if (!FORMAT.test(head.slice(1))) return;
  // The line with its format characters taken out, and where each kept character stood.
  const kept: number[] = [];
  let clean = '';
  for (let i = 0; i < head.length; i++) {
    if (FORMAT.test(head[i]!)) continue;
    kept.push(i);
    clean += head[i];
  }
  const label = ANY_LABEL.exec(clean);
  if (!label) return;
  let end = kept[label[0].length - 1]! + 1;
  while (end < head.length && FORMAT.test(head[end]!)) end++;
  for (let i = 1; i < end; i++) {
    if (!FORMAT.test(head[i]!)) continue;
    const code = `U+${head.codePointAt(i)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const where =
      i < kept[label[0].length - 1]! ? `inside the label "${label[0]}" (the label is not read)` : `just after the label "${label[0]}"`;
    ctx.report([line.start + i, line.start + i + 1], 'invisible-in-label', `invisible character ${code} ${where}; remove it`);
    return;
  }
}

function unreadMessage(label: string, numeral: string): string {
  if (/[千万]/u.test(numeral)) return `"${label}" is past 九百九十九, the highest number the parser reads`;
  const odd = [...new Set([...numeral].filter((c) => UNREAD_NUMERAL.test(c)))];
  const meaning = odd.map((c) => (SPELLINGS[c] ? `${c} = ${SPELLINGS[c]}` : c)).join(', ');
  return `"${label}" is written with a numeral the parser does not read (${meaning}); check the source against the printed text`;
}

function countUnread(lines: SourceLine[]): number {
  return lines.filter((l) => {
    const m = UNREAD_LABEL.exec(l.text);
    return m && UNREAD_NUMERAL.test(m[2] ?? m[4]!);
  }).length;
}

/**
 * Furniture of a document that would take its structure: the printed title (the next line would
 * become the title), or the start of a part or measure heading (the heading would vanish).
 */
export function guardFurniture(lines: SourceLine[], meta: ItemMeta, ctx: SourceContext): void {
  const plain = (s: string) => s.replace(/\s+/gu, '');
  for (const { role, text } of meta.furniture) {
    for (const line of lines) {
      if (!(line.text === text || line.text.startsWith(text) || line.text.endsWith(text))) continue;
      const span: Span = [line.start, line.end];
      if (line.text === text && plain(text) === plain(meta.title)) {
        ctx.report(
          span,
          'furniture-title',
          `furniture (${role}) ${JSON.stringify(text)} is the printed title of "${meta.id}"; a document's title is not furniture`,
        );
      } else if (line.text.startsWith(text) && HEADING_START.test(line.text)) {
        const heading = HEADING_START.exec(line.text)![0];
        ctx.report(
          span,
          'furniture-heading',
          `furniture (${role}) ${JSON.stringify(text)} would take the heading ${heading} on line ${line.line}; furniture cannot hold a part or measure`,
        );
      }
    }
  }
}

/** The built tree of a document, within its structural limits. */
export function guardDocument(root: DocumentRoot, ctx: SourceContext): void {
  // The documents a notice issues hold measures as a document standing alone does.
  const tops: Array<{ type: string }> = root.children.flatMap((c): Array<{ type: string }> => (c.type === 'issued' ? c.children : [c]));
  const measures = tops
    .flatMap((c): Array<{ type: string }> => (c.type === 'part' ? (c as PartNode).children : [c]))
    .filter((c): c is MeasureNode => c.type === 'measure');
  for (const measure of measures) {
    // Its own sentences (m5-s1…): those of its paragraphs and sub-items, not of a box in it.
    const paragraphs = measure.children.flatMap((c) => (c.type === 'paragraph' ? [c] : c.type === 'subitem' ? c.children : []));
    // Sentences that end as sentences do: a table printed one cell a line (no caption to read it
    // by) makes many short lines, which are not what folded labels look like.
    const sentences = paragraphs.reduce((n, p) => n + p.children.filter((c) => ENDED.test(c.text)).length, 0);
    if (sentences > MAX_MEASURE_SENTENCES) {
      ctx.report(
        measure.labelSpan,
        'measure-too-long',
        `measure ${measure.label} has ${sentences} sentences, more than ${MAX_MEASURE_SENTENCES}: labels the parser did not read were probably folded into it`,
      );
    }
  }
}

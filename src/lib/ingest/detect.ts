// What ingest reads off a source text before the parser sees it: the title line (or the 《…》 of a
// wrapper line when the text has none), the repost wrapper and trailing site lines (furniture),
// the issuers, the document number, the kind and a short title. Shapes only: these are the
// conventions of official texts and of the sites that repost them, never one document's words.
import type { FurnitureRole, ItemKind } from '../schema/item-meta.ts';

export interface SourceLineText {
  text: string;
  /** 1-based. */
  line: number;
}

export interface Detected {
  /** The printed title line, or null when the title comes from a wrapper line. */
  titleLine: SourceLineText | null;
  title: string;
  /** The text the item's first line begins with. */
  begins: string;
  furniture: Array<{ role: FurnitureRole; text: string; line: number }>;
  issuers: string[];
  /** Where the issuers were read: the title, the wrapper, or the byline. */
  issuersFrom: 'title' | 'wrapper' | 'byline' | null;
  docNumber: string | null;
  publisher: string | null;
  kind: ItemKind | null;
  shortTitle: string;
  /** For an explanation 关于《X》的说明: X, the title of what it explains. */
  explainsTitle: string | null;
}

/** The word a title ends with, and the kind of document it names. */
const KIND_WORDS: Array<[RegExp, ItemKind]> = [
  [/说明$/u, 'explanation'],
  [/意见$/u, 'opinion'],
  [/建议$/u, 'proposal'],
  [/(?:规划|纲要|方案|计划)$/u, 'plan'],
  [/(?:条例|规定|办法|细则|准则|规则|法)$/u, 'regulation'],
];
const DOC_WORD = /(意见|建议|规划|纲要|方案|计划|条例|规定|办法|细则|准则|规则|法|说明|决定|通知)$/u;
/** A title line: a document name, no sentence punctuation. */
const TITLE_SHAPE = /^[^。，；！？：,;!?:]{4,120}$/u;
/** The line a repost ends its wrapper with: 《…》全文如下。 */
const FULL_TEXT = /《([^》]+)》全文如下[。：:]?$/u;
/** A repost wrapper's notice: 近日，中共中央、国务院印发了《…》. */
const ISSUED = /^(?:近日|日前|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)?，?(.+?)(?:联合)?印发了/u;
/** Site lines after the text: the source credit, editors, page controls. */
const SITE_LINE = /^(?:[（(](?:来源|稿源|转自)[：:]\s*(.+?)[）)]|(?:来源|责任编辑|编辑|责编|审核)[：:].*|【[^】]*】(?:\s*【[^】]*】)*)$/u;
/** Issuers as they head a title: 中共中央 国务院关于…, 中共中央办公厅 国务院办公厅关于…. */
const TITLE_ISSUERS = /^(.+?)\s*关于/u;
/** An issuer's name ends with the word for a body of the party or state. */
const ISSUER = /(?:中央|国务院|办公厅|委员会|常委会|常务委员会|人大|政府|军委|部|局|署|院|会|办)$/u;
const DOC_NUMBER = /[\p{Script=Han}]{1,8}〔\d{4}〕\d{1,4}号/u;
const SHORT_TITLE = /以下简称(《[^》]+》)/u;
/** A byline: a name alone on its line. */
const BYLINE = /^[\p{Script=Han}·]{2,6}$/u;
/** How far into the text a wrapper or title is looked for. */
const HEAD_LINES = 8;

export function detect(lines: SourceLineText[]): Detected {
  const furniture: Detected['furniture'] = [];
  let end = lines.length;
  let publisher: string | null = null;
  while (end > 0 && SITE_LINE.test(lines[end - 1]!.text)) {
    const line = lines[--end]!;
    publisher ??= SITE_LINE.exec(line.text)![1] ?? null;
    furniture.unshift({ role: 'credit', text: line.text, line: line.line });
  }
  const head = lines.slice(0, Math.min(HEAD_LINES, end));
  const fullText = head.findIndex((l) => FULL_TEXT.test(l.text));
  const isTitle = (l: SourceLineText) => TITLE_SHAPE.test(l.text) && DOC_WORD.test(l.text);
  const titleIndex = head.findIndex((l, i) => isTitle(l) && (fullText < 0 || i !== fullText));
  const wrapper = fullText >= 0 ? head.slice(0, fullText + 1).filter((_, i) => i !== titleIndex) : [];
  for (const w of wrapper) furniture.push({ role: 'wrapper', text: w.text, line: w.line });
  furniture.sort((a, b) => a.line - b.line);

  const titleLine = titleIndex >= 0 ? head[titleIndex]! : null;
  const wrapped = fullText >= 0 ? FULL_TEXT.exec(head[fullText]!.text)![1]! : null;
  const title = titleLine?.text ?? wrapped ?? lines[0]!.text;
  const firstText = lines.find((l) => !furniture.some((f) => f.line === l.line));
  const begins = (titleLine ?? firstText ?? lines[0]!).text.slice(0, 40);

  const fromTitle = TITLE_ISSUERS.exec(title)?.[1];
  // Only a title that opens with its issuers names them (关于《…》的说明 names none).
  const titleIssuers = fromTitle && !/[《》]|关于/u.test(fromTitle) ? issuersIn(fromTitle) : [];
  const issuedBy = wrapper.map((w) => ISSUED.exec(w.text)?.[1]).find(Boolean);
  const wrapperIssuers = issuedBy ? issuersIn(issuedBy) : [];
  const after = titleLine ? lines[lines.indexOf(titleLine) + 1] : undefined;
  const byline = after && BYLINE.test(after.text) ? [after.text] : [];
  const [issuers, issuersFrom] = titleIssuers.length
    ? [titleIssuers, 'title' as const]
    : wrapperIssuers.length
      ? [wrapperIssuers, 'wrapper' as const]
      : byline.length
        ? [byline, 'byline' as const]
        : [[], null];

  const kind = KIND_WORDS.find(([re]) => re.test(title))?.[1] ?? null;
  const wrapperText = wrapper.map((w) => w.text).join('');
  const shortTitle = SHORT_TITLE.exec(wrapperText)?.[1] ?? `《${DOC_WORD.exec(title)?.[1] ?? title}》`;
  const docNumber = DOC_NUMBER.exec([wrapperText, ...head.map((l) => l.text)].join('\n'))?.[0] ?? null;
  const explainsTitle = kind === 'explanation' ? (/^关于《(.+)》的说明$/u.exec(title)?.[1] ?? null) : null;
  return { titleLine, title, begins, furniture, issuers, issuersFrom, docNumber, publisher, kind, shortTitle, explainsTitle };
}

/** The issuers named in a run of text: 中共中央、国务院 or 中共中央 国务院. */
function issuersIn(text: string): string[] {
  const names = text
    .trim()
    .split(/[\s、，和]+/u)
    .filter(Boolean);
  return names.length > 0 && names.every((n) => ISSUER.test(n)) ? names : [];
}

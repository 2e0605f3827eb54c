// What may follow the last measure or article of a document: a closing (结语), the list of
// attachments (附件说明), a signature block (issuers and a date), publisher notes （此件公开发布）
// and 版记 lines (主题词…, 抄送…, …印发, （共印N份）), attachments (附件). Each is cut off the end of
// the classified body here, before the body is filed under its parts, so none of them is read as
// a measure's last paragraph.
import type { ItemMeta } from '../schema/item-meta.ts';
import type { Span } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { readBareDate } from './printed-dates.ts';
import { ADDRESS_LINE } from './head.ts';
import type { Classified } from './labels.ts';

/**
 * A closing opens by addressing those who are to carry the text out: 全党全国…, 各地区各部门…,
 * 办好…的事, or the audience the salutation named. A measure's own later paragraph speaks of the
 * measure's matter instead. This is the rule ingest states; `closing:` in the metadata overrides it.
 */
const ADDRESS = /^(?:全党|全军|全国|全社会|各地区|各部门|各地|各级|各有关|各单位|办好|让我们)/u;
/** An attachment heading: 附件, 附件1, 附件一, with or without a colon and a title, no sentence. */
const ATTACHMENT = /^附件(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?(?:[：:]|[ \u3000]|$)[^。！？]{0,60}$/u;
/** A line of the list of attachments before the signature: 附件：1.…, 附件1.…, and 2.… after it. */
const ATTACHMENT_LIST_START = /^附件/u;
const ATTACHMENT_LIST_MORE = /^(?:附件|[0-9０-９]{1,2}\s*[.．、])/u;
/** The list of attachments runs over at most this many lines. */
const MAX_ATTACHMENT_LIST = 20;
/** A signature line: an issuer's name, short and without punctuation (特此通知 is not one). */
const SIGNATURE_LINE = /^(?!特此|附件|主题词|抄送)[\p{Script=Han}（）()·\s]{2,24}$/u;
/** A signature names at most this many issuers, one a line, above its date. */
const MAX_SIGNATURE_LINES = 6;
/** A publisher's note: （此件公开发布）, （本文有删减）. */
export const PUBLISHER_NOTE = /^[（(](?:此件|本文|此文|本件)[^（）()]{1,16}[）)]$/u;
/** A 版记 line: 主题词…, 抄送…, the office and date that printed it (…2012年6月13日印发), （共印10份）. */
const IMPRINT = [
  /^(?:主题词|抄送|抄报|报送|分送|发送)(?:\s*[：:]|\s|$)/u,
  /^[^。！？]{0,40}日\s*印发$/u,
  /^[（(]共印\s*[0-9０-９一二三四五六七八九十百]{1,4}\s*份[）)]$/u,
];

/** A line of the tail that is not text: a publisher's note or a 版记 line. */
export const isTailLine = (text: string) => PUBLISHER_NOTE.test(text) || isImprintLine(text);
export const isImprintLine = (text: string) => IMPRINT.some((re) => re.test(text));
/** A signature's date line: nothing but a date. */
export const isSignatureDate = (text: string) => readBareDate(text) !== null;
export const isAttachmentHeading = (text: string) => ATTACHMENT.test(text);

export interface Tail {
  body: Classified[];
  closing: Paragraph[];
  /** The list of attachments (附件说明) between the text and the signature. */
  attachmentList: Paragraph[];
  signature: Paragraph[];
  /** Publisher notes and 版记 lines, wherever in the tail they stand, in source order. */
  notes: Paragraph[];
  attachments: Array<{ head: Paragraph; paras: Paragraph[] }>;
}

/**
 * Cuts the tail off the end of `items`: the 版记 and publisher notes at the very end; the signature
 * block, which is the first date alone on its line after which nothing but such notes and the
 * attachments follow, with the issuer lines above it; the attachments after it (or, without a
 * signature, from the first attachment heading on); the list of attachments just above the
 * signature; and the closing. A closing is only read after the last numbered unit (measure or
 * point) of a document that has them; a regulation's last article keeps all its paragraphs (款).
 * `opensClosing` are paragraphs that may open a closing whatever their words (the paragraph after
 * an address to the audience, 同志们、朋友们！).
 */
export function readTail(
  items: Classified[],
  meta: ItemMeta,
  addressee: string | null,
  ctx: SourceContext,
  regulation: boolean,
  opensClosing: ReadonlySet<Paragraph> = new Set(),
): Tail {
  const notes: Paragraph[] = [];
  let end = items.length;
  while (end > 1 && isTail(items[end - 1]!)) end--;
  const trailing = items.slice(end).map((it) => it.para);
  const rest = items.slice(0, end);

  const sig = signatureIn(rest);
  let body: Classified[];
  const attachments: Tail['attachments'] = [];
  let signature: Paragraph[] = [];
  let attachmentList: Paragraph[] = [];
  const fileAttachments = (from: Classified[]) => {
    for (const it of from) {
      if (it.kind === 'body' && ATTACHMENT.test(it.para.text)) attachments.push({ head: it.para, paras: [] });
      else attachments.at(-1)!.paras.push(it.para);
    }
  };
  if (sig) {
    signature = rest.slice(sig.start, sig.date + 1).map((it) => it.para);
    notes.push(...rest.slice(sig.date + 1, sig.after).map((it) => it.para));
    fileAttachments(rest.slice(sig.after));
    body = rest.slice(0, sig.start - sig.list);
    attachmentList = rest.slice(sig.start - sig.list, sig.start).map((it) => it.para);
  } else {
    const first = rest.findIndex((it, i) => i > 0 && it.kind === 'body' && ATTACHMENT.test(it.para.text));
    if (first >= 0) fileAttachments(rest.slice(first));
    body = first >= 0 ? rest.slice(0, first) : rest;
  }
  notes.push(...trailing);

  const lastUnit = body.findLastIndex((it) => it.kind === 'measure' || it.kind === 'point' || it.kind === 'article');
  const after = lastUnit >= 0 ? body.slice(lastUnit + 1) : [];
  const candidates = after.every((it) => it.kind === 'body') ? after : [];
  let start = -1;
  if (meta.closing === false || regulation) {
    // No closing: said so in the metadata, or a regulation, whose last article keeps its paragraphs.
  } else if (typeof meta.closing === 'string') {
    start = candidates.findIndex((it) => it.para.text.startsWith(meta.closing as string));
    if (start < 0) {
      ctx.report(
        lastUnit >= 0 ? body[lastUnit]!.para.segments[0]!.start : 0,
        'closing-missing',
        `closing: ${JSON.stringify(meta.closing)} does not open a paragraph after the last measure of "${meta.id}"`,
      );
    }
  } else {
    // An address line (同志们！) does not open the closing: the paragraph after it does.
    start = candidates.findIndex(
      (it) =>
        !ADDRESS_LINE.test(it.para.text) &&
        (ADDRESS.test(it.para.text) || (addressee !== null && it.para.text.startsWith(addressee)) || opensClosing.has(it.para)),
    );
  }
  const closing = start >= 0 ? candidates.slice(start).map((it) => it.para) : [];
  if (closing.length) body = body.slice(0, body.length - closing.length);
  return { body, closing, attachmentList, signature, notes, attachments };
}

const isTail = (it: Classified) => it.kind === 'body' && isTailLine(it.para.text);
const isPlain = (it: Classified | undefined, test: (text: string) => boolean) => it?.kind === 'body' && test(it.para.text);

/**
 * The signature block of `items`: where its issuer lines start, its date line, where what follows
 * its notes starts (the attachments, or the end), and how many lines of a list of attachments
 * stand just above it. Null when no date line is followed only by notes and attachments.
 */
function signatureIn(items: Classified[]): { start: number; date: number; after: number; list: number } | null {
  const firstAttachment = items.findIndex((it, i) => i > 0 && isPlain(it, (t) => ATTACHMENT.test(t)));
  for (let date = 1; date < items.length; date++) {
    if (!isPlain(items[date], isSignatureDate)) continue;
    let after = date + 1;
    while (after < items.length && isTail(items[after]!)) after++;
    if (after < items.length && !isPlain(items[after], (t) => ATTACHMENT.test(t))) continue;
    const start = signatureStart(
      items.map((it) => (it.kind === 'body' ? it.para.text : null)),
      date,
    );
    const list = attachmentListBefore(items, start);
    // An attachment heading above the signature is only allowed as the list of attachments.
    if (firstAttachment >= 0 && firstAttachment < start - list) return null;
    return { start, date, after, list };
  }
  return null;
}

/**
 * Where the issuer lines above the date line at `date` start: up to six short unpunctuated lines
 * (`texts[i]` null for a line that opens with a label).
 */
export function signatureStart(texts: ReadonlyArray<string | null>, date: number): number {
  let from = date;
  while (from > 0 && date - from < MAX_SIGNATURE_LINES) {
    const prev = texts[from - 1];
    if (prev === null || prev === undefined || !SIGNATURE_LINE.test(prev) || isSignatureDate(prev)) break;
    from--;
  }
  return from;
}

/** How many lines above `at` are a list of attachments: 附件：1.… then 2.…, no sentence. */
function attachmentListBefore(items: Classified[], at: number): number {
  for (let from = at - 1; from >= Math.max(1, at - MAX_ATTACHMENT_LIST); from--) {
    // Any kind: a line 2.… may have been read as a numbered item.
    const text = items[from]!.para.text;
    if (/[。！？]$/u.test(text) || !ATTACHMENT_LIST_MORE.test(text)) return 0;
    if (ATTACHMENT_LIST_START.test(text)) return at - from;
  }
  return 0;
}

export const spanOf = (paras: Paragraph[]): Span => [paras[0]!.segments[0]!.start, paras.at(-1)!.segments.at(-1)!.end];

// What may follow the last measure or article of a document: a closing (结语), a signature block
// (issuers and date), attachments (附件). Each is cut off the end of the classified body here,
// before the body is filed under its parts, so none of them is read as a measure's last paragraph.
import type { ItemMeta } from '../schema/item-meta.ts';
import type { Span } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';
import type { Classified } from './labels.ts';

/**
 * A closing opens by addressing those who are to carry the text out: 全党全国…, 各地区各部门…,
 * 办好…的事, or the audience the salutation named. A measure's own later paragraph speaks of the
 * measure's matter instead. This is the rule ingest states; `closing:` in the metadata overrides it.
 */
const ADDRESS = /^(?:全党|全军|全国|全社会|各地区|各部门|各地|各级|各有关|各单位|办好|让我们)/u;
/** An attachment heading: 附件, 附件1, 附件一, with or without a colon and a title, no sentence. */
const ATTACHMENT = /^附件(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?(?:[：:]|[ \u3000]|$)[^。！？]{0,60}$/u;
/** A signature line: an issuer's name, short and without punctuation. */
const SIGNATURE_LINE = /^[\p{Script=Han}（）()·\s]{2,24}$/u;
/** The date that ends a signature block: 2024年10月12日. */
const SIGNATURE_DATE =
  /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/u;

export interface Tail {
  body: Classified[];
  closing: Paragraph[];
  signature: Paragraph[];
  attachments: Array<{ head: Paragraph; paras: Paragraph[] }>;
}

/**
 * Cuts the attachments, the signature and the closing off the end of `items`. A closing is only
 * read after the last numbered unit (measure or point) of a document that has them; a regulation's
 * last article keeps all its paragraphs (款).
 */
export function readTail(items: Classified[], meta: ItemMeta, addressee: string | null, ctx: SourceContext, regulation: boolean): Tail {
  const firstAttachment = items.findIndex((it, i) => i > 0 && it.kind === 'body' && ATTACHMENT.test(it.para.text));
  const attachments: Tail['attachments'] = [];
  if (firstAttachment >= 0) {
    for (const it of items.slice(firstAttachment)) {
      if (it.kind === 'body' && ATTACHMENT.test(it.para.text)) attachments.push({ head: it.para, paras: [] });
      else attachments.at(-1)!.paras.push(it.para);
    }
  }
  let body = firstAttachment >= 0 ? items.slice(0, firstAttachment) : items;
  const signature = signatureAtEnd(body);
  body = body.slice(0, body.length - signature.length);

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
    start = candidates.findIndex((it) => ADDRESS.test(it.para.text) || (addressee !== null && it.para.text.startsWith(addressee)));
  }
  const closing = start >= 0 ? candidates.slice(start).map((it) => it.para) : [];
  if (closing.length) body = body.slice(0, body.length - closing.length);
  return { body, closing, signature: signature.map((it) => it.para), attachments };
}

/** The trailing run of short unpunctuated lines that ends with a date, if the body ends with one. */
function signatureAtEnd(items: Classified[]): Classified[] {
  const last = items.at(-1);
  if (!last || last.kind !== 'body' || !SIGNATURE_DATE.test(last.para.text)) return [];
  let from = items.length - 1;
  while (from > 0) {
    const prev = items[from - 1]!;
    if (prev.kind !== 'body' || !SIGNATURE_LINE.test(prev.para.text) || SIGNATURE_DATE.test(prev.para.text)) break;
    from--;
  }
  return items.slice(from);
}

export const spanOf = (paras: Paragraph[]): Span => [paras[0]!.segments[0]!.start, paras.at(-1)!.segments.at(-1)!.end];

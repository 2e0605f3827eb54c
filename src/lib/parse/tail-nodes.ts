// The nodes of a document's tail that are lines, not sentences: the signature block (its date
// checked as the document's 成文日期), the list of attachments (附件说明), publisher notes
// （此件公开发布） and runs of 版记 lines.
import type { ItemMeta } from '../schema/item-meta.ts';
import type { AttachmentListNode, ImprintNode, PublisherNoteNode, SignatureNode } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { readBareDate } from './printed-dates.ts';
import { firstSegment, printed } from './labels.ts';
import { PUBLISHER_NOTE, spanOf } from './tail.ts';

/**
 * The signature block after a text: its lines, and the date its last line prints. With `meta`,
 * that date is the document's 成文日期 and is checked against the metadata's `date`; the
 * signature of a document issued by a notice has its own date and passes none.
 */
export function signatureNode(paras: Paragraph[], ctx: SourceContext, meta: ItemMeta | null): SignatureNode | null {
  if (paras.length === 0) return null;
  const span = spanOf(paras);
  const last = paras.at(-1)!;
  const reading = readBareDate(last.text);
  if (reading && !reading.valid) {
    ctx.report(
      firstSegment(last),
      'signature-date-invalid',
      `the signature's date ${last.text} is not a day of the calendar (${reading.date})`,
    );
  } else if (reading && meta?.date && meta.date !== reading.date) {
    ctx.report(
      firstSegment(last),
      'signature-date-mismatch',
      `the signature is dated ${reading.date} but the metadata of "${meta.id}" says date: ${meta.date}`,
    );
  }
  return {
    type: 'signature',
    place: 'end',
    lines: paras.map(printed),
    ...(reading ? { date: reading.date } : {}),
    position: ctx.position(...span),
  };
}

export function attachmentListNode(paras: Paragraph[], ctx: SourceContext): AttachmentListNode | null {
  if (paras.length === 0) return null;
  return { type: 'attachmentList', lines: paras.map(printed), position: ctx.position(...spanOf(paras)) };
}

/** Each publisher note its own node; 版记 lines one node for each run of them with nothing between. */
export function tailNoteNodes(paras: Paragraph[], ctx: SourceContext): Array<PublisherNoteNode | ImprintNode> {
  const out: Array<PublisherNoteNode | ImprintNode> = [];
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length) out.push({ type: 'imprint', lines: run.map(printed), position: ctx.position(...spanOf(run)) });
    run = [];
  };
  for (const para of paras) {
    if (PUBLISHER_NOTE.test(para.text)) {
      flush();
      const span = firstSegment(para);
      out.push({ type: 'publisherNote', text: para.text, span, position: ctx.position(...span) });
    } else {
      const prev = run.at(-1);
      if (prev && ctx.source.slice(prev.segments.at(-1)!.end, para.segments[0]!.start).trim()) flush();
      run.push(para);
    }
  }
  flush();
  return out;
}

// A notice that issues another document (关于印发《…》的通知: 现将《…》印发给你们, 已经国务院同意，
// 现印发给你们, 现予印发, 现转发给你们): the notice's own text, its signature and publisher notes,
// then the issued document, with its own title, head and structure, read by the same code as a
// document standing alone so its ids are the ones it would have alone (preamble-s1, p1, m1…).
// A notice that issues nothing is an ordinary document and never comes here.
import type { ItemMeta } from '../schema/item-meta.ts';
import type { Anomaly, BodyNode, DocumentRoot, IssuedNode, NoticeNode, Repair } from '../tree/nodes.ts';
import { type Paragraph, joinedParagraphs } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { DOC_NUMBER, docNumberNode, readHead } from './head.ts';
import { opensWithLabel } from './labels.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';
import { isAttachmentHeading, isSignatureDate, isTailLine, signatureStart, spanOf } from './tail.ts';
import { signatureNode, tailNoteNodes } from './tail-nodes.ts';
import { titleLineCount, titleNode } from './title.ts';

/**
 * Reads a body (the paragraphs after the head) into its nodes: `addressee` is the salutation's,
 * `dated` says whether the signature's date is the item's 成文日期 (checked against its metadata).
 */
export type BodyReader = (paras: Paragraph[], addressee: string | null, dated: boolean) => BodyNode[];

/** What a notice (or a decree, 国务院令: 现公布…) says when it issues or forwards a document. */
const ISSUING = /(?:印发|转发|颁发|发布)给你们|现(?:予以?)?(?:印发|转发|发布|公布|颁布)|现(?:将|把)[^。]{0,200}(?:印发|转发|发布|颁发)/u;
/** What the notice's title says it issues: 关于印发《X》的通知, 转发…X的通知. */
const ISSUED_IN_TITLE = /(?:印发|转发|颁发|发布)(.+?)的(?:通知|函)$/u;
/** A quoted title: 《X》. */
const QUOTED = /《([^《》]{2,80})》/gu;
/** A one-line title when no quoted title matches: no sentence punctuation, not too long. */
const TITLE_SHAPE = /^[^。，；：！？,;:!?]{2,60}$/u;

/**
 * The root's children after the head for a notice that issues a document, or null when the body
 * is not one: its text speaks of issuing, and a signature block (issuer lines and a date) stands
 * in the body with, after its publisher notes, the issued document's title on its own line(s).
 * The 版记 and notes at the very end are the notice's, at the root.
 */
export function readIssuing(
  paras: Paragraph[],
  meta: ItemMeta,
  ctx: SourceContext,
  repairs: Repair[],
  anomalies: Anomaly[],
  read: BodyReader,
): DocumentRoot['children'] | null {
  let end = paras.length;
  while (end > 1 && isTailLine(paras[end - 1]!.text)) end--;
  const texts = paras.map((p) => (opensWithLabel(p.text) ? null : p.text));
  for (let date = 1; date < end; date++) {
    if (texts[date] === null || !isSignatureDate(texts[date]!)) continue;
    let after = date + 1;
    while (after < end && isTailLine(paras[after]!.text)) after++;
    // A signature followed by nothing but notes, or by attachments, is the document's own.
    if (after >= end || isAttachmentHeading(paras[after]!.text)) return null;
    const start = signatureStart(texts, date);
    const notice = paras.slice(0, start);
    if (notice.length === 0 || !ISSUING.test(notice.map((p) => p.text).join(''))) continue;
    // The issued document's number may stand above its title (绍市纪发〔2016〕24号).
    const numbered = after + 1 < end && DOC_NUMBER.test(paras[after]!.text) ? 1 : 0;
    const titleLines = issuedTitleLines(paras, after + numbered, notice, meta);
    if (titleLines === 0) continue;
    const issuedRest = paras.slice(after + numbered + titleLines, end);
    const { date: _date, ...undated } = meta;
    const head = readHead(issuedRest, undated, ctx);
    const body = issuedRest.slice(head.used);
    if (body.length === 0) continue;

    const noticeNode = noticeOf(notice, ctx, repairs, anomalies);
    const signature = signatureNode(paras.slice(start, date + 1), ctx, meta)!;
    const notes = tailNoteNodes(paras.slice(date + 1, after), ctx);
    const title = titleNode(paras.slice(after + numbered, after + numbered + titleLines), ctx);
    const number = numbered ? [docNumberNode(paras[after]!, ctx)] : [];
    const issuedChildren: IssuedNode['children'] = [...number, title, ...head.nodes, ...read(body, head.addressee, false)];
    issuedChildren.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
    const issued: IssuedNode = {
      type: 'issued',
      children: issuedChildren,
      position: ctx.position(issuedChildren[0]!.position.start.offset!, Math.max(...issuedChildren.map((c) => c.position.end.offset!))),
    };
    return [noticeNode, signature, ...notes, issued, ...tailNoteNodes(paras.slice(end), ctx)];
  }
  return null;
}

/**
 * How many lines from `at` are the issued document's title: the lines whose texts joined are a
 * title the notice quotes (《…》) or its own title names (关于印发X的通知); else one line that has a
 * title's shape; 0 when the line there is not a title.
 */
function issuedTitleLines(paras: Paragraph[], at: number, notice: Paragraph[], meta: ItemMeta): number {
  const named = ISSUED_IN_TITLE.exec(meta.title.replace(/\s+/gu, ''))?.[1]?.replace(/^《|》$/gu, '');
  const quoted = notice.flatMap((p) => [...p.text.matchAll(QUOTED)].map((m) => m[1]!));
  for (const candidate of [...quoted, ...(named ? [named] : [])]) {
    const count = titleLineCount(paras, at, candidate);
    if (count > 0) return count;
  }
  const line = paras[at]!.text;
  return TITLE_SHAPE.test(line) && !opensWithLabel(line) && !isSignatureDate(line) && !DOC_NUMBER.test(line) ? 1 : 0;
}

/** The notice's own paragraphs, sentences `notice-s1`…; a word cut by a column break is joined as anywhere. */
function noticeOf(paras: Paragraph[], ctx: SourceContext, repairs: Repair[], anomalies: Anomaly[]): NoticeNode {
  const joined = joinedParagraphs(paras, ctx, anomalies);
  const children = paragraphsOf(joined, sentenceIds('notice-'), ctx, repairs);
  return { type: 'notice', children, position: ctx.position(...spanOf(joined)) };
}

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
    // A notice may issue several documents (《甲规定》和《乙规定》): each begins at its title's lines.
    const firstTitle = paras
      .slice(after + numbered, after + numbered + titleLines)
      .map((p) => p.text)
      .join('');
    const starts = issuedStarts(paras, after + numbered + titleLines, end, notice, firstTitle);
    const docs = [{ from: after, number: numbered, title: titleLines }, ...starts];
    const issued: IssuedNode[] = [];
    for (const [i, d] of docs.entries()) {
      const until = docs[i + 1]?.from ?? end;
      const made = issuedNode(paras.slice(d.from, until), d.number, d.title, i + 1, meta, ctx, repairs, read);
      if (!made) break;
      issued.push(made);
    }
    if (issued.length < docs.length) continue;

    const noticeNode = noticeOf(notice, ctx, repairs, anomalies);
    const signature = signatureNode(paras.slice(start, date + 1), ctx, meta)!;
    const notes = tailNoteNodes(paras.slice(date + 1, after), ctx);
    return [noticeNode, signature, ...notes, ...issued, ...tailNoteNodes(paras.slice(end), ctx)];
  }
  return null;
}

/**
 * One issued document: its number line (when `number` is 1), its title's `title` lines, its head
 * and body; null when nothing follows the head. The `n`th document after the first has its ids
 * prefixed `d<n>-` (d2-p1, d2-m1, d2-preamble-s1), so two documents of one notice never share an
 * id; the first keeps the ids it would have standing alone.
 */
function issuedNode(
  paras: Paragraph[],
  number: number,
  title: number,
  n: number,
  meta: ItemMeta,
  ctx: SourceContext,
  repairs: Repair[],
  read: BodyReader,
): IssuedNode | null {
  const rest = paras.slice(number + title);
  const { date: _date, ...undated } = meta;
  const head = readHead(rest, undated, ctx);
  const body = rest.slice(head.used);
  if (body.length === 0) return null;
  const repaired = repairs.length;
  const children: IssuedNode['children'] = [
    ...(number ? [docNumberNode(paras[0]!, ctx)] : []),
    titleNode(paras.slice(number, number + title), ctx),
    ...head.nodes,
    ...read(body, head.addressee, false),
  ];
  children.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
  if (n > 1) prefixIds(children, `d${n}-`, repairs.slice(repaired));
  return {
    type: 'issued',
    id: n === 1 ? 'issued' : `issued${n}`,
    children,
    position: ctx.position(children[0]!.position.start.offset!, Math.max(...children.map((c) => c.position.end.offset!))),
  };
}

/** The fields that hold the id of another node: a measure's or article's part, a section's chapter, a chapter's book. */
const ID_REFERENCES = ['part', 'chapter', 'book'] as const;

/**
 * Prefixes every id in `nodes` (units, sentences, clauses, items) and the references to them, and
 * the sentence ids of the repairs made in them; a preamble and a closing, which are `preamble` and
 * `closing` in a document, get theirs (d2-preamble, d2-closing).
 */
function prefixIds(nodes: readonly object[], prefix: string, repairs: Repair[]): void {
  const walk = (node: Record<string, unknown>) => {
    if (typeof node['id'] === 'string') node['id'] = `${prefix}${node['id']}`;
    else if (node['type'] === 'preamble' || node['type'] === 'closing') node['id'] = `${prefix}${node['type']}`;
    for (const key of ID_REFERENCES) if (typeof node[key] === 'string' && node[key] !== '') node[key] = `${prefix}${node[key] as string}`;
    for (const child of (node['children'] as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
  };
  for (const node of nodes) walk(node as Record<string, unknown>);
  for (const r of repairs) if (r.sentence) r.sentence = `${prefix}${r.sentence}`;
}

/**
 * Where the second and later documents a notice issues begin: a line (or two or three) whose text
 * is another title the notice quotes (not the `first` document's), in the order it quotes them,
 * with the document number above it when one is printed. A title quoted in the notice that never
 * stands on its own line is a document it cites, not one it issues.
 */
function issuedStarts(paras: Paragraph[], from: number, end: number, notice: Paragraph[], first: string) {
  const plain = (t: string) => t.replace(/\s+/gu, '');
  const quoted = notice.flatMap((p) => [...p.text.matchAll(QUOTED)].map((m) => m[1]!)).filter((t) => plain(t) !== plain(first));
  const starts: Array<{ from: number; number: number; title: number }> = [];
  let at = from;
  for (const candidate of quoted) {
    for (let i = at; i < end; i++) {
      if (opensWithLabel(paras[i]!.text)) continue;
      const title = titleLineCount(paras, i, candidate);
      if (title === 0) continue;
      const number = i > at && DOC_NUMBER.test(paras[i - 1]!.text) ? 1 : 0;
      starts.push({ from: i - number, number, title });
      at = i + title;
      break;
    }
  }
  return starts;
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

// The body units inside a preamble, a part (its paragraphs before its first measure) or a measure
// of 意见/方案/通知/决定: paragraphs, sub-items 1. 2. 3., boxes 【重点任务12】 / 专栏3 and tables,
// and the responsibility notes at the end of a measure's paragraphs.
//
// - A sub-item is read only inside a measure (in a part without measures, or the preamble, 1. 2.
//   stay paragraphs, their sentences `p4-s1`… as before). Its label is 1. 1． 1、 or （1） (the last
//   only where measures are （一）: where they are （1） that is a measure); the first label of a
//   measure fixes its style, and a label of another style is text (a list inside the sub-item).
//   It runs to the next sub-item, box, caption or the measure's end. Its id is the measure's and
//   the printed number, `m5-i12`: numbers may restart at 1 in each measure or run on from the last
//   sub-item of the document. A number that repeats or goes back is reported and read as text
//   (two sub-items never share an id). Its sentences keep the measure's numbering (`m5-s4`), and
//   `paragraph` counts on across the measure, so a measure's sentence ids do not depend on it.
// - A box opens at a line 【重点任务12】… or 专栏3 … (its heading the rest of the line) and holds the
//   lines up to the next box or the end of its part, measure or preamble: paragraphs, with sentences
//   `box12-s1`…, and tables. Its id is `box` and its printed number, unique in the document: a
//   number used before is reported and the line read as text.
// - A table opens at its caption 表1 … (tables.ts has the rule for its rows); `tbl1`… counted
//   across the document, every caption counted (one the rule cannot read too, so the ids after it
//   do not move when it is mended). Lines the rule cannot read stay paragraphs, with an anomaly.
// - A responsibility note (responsibility.ts) is marked on its sentence everywhere but the preamble.
import type { Anomaly, BoxNode, ParagraphNode, Repair, Span, SubItemNode, TableNode } from '../tree/nodes.ts';
import { type Paragraph, dropPrefix } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { type SubItemLabel, type SubItemStyle, boxLabel, checkNumber, subItemLabel, tableCaption } from './labels.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';
import { responsibilityOf } from './responsibility.ts';
import { readTable } from './tables.ts';

/** What the units of one document share: the box numbers used, the table captions counted, the last sub-item's number. */
export interface UnitState {
  boxes: Set<number>;
  tables: number;
  lastSubItem: number;
  /** Where tables the parser could not read are recorded (the item's anomalies). */
  anomalies: Anomaly[];
  /** The spans of the tables read, caption to last cell. */
  tableSpans: Span[];
}

export const unitState = (anomalies: Anomaly[]): UnitState => ({ boxes: new Set(), tables: 0, lastSubItem: 0, anomalies, tableSpans: [] });

/**
 * Drops the `unplaced-line` anomalies of lines that are cells of a table read: in a source with
 * blank lines between paragraphs, a cell (牵头单位) after a cell that ends on a word looks like a
 * sentence cut by a column break that does not go on; the table accounts for it.
 */
export function dropCellAnomalies(state: UnitState): void {
  const inTable = (a: Anomaly) => state.tableSpans.some(([from, to]) => a.span[0] >= from && a.span[1] <= to);
  const kept = state.anomalies.filter((a) => a.kind !== 'unplaced-line' || !inTable(a));
  state.anomalies.splice(0, state.anomalies.length, ...kept);
}

export type Unit = ParagraphNode | SubItemNode | BoxNode | TableNode;

/** The container whose paragraphs are read: its sentences are numbered `${owner}-s1`…. */
export interface Container {
  owner: string;
  where: 'preamble' | 'part' | 'measure';
}

interface DraftItem {
  label: SubItemLabel;
  labelSpan: Span;
  line: number;
  paras: Paragraph[];
}

/** The children of a preamble, part or measure made of its paragraphs, in source order. */
export function unitsOf(paras: Paragraph[], { owner, where }: Container, state: UnitState, ctx: SourceContext, repairs: Repair[]): Unit[] {
  const nextId = sentenceIds(`${owner}-`);
  const marks = where !== 'preamble';
  let paragraph = 0;
  const plain = (ps: Paragraph[]): ParagraphNode[] => {
    const nodes = paragraphsOf(ps, nextId, ctx, repairs, paragraph);
    paragraph += ps.length;
    return marks ? markNotes(nodes) : nodes;
  };
  const out: Unit[] = [];
  let style: SubItemStyle | null = null;
  let previous = 0;
  let item: DraftItem | null = null;
  const flush = () => {
    if (item) out.push(subItemNode(item, owner, plain, ctx));
    item = null;
  };
  const subItemOf = (p: Paragraph): SubItemLabel | null => {
    if (where !== 'measure') return null;
    const label = subItemLabel(p.text);
    return label && (style === null || label.style === style) ? label : null;
  };
  const isBoundary = (p: Paragraph) => boxLabel(p.text) !== null || tableCaption(p.text) !== null || subItemOf(p) !== null;

  for (let i = 0; i < paras.length;) {
    const p = paras[i]!;
    const labelStart = p.segments[0]!.start;
    const box = boxLabel(p.text);
    if (box) {
      const labelSpan: Span = [labelStart, labelStart + box.label.length];
      if (!state.boxes.has(box.n)) {
        state.boxes.add(box.n);
        flush();
        let end = i + 1;
        while (end < paras.length && !boxLabel(paras[end]!.text)) end++;
        out.push(boxNode(p, box, labelSpan, paras.slice(i + 1, end), state, ctx, repairs));
        i = end;
        continue;
      }
      ctx.report(labelSpan, 'box-number-repeated', `box ${box.label} repeats the number of a box before it; read as text`);
    }
    if (tableCaption(p.text)) {
      const read = readTable(paras, i, isBoundary, ctx);
      const n = ++state.tables;
      if ('table' in read) {
        flush();
        out.push(tableNode(read.table, n, state));
        i += read.used;
        continue;
      }
      state.anomalies.push(read.unread);
    }
    const label = i > 0 ? subItemOf(p) : null;
    if (label) {
      const labelSpan: Span = [labelStart, labelStart + label.label.length];
      // The first sub-item of a measure is numbered 1 or runs on from the last one of the document.
      const prev = previous || (label.n === 1 ? 0 : state.lastSubItem);
      checkNumber('subitem', label.n, prev, label.label, ctx, labelSpan);
      if (label.n > prev) {
        flush();
        style ??= label.style;
        previous = state.lastSubItem = label.n;
        item = { label, labelSpan, line: p.line, paras: [dropPrefix(p, label.label.length, ctx)] };
        i++;
        continue;
      }
    }
    const current = item as DraftItem | null;
    if (current) current.paras.push(p);
    else out.push(...plain([p]));
    i++;
  }
  flush();
  return out;
}

function subItemNode(item: DraftItem, owner: string, plain: (ps: Paragraph[]) => ParagraphNode[], ctx: SourceContext): SubItemNode {
  const children = plain(item.paras);
  return {
    type: 'subitem',
    id: `${owner}-i${item.label.n}`,
    n: item.label.n,
    label: item.label.label,
    labelSpan: item.labelSpan,
    line: item.line,
    children,
    position: ctx.position(item.labelSpan[0], children.at(-1)?.position.end.offset ?? item.labelSpan[1]),
  };
}

function boxNode(
  head: Paragraph,
  box: { n: number; label: string },
  labelSpan: Span,
  paras: Paragraph[],
  state: UnitState,
  ctx: SourceContext,
  repairs: Repair[],
): BoxNode {
  const id = `box${box.n}`;
  const raw = head.text.slice(box.label.length);
  const heading = raw.trim();
  const headingStart = labelSpan[1] + raw.length - raw.trimStart().length;
  const headingSpan: Span | null = heading ? [headingStart, headingStart + heading.length] : null;
  const nextId = sentenceIds(`${id}-`);
  const children: BoxNode['children'] = [];
  let paragraph = 0;
  for (let i = 0; i < paras.length;) {
    const p = paras[i]!;
    if (tableCaption(p.text)) {
      const read = readTable(paras, i, (q) => tableCaption(q.text) !== null, ctx);
      const n = ++state.tables;
      if ('table' in read) {
        children.push(tableNode(read.table, n, state));
        i += read.used;
        continue;
      }
      state.anomalies.push(read.unread);
    }
    children.push(...markNotes(paragraphsOf([p], nextId, ctx, repairs, paragraph++)));
    i++;
  }
  return {
    type: 'box',
    id,
    n: box.n,
    label: box.label,
    labelSpan,
    heading,
    headingSpan,
    line: head.line,
    children,
    position: ctx.position(labelSpan[0], children.at(-1)?.position.end.offset ?? headingSpan?.[1] ?? labelSpan[1]),
  };
}

function tableNode(table: Omit<TableNode, 'id' | 'n'>, n: number, state: UnitState): TableNode {
  const { type, caption, rows, line, position } = table;
  state.tableSpans.push([position.start.offset!, position.end.offset!]);
  return { type, id: `tbl${n}`, n, caption, rows, line, position };
}

/** Marks the sentences that are responsibility notes with what they say. */
function markNotes(nodes: ParagraphNode[]): ParagraphNode[] {
  for (const para of nodes) {
    for (const sentence of para.children) {
      const responsibility = responsibilityOf(sentence.text);
      if (responsibility) sentence.responsibility = responsibility;
    }
  }
  return nodes;
}

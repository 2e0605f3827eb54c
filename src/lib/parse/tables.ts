// Tables drawn one cell a line, as the extraction of an HTML table leaves them: a caption 表1 …,
// then the header row's cells, then each row's cells, every cell on a line of its own. Nothing
// marks where a row ends, so the number of columns must be read off the lines; when it cannot be
// told, the lines stay paragraphs and an anomaly says so (never a guessed table).
//
// The lines of a table run from its caption to the next label (a box, a caption, a sub-item:
// `isBoundary`) or the end of the unit it sits in. A cell is one line: a line repaired from two
// never is. A header-like line is 1–12 characters without 。，；！？ and not a number; a number is
// a figure such as 12, 3.5, 95%, ≥60. Three rules, tried in this order; the first that reads wins:
//
// 1. Numbered rows (a 序号 column). The header row is the run of header-like lines after the
//    caption, closed by a line reading 1; the columns are that run's length (at least 2). Rows of
//    that many cells are read while each opens with the next number (1, 2, 3…). A row holding the
//    next row's number, or lines left after the last row that hold a bare number or open with a
//    short cell, mean a row lost or gained a cell: this rule then does not read the table. Other
//    lines left (a sentence) are paragraphs after it.
// 2. Columns of figures. For each column count k from 2 to 12 that divides the lines evenly: the
//    first k lines are header-like, and in every column the cells below the header are all numbers
//    or none is, with at least one column of numbers. The table is read when exactly one k passes
//    (a wrong k mixes figures and words in its columns).
// 3. A header row closed by a longer line. The header row is the run of header-like lines after
//    the caption, closed by a line that is not (a row's first cell, written out); all the lines
//    must divide into rows of that many cells, and every row must open with a longer line too
//    (were the first row's first cell short, the header would have taken it and every row would be
//    misread). Rules 2 and 3 must agree when both read.
//
// What no rule reads is reported as a `table-unread` anomaly with each rule's reason.
import type { Anomaly, Span, TableNode } from '../tree/nodes.ts';
import type { Paragraph } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { arabicNumber, firstSegment, printed } from './labels.ts';

const ROW_NUMBER = /^[0-9０-９]{1,3}$/u;
const FIGURE = /^[<>≤≥＜＞]?[-+]?[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?[%％‰]?$/u;
const isRowNumber = (p: Paragraph) => ROW_NUMBER.test(p.text);
const isFigure = (p: Paragraph) => FIGURE.test(p.text);
const headerLike = (p: Paragraph) => p.text.length <= 12 && !/[。，；！？,;!?]/u.test(p.text) && !isFigure(p);
const MAX_COLUMNS = 12;

export type TableRead = { table: Omit<TableNode, 'id' | 'n'>; used: number } | { unread: Anomaly };

/** A rule's reading: the columns and how many lines after the caption the table takes, or why it does not read. */
type Reading = { columns: number; used: number } | string;

/**
 * Reads the table whose caption is `paras[at]`: the table and how many paragraphs it takes (the
 * caption and its cells), or the anomaly that says why the lines are not read as one.
 */
export function readTable(paras: Paragraph[], at: number, isBoundary: (p: Paragraph) => boolean, ctx: SourceContext): TableRead {
  const caption = paras[at]!;
  let end = at + 1;
  while (end < paras.length && !isBoundary(paras[end]!)) end++;
  const region = paras.slice(at + 1, end);
  const unread = (reason: string): TableRead => {
    const last = region.at(-1) ?? caption;
    const span: Span = [caption.segments[0]!.start, last.segments.at(-1)!.end];
    return {
      unread: {
        kind: 'table-unread',
        line: caption.line,
        span,
        reason: `the table under "${caption.text.slice(0, 16)}" (lines ${caption.line}–${last.line}) is not read: ${reason}; its lines are kept as paragraphs, check the source`,
      },
    };
  };
  const repaired = [caption, ...region].find((p) => p.segments.length > 1);
  if (repaired) return unread(`line ${repaired.line} was joined from two lines and cannot be a cell`);
  if (region.length === 0) return unread('no cells follow the caption');
  const reading = numberedRows(region);
  let chosen: { columns: number; used: number };
  if (typeof reading !== 'string') chosen = reading;
  else {
    const figures = columnsOfFigures(region);
    const header = headerClosedByText(region);
    if (typeof figures !== 'string' && typeof header !== 'string' && figures.columns !== header.columns) {
      return unread(`columns of figures say ${figures.columns} columns and the header row says ${header.columns}`);
    }
    if (typeof figures !== 'string') chosen = figures;
    else if (typeof header !== 'string') chosen = header;
    else return unread(`${reading}; ${figures}; ${header}`);
  }
  const { columns, used } = chosen;
  const cells = region.slice(0, used).map(printed);
  const rows: TableNode['rows'] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const captionSpan = firstSegment(caption);
  return {
    table: {
      type: 'table',
      caption: { text: caption.text, span: captionSpan },
      rows,
      line: caption.line,
      position: ctx.position(captionSpan[0], cells.at(-1)!.span[1]),
    },
    used: used + 1,
  };
}

/** The run of header-like lines at the start of the region. */
function headerRun(region: Paragraph[]): number {
  let n = 0;
  while (n < region.length && n < MAX_COLUMNS && headerLike(region[n]!)) n++;
  return n;
}

/** Rule 1: rows numbered 1, 2, 3… under a header row. */
function numberedRows(region: Paragraph[]): Reading {
  const columns = headerRun(region);
  const first = region[columns];
  if (columns < 2 || !first || !isRowNumber(first) || arabicNumber(first.text) !== 1) return 'no header row closed by a row numbered 1';
  const numbered = (p: Paragraph | undefined, n: number) => p !== undefined && isRowNumber(p) && arabicNumber(p.text) === n;
  let row = 1;
  let i = columns;
  while (i + columns <= region.length && numbered(region[i], row)) {
    // The next row's number inside this row: a cell is missing from it.
    const early = region.slice(i + 1, i + columns).find((p) => numbered(p, row + 1));
    if (early) return `row ${row} breaks off at line ${early.line}, where row ${row + 1} begins`;
    i += columns;
    row++;
  }
  if (row === 1) return `row 1 does not have the header row's ${columns} cells`;
  const stray = region.slice(i).find(isRowNumber);
  if (stray) return `the numbered rows of ${columns} cells break off at line ${stray.line}`;
  const after = region[i];
  if (after && (headerLike(after) || isFigure(after)))
    return `line ${after.line}, after row ${row - 1}, reads like a cell, not a paragraph`;
  return { columns, used: i };
}

/** Rule 2: the one column count under which every column holds figures only or words only. */
function columnsOfFigures(region: Paragraph[]): Reading {
  const passing: number[] = [];
  for (let k = 2; k <= Math.min(MAX_COLUMNS, region.length / 2); k++) {
    if (region.length % k !== 0 || !region.slice(0, k).every(headerLike)) continue;
    const body = region.slice(k);
    let figureColumns = 0;
    let consistent = true;
    for (let j = 0; j < k && consistent; j++) {
      const column = body.filter((_, i) => i % k === j);
      const figures = column.filter(isFigure).length;
      if (figures === column.length) figureColumns++;
      else if (figures > 0) consistent = false;
    }
    if (consistent && figureColumns > 0) passing.push(k);
  }
  if (passing.length === 1) return { columns: passing[0]!, used: region.length };
  return passing.length === 0 ? 'no column count gives columns of figures' : `columns of figures fit ${passing.join(' or ')} columns`;
}

/** Rule 3: a header row closed by a written-out line, the lines dividing into its rows. */
function headerClosedByText(region: Paragraph[]): Reading {
  const columns = headerRun(region);
  if (columns < 2) return 'no header row of two or more short cells follows the caption';
  if (columns === region.length) return 'it has a header row and no rows';
  if (isFigure(region[columns]!)) return `the header row is closed by a figure (line ${region[columns]!.line}), not by a row's first cell`;
  if (region.length % columns !== 0) return `its ${region.length} lines do not divide into rows of ${columns} cells`;
  const short = region.slice(columns).find((p, j) => j % columns === 0 && headerLike(p));
  if (short)
    return `a row opens with the short cell ${JSON.stringify(short.text)} (line ${short.line}), so where the header row ends cannot be told`;
  return { columns, used: region.length };
}

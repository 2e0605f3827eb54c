// The one CSV writer: every CSV the site publishes (src/pages/data/*.csv.ts, through the writers
// in src/lib/export/*-csv.ts and actors.ts) is made by csvFile, so each has the same shape: UTF-8
// with a byte-order mark, CRLF line ends, RFC 4180 quoting, and no cell a spreadsheet would run as
// a formula. The rule is stated to readers on /data/ (src/pages/data/index.astro, #csv).

/**
 * What a spreadsheet reads as the start of a formula (Excel, LibreOffice, Google Sheets): = + - @,
 * and a tab or carriage return before one (OWASP's list); with their full-width forms, which an
 * input method types for them in Chinese and some spreadsheets read the same.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** A number as written (-5, +3.5, 1e-3): a spreadsheet reads it as the number it is, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell's text made safe to open in a spreadsheet: text a spreadsheet would run as a formula
 * (=HYPERLINK(…), @SUM(…)) gets an apostrophe before it, as spreadsheet-safe exporters do, so it
 * shows as the text it is. Nothing else changes; numbers are left as they are.
 */
export function csvCell(value: string | number): string {
  const s = String(value);
  return typeof value === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes (after csvCell). */
export function csvField(value: string | number): string {
  const s = csvCell(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A CSV file for spreadsheets and statistics packages: UTF-8 with a byte-order mark (without it,
 * Excel opens the file in the system code page, GBK on Chinese Windows, and garbles the text;
 * readr, data.table and Stata 16+ skip it), CRLF line ends and a final one, RFC 4180 quoting, and
 * every cell through csvCell.
 */
export const csvFile = (rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
  `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;

/** Reads RFC 4180 text back into fields, a leading byte-order mark skipped (for tests and for anyone checking an export). */
export function parseCsv(csv: string): string[][] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

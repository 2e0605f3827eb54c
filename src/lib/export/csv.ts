/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows as CSV text: CRLF line ends, a final line end. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV file for spreadsheets and statistics packages: UTF-8 with a byte-order mark (without it,
 * Excel opens the file in the system code page, GBK on Chinese Windows, and garbles the text;
 * readr, data.table and Stata 16+ skip it), unless `bom` is false.
 */
export const csvFile = (rows: ReadonlyArray<ReadonlyArray<string | number>>, bom?: boolean) =>
  `${bom === false ? '' : '\uFEFF'}${csvTable(rows)}`;

/** Reads RFC 4180 text back into fields (for tests and for anyone checking an export). */
export function parseCsv(text: string): string[][] {
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

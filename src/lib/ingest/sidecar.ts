// A metadata table that comes with the texts (a sidecar): one row per file, tab-separated, its
// first line naming the columns, as ../shared/corpus/index.tsv is written. Read once per call of
// ingest; each file finds its row by its path (the `file` column, or `html` for the saved page of
// the same document), relative to the table's folder. What a row says is cross-checked against
// the text (facts.ts), never taken over it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeUtf8 } from '../content/text-file.ts';
import { IngestError } from './ingest-error.ts';

/** The columns a table must have to be read as one: the file each row describes, and its title. */
const REQUIRED = ['file', 'title'] as const;
/**
 * The columns ingest reads; any other (source, chars…) is kept in the row and shown, not used,
 * except `chars`, which is compared with the text's length.
 */
export const TABLE_COLUMNS = [
  'file',
  'title',
  'kind',
  'issuer',
  'date',
  'document_number',
  'url',
  'index_number',
  'topic',
  'chars',
  'check',
  'html',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableRow {
  /** 1-based line of the table the row is on. */
  line: number;
  /** Each cell by its column's name, as written (empty cells are absent). */
  cells: Partial<Record<string, string>>;
  /** 1-based column (in characters) where each cell starts, for errors. */
  columns: Partial<Record<string, number>>;
}

export interface MetadataTable {
  /** The table's path as given or found. */
  path: string;
  header: string[];
  rows: TableRow[];
  /** The row of each file the table names, by its absolute path (`file` and `html` columns). */
  byPath: Map<string, TableRow>;
}

/** Whether a table's first line names the columns ingest needs (file, title), tab-separated. */
export function isMetadataTable(text: string): boolean {
  const header = (text.split('\n', 1)[0] ?? '')
    .replace(/^\uFEFF/u, '')
    .replace(/\r$/u, '')
    .split('\t');
  return REQUIRED.every((c) => header.includes(c));
}

/** Reads a metadata table; a problem is an IngestError naming the table's file:line[:col]. */
export function readTable(path: string): MetadataTable {
  if (!existsSync(path) || !statSync(path).isFile()) throw new IngestError(`${path}: no such table (--table names a .tsv file)`);
  const text = decodeUtf8(readFileSync(path), path);
  if (!isMetadataTable(text)) {
    throw new IngestError(
      `${path}:1: not a metadata table: its first line must name the columns, tab-separated, ${REQUIRED.join(' and ')} among them`,
    );
  }
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .map((l) => l.replace(/\r$/u, ''));
  const header = lines[0]!.split('\t');
  const repeated = header.find((c, i) => c && header.indexOf(c) !== i);
  if (repeated) throw new IngestError(`${path}:1: the column ${repeated} is named twice`);
  const rows: TableRow[] = [];
  const byPath = new Map<string, TableRow>();
  const folder = dirname(resolve(path));
  for (const [i, raw] of lines.entries()) {
    if (i === 0 || raw.trim() === '') continue;
    const values = raw.split('\t');
    // Trailing empty cells may be left off; a cell more than the header names is an error.
    if (values.length > header.length) {
      throw new IngestError(`${path}:${i + 1}: ${values.length} cells, but the first line names ${header.length} columns`);
    }
    const row: TableRow = { line: i + 1, cells: {}, columns: {} };
    let column = 1;
    for (const [k, value] of values.entries()) {
      if (value !== '') {
        row.cells[header[k]!] = value;
        row.columns[header[k]!] = column;
      }
      column += [...value].length + 1;
    }
    if (!row.cells.file) throw new IngestError(`${path}:${i + 1}:1: the row names no file`);
    checkCells(path, row);
    for (const column of ['file', 'html'] as const) {
      const named = row.cells[column];
      if (!named) continue;
      const at = resolve(folder, named);
      const other = byPath.get(at);
      if (other) throw new IngestError(`${path}:${i + 1}:${row.columns[column]}: ${named} is already the file of line ${other.line}`);
      byPath.set(at, row);
    }
    rows.push(row);
  }
  return { path, header, rows, byPath };
}

/** The values a cell must have the shape of: a day, a count, a web address. */
function checkCells(path: string, row: TableRow) {
  const bad = (column: string, what: string) => {
    throw new IngestError(`${path}:${row.line}:${row.columns[column]}: ${column} ${JSON.stringify(row.cells[column])} is not ${what}`);
  };
  if (row.cells.date && !/^\d{4}-\d{2}-\d{2}$/u.test(row.cells.date)) bad('date', 'a date written YYYY-MM-DD');
  if (row.cells.chars && !/^\d+$/u.test(row.cells.chars)) bad('chars', 'a count of characters');
  if (row.cells.url && !/^https?:\/\/\S+$/u.test(row.cells.url)) bad('url', 'an http or https address');
}

/** The row of a file (its path as given), or undefined when the table names it nowhere. */
export const rowOf = (table: MetadataTable, file: string) => table.byPath.get(resolve(file));

/**
 * The table that comes with the files given when no --table names one: an index.tsv in the folder
 * given (or the folder of a file given) or in its parent, whose first line is a metadata table's.
 * The first found is used for every file; null when there is none.
 */
export function findTable(paths: readonly string[]): { path: string; where: string } | null {
  for (const arg of paths) {
    const folder = existsSync(arg) && statSync(arg).isDirectory() ? arg : dirname(arg);
    const candidates: Array<[string, string]> = [
      [join(folder, 'index.tsv'), `beside the files given, in ${basename(resolve(folder))}/`],
      [join(folder, '..', 'index.tsv'), `in the folder above ${basename(resolve(folder))}/, where the files given are`],
    ];
    for (const [path, where] of candidates) {
      if (!existsSync(path) || !statSync(path).isFile()) continue;
      try {
        if (isMetadataTable(readFileSync(path, 'utf8'))) return { path, where };
      } catch {
        // An unreadable file is not a table that comes with the texts; it is passed over.
      }
    }
  }
  return null;
}

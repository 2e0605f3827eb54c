// `npm run ingest -- <file.txt|page.html|folder>... [--id <id>] [--kind <kind>] [--title <title>]
// [--table <index.tsv> | --no-table] [--published YYYY-MM-DD] [--publisher <name>]`:
// copies each file byte for byte into content/sources/ (or CONTENT_DIR), writes content/items/<id>.yaml
// with what it detected, prints what it found, file by file, then a summary table. A file that is
// refused writes nothing and the others are still written; exit 1 when any was refused, 2 on a
// usage error. Never a stack trace: a failure is one line naming the file.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { KINDS } from '../src/lib/schema/kind-names.ts';

const USAGE = `usage: npm run ingest -- <file.txt|page.html|folder>... [options]

Copies each source byte for byte into content/sources/ (CONTENT_DIR when set), writes
content/items/<id>.yaml with what it detected, and prints what it found: title, kind, dates,
issuers, document number, structure, anomalies, and actor-like strings the registry lacks. A
saved web page (.html) is kept as received; its text is derived from its article body, as the
build derives it. A folder stands for every .txt and .html file in it. Each file is written or
refused alone: a refused file writes nothing, the others are still written. Exit code 0 when all
were written, 1 when any was refused, 2 on a usage error.

A metadata table (tab-separated, its first line naming the columns: file, title, kind, issuer,
date, document_number, url, index_number, topic…) fills what a text does not say (a title it does
not print, its 文号, 索引号, 主题分类, address) and is cross-checked against what it says: every
disagreement is reported, and the text's value is written. An index.tsv beside the files given, or
in the folder above them, is read when no --table is given.

options:
  --id <id>                the item's id (with a single file only; else each file's name gives it)
  --kind <kind>            the kind, when the title does not end in a kind word (for every file)
  --title <title>          the title of a text that does not print one (with a single file only)
  --table <file.tsv>       the metadata table that comes with the files
  --no-table               read no metadata table, not even one found beside the files
  --published YYYY-MM-DD   date of publication of the copy (else the document's own date)
  --publisher <name>       who published the copy (else a "（来源：…）" line, or none)
  -h, --help               print this text

kinds (the id, and the title's last word that gives it):
${wrap(
  Object.entries(KINDS)
    .filter(([k]) => k !== 'news' && k !== 'photo')
    .map(([k, info]) => `${k} ${info.name}`),
)}
`;

/** Words joined by commas into lines of at most 96 columns, indented. */
function wrap(words: string[]): string {
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + w.length < 60) lines[lines.length - 1] = `${last}, ${w}`;
    else lines.push(w);
  }
  return lines.map((l, i) => `  ${l}${i < lines.length - 1 ? ',' : ''}`).join('\n');
}

/** A path as the person would type it: relative to here when it is under here. */
const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));

function usageError(problem: string): never {
  console.error(`ingest: ${problem}\n\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      table: { type: 'string' },
      'no-table': { type: 'boolean' },
      published: { type: 'string' },
      publisher: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
try {
  parsed = parse();
} catch (e) {
  usageError((e as Error).message.split('. ')[0]!);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) usageError('give at least one file or folder');
const single = positionals.length === 1 && !(existsSync(positionals[0]!) && statSync(positionals[0]!).isDirectory());
if (values.id && !single) usageError('--id names one item: give it with a single file');
if (values.title && !single) usageError('--title is the title of one text: give it with a single file');
if (values.table && values['no-table']) usageError('--table and --no-table say opposite things: give one');

try {
  // Loaded here, so a module that fails to load is reported as one line like any other failure.
  const { contentDir } = await import('../src/lib/content/dir.ts');
  const { filesOf, ingestFiles, summaryTable } = await import('../src/lib/ingest/batch.ts');
  const { findTable, readTable } = await import('../src/lib/ingest/sidecar.ts');
  const { files, refused } = filesOf(positionals);
  const options = { id: values.id, kind: values.kind, title: values.title, published: values.published, publisher: values.publisher };
  // The table given, or else one found beside the files (said, so nobody is surprised by it).
  const found = values.table || values['no-table'] ? null : findTable(positionals);
  const tablePath = values.table ?? found?.path;
  let table = null;
  try {
    table = tablePath ? readTable(tablePath) : null;
  } catch (e) {
    // A table that cannot be read stops the call before any file: its rows would be missed silently.
    console.error(`ingest: ${(e as Error).message}`);
    process.exit(2);
  }
  if (table) {
    const why = found ? `found ${found.where}; --table names another, --no-table reads none` : '--table';
    console.log(`metadata table: ${shown(table.path)}, ${table.rows.length} rows (${why})\n`);
  }
  const results = [...refused, ...ingestFiles(files, options, contentDir(), table)];
  for (const r of results) {
    if (r.status === 'written') {
      console.log(`${r.path} → ${r.id}`);
      for (const line of r.report) console.log(`  ${line}`);
      console.log(`  wrote ${shown(r.written!.source)} and ${shown(r.written!.item)}`);
    } else {
      if (r.report.length) console.log(`${r.path} → ${r.id}`);
      for (const line of r.report) console.log(`  ${line}`);
      console.error(`ingest: ${r.path}: ${r.status}, nothing written: ${r.problem}`);
    }
    console.log('');
  }
  for (const line of summaryTable(results)) console.log(line);
  process.exitCode = results.every((r) => r.status === 'written') ? 0 : 1;
} catch (e) {
  console.error(`ingest: failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exitCode = 1;
}

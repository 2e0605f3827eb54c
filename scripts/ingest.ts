// `npm run ingest -- <file.txt|folder>... [--id <id>] [--kind <kind>] [--published YYYY-MM-DD] [--publisher <name>]`:
// copies each file byte for byte into content/sources/ (or CONTENT_DIR), writes content/items/<id>.yaml
// with what it detected, prints what it found, file by file, then a summary table. A file that is
// refused writes nothing and the others are still written; exit 1 when any was refused, 2 on a
// usage error. Never a stack trace: a failure is one line naming the file.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { KINDS } from '../src/lib/schema/kind-names.ts';

const USAGE = `usage: npm run ingest -- <file.txt|folder>... [options]

Copies each source text byte for byte into content/sources/ (CONTENT_DIR when set), writes
content/items/<id>.yaml with what it detected, and prints what it found: title, kind, dates,
issuers, document number, structure, anomalies, and actor-like strings the registry lacks. A
folder stands for every .txt file in it. Each file is written or refused alone: a refused file
writes nothing, the others are still written. Exit code 0 when all were written, 1 when any was
refused, 2 on a usage error.

options:
  --id <id>                the item's id (with a single file only; else each file's name gives it)
  --kind <kind>            the kind, when the title does not end in a kind word (for every file)
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
if (values.id && (positionals.length > 1 || (existsSync(positionals[0]!) && statSync(positionals[0]!).isDirectory())))
  usageError('--id names one item: give it with a single file');

try {
  // Loaded here, so a module that fails to load is reported as one line like any other failure.
  const { contentDir } = await import('../src/lib/content/dir.ts');
  const { filesOf, ingestFiles, summaryTable } = await import('../src/lib/ingest/batch.ts');
  const { files, refused } = filesOf(positionals);
  const options = { id: values.id, kind: values.kind, published: values.published, publisher: values.publisher };
  const results = [...refused, ...ingestFiles(files, options, contentDir())];
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

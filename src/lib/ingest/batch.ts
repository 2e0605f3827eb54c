// `npm run ingest` over several files: the paths given (a folder stands for every .txt and .html
// in it), each planned, checked and written alone. A refused file writes nothing; the others are
// still written. What each file gave (its report, or why it was refused) and one summary table.
// A saved page's text is derived as the build derives it (content/source-text.ts); what the page
// and a metadata table's row say besides the text is weighed against it (facts.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type SourceText, placedInSource, sourceText } from '../content/source-text.ts';
import { ContentError, ContentErrors } from '../errors.ts';
import { detect } from './detect.ts';
import { type OutsideFacts, pageFacts, tableFacts } from './facts.ts';
import { type MetadataTable, rowOf } from './sidecar.ts';
import {
  IngestError,
  type IngestOptions,
  type IngestPlan,
  actorCandidatesReport,
  idOfFile,
  knownItems,
  planIngest,
  registryAliases,
  sourceNameOf,
  writeIngest,
} from './ingest.ts';

export interface FileResult {
  /** The path as given (or found in a folder given). */
  path: string;
  /** Written; refused (it needs something, or would replace something); failed (a bug of ours). */
  status: 'written' | 'refused' | 'failed';
  /** The item's id, as written or as it would have been. */
  id: string;
  plan?: IngestPlan;
  /** What ingest found, one line each (the plan's report and the actor candidates). */
  report: string[];
  written?: { source: string; item: string };
  /** Why it was refused or failed. */
  problem?: string;
}

/** The files a folder stands for: texts and saved pages. */
const INGESTED = /\.(?:txt|html?)$/iu;

/**
 * The files the arguments name, in their order: each file, and every .txt and .html file of each
 * folder in name order. A path that does not exist stays in the list (ingestFiles refuses it); a
 * folder without such a file is refused here.
 */
export function filesOf(args: readonly string[]): { files: string[]; refused: FileResult[] } {
  const files: string[] = [];
  const refused: FileResult[] = [];
  for (const arg of args) {
    if (!existsSync(arg) || !statSync(arg).isDirectory()) {
      files.push(arg);
      continue;
    }
    const txt = readdirSync(arg)
      .filter((n) => INGESTED.test(n) && statSync(join(arg, n)).isFile())
      .sort();
    if (txt.length === 0)
      refused.push({ path: arg, status: 'refused', id: '', report: [], problem: 'the folder holds no .txt or .html file' });
    files.push(...txt.map((n) => join(arg, n)));
  }
  return { files, refused };
}

/**
 * Ingests `files` into `contentDir`. An explanation 关于《X》的说明 finds X among the items already
 * there and the files of the same call, whatever their order. `table`: the metadata table that
 * came with the files (--table, or found beside them), whose row for each file is weighed against it.
 */
export function ingestFiles(
  files: readonly string[],
  options: IngestOptions,
  contentDir: string,
  table?: MetadataTable | null,
): FileResult[] {
  const existing = knownItems(contentDir);
  const inputs = files.map((path): Read | Unread => {
    const id = options.id ?? idOfFile(sourceNameOf(path));
    try {
      const bytes = readFileSync(path);
      const source = sourceText(bytes, path);
      const { outside, preface } = outsideOf(path, source, table);
      const known = [...(options.title ? [options.title] : []), ...outside.flatMap((o) => (o.title ? [o.title.value] : []))];
      return { path, id, bytes, source, text: source.text, outside, preface, title: titleOf(source.text, known) };
    } catch (e) {
      return { path, id, problem: e };
    }
  });
  const batch = inputs.flatMap((i) => ('title' in i && i.title ? [{ id: i.id, title: i.title }] : []));
  const plans = inputs.map((input) => {
    if ('problem' in input) return { input, error: input.problem };
    try {
      const others = batch.filter((b) => b.id !== input.id);
      const context = { outside: input.outside, preface: input.preface, placed: (e: unknown) => placedInSource(e, input.source) };
      return { input, plan: planIngest(input.text, sourceNameOf(input.path), options, [...existing, ...others], context) };
    } catch (e) {
      return { input, error: e };
    }
  });
  const aliases = registryAliases(contentDir);
  const results: FileResult[] = [];
  // What an explanation explains is written before it, so its `explains` names a written item.
  const inBatch = (p: (typeof plans)[number]) => Boolean(p.plan?.meta.explains && batch.some((b) => b.id === p.plan!.meta.explains));
  const order = plans.map((p, i) => [i, inBatch(p) ? 1 : 0] as const).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  for (const [i] of order) {
    const { input, plan, error } = plans[i]!;
    const base = { path: input.path, id: plan?.id ?? input.id };
    if (!plan || 'problem' in input) {
      results[i] = { ...base, ...problemOf(error), report: [] };
      continue;
    }
    const report = [...plan.report];
    try {
      const target = plan.meta.explains;
      if (target && !existing.some((k) => k.id === target) && !results.some((r) => r?.id === target && r.status === 'written')) {
        throw new IngestError(`it explains ${target}, which this call did not write; ingest that file first`);
      }
      report.push(actorCandidatesReport(plan.root, aliases));
      const written = writeIngest(plan, input.bytes, contentDir);
      results[i] = { ...base, status: 'written', plan, report, written };
    } catch (e) {
      results[i] = { ...base, plan, ...problemOf(e), report };
    }
  }
  return results;
}

/** A file read: its bytes, its text (a page's derived), and what came with it. */
interface Read {
  path: string;
  id: string;
  bytes: Buffer;
  source: SourceText;
  text: string;
  outside: OutsideFacts[];
  preface: string[];
  title: string | null;
}

/** A file that could not be read, and why. */
interface Unread {
  path: string;
  id: string;
  problem: unknown;
}

/** The title a file's text gives (or the one known from elsewhere), for the `explains` of the other files of the call. */
function titleOf(text: string, known: readonly string[]): string | null {
  const lines = text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim().replace(/^\uFEFF/, ''), line: i + 1 }] : []));
  return lines.length ? detect(lines, known).title : null;
}

/**
 * What came with a file besides its text, best first: the saved page's own facts (its heading, its
 * info table), then the table's row; and the lines its report opens with (how a page's text was
 * derived, a table that names no row for it).
 */
function outsideOf(path: string, source: SourceText, table: MetadataTable | null | undefined) {
  const outside: OutsideFacts[] = [];
  const preface: string[] = [];
  if (source.page) {
    const { body, lines } = source.page;
    preface.push(
      `text: derived from the page's ${body.found}, ${lines.length} lines (the line numbers below are the text's; errors name the page's)`,
    );
    const facts = pageFacts(source.page);
    if (Object.keys(facts).some((k) => k !== 'source' && k !== 'notes') || facts.notes.length) outside.push(facts);
  }
  if (table) {
    const row = rowOf(table, path);
    if (row) outside.push(tableFacts(table, row));
    else preface.push(`table: ${basename(table.path)} has no row for this file (its file and html columns name others)`);
  }
  return { outside, preface };
}

/** A refusal (what the file needs) or, for anything else, a failure: one line, never a stack. */
function problemOf(e: unknown): Pick<FileResult, 'status' | 'problem'> {
  if (e instanceof IngestError || e instanceof ContentError || e instanceof ContentErrors) return { status: 'refused', problem: e.message };
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { status: 'refused', problem: 'no such file or folder' };
  if (code === 'EACCES') return { status: 'refused', problem: 'the file cannot be read (permission denied)' };
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return { status: 'failed', problem: `unexpected error (a bug of ingest; please report it): ${message}` };
}

/** The summary table: one row per file, with the columns a person checks first. */
export function summaryTable(results: readonly FileResult[]): string[] {
  const header = ['file', 'id', 'kind', 'title', 'date', '文号', 'units', 'anomalies'];
  const rows = results.map((r) => {
    const s = r.plan?.summary;
    if (r.status !== 'written') return [r.path, r.id || '—', '—', `(${r.status}: ${firstLine(r.problem ?? '')})`, '', '', '', ''];
    return [r.path, r.id, s!.kind, s!.title, s!.date ?? '—', s!.docNumber ?? '—', String(s!.units), String(s!.anomalies)];
  });
  const cells = [header, ...rows].map((row) => row.map((c, i) => (i === 3 ? clip(c, 30) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => width(row[i]!))));
  const line = (row: string[]) =>
    row
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  const written = results.filter((r) => r.status === 'written').length;
  const refused = results.filter((r) => r.status === 'refused').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const tally = [`${written} written`, `${refused} refused`, ...(failed ? [`${failed} failed`] : [])].join(', ');
  return [line(header), ...cells.slice(1).map(line), `${results.length} file${results.length === 1 ? '' : 's'}: ${tally}`];
}

const firstLine = (s: string) => s.split('\n')[0]!;

/** Cut to `max` display columns, with … when cut. */
function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Display columns in a terminal: CJK and full-width characters take two. */
export function width(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    n += wide ? 2 : 1;
  }
  return n;
}

// `npm run ingest` over several files: the paths given (a folder stands for every .txt in it),
// each planned, checked and written alone. A refused file writes nothing; the others are still
// written. What each file gave (its report, or why it was refused) and one summary table.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from '../content/text-file.ts';
import { ContentError, ContentErrors } from '../errors.ts';
import { detect } from './detect.ts';
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

/**
 * The files the arguments name, in their order: each file, and every .txt file of each folder in
 * name order. A path that does not exist stays in the list (ingestFiles refuses it); a folder
 * without a .txt file is refused here.
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
      .filter((n) => n.endsWith('.txt') && statSync(join(arg, n)).isFile())
      .sort();
    if (txt.length === 0) refused.push({ path: arg, status: 'refused', id: '', report: [], problem: 'the folder holds no .txt file' });
    files.push(...txt.map((n) => join(arg, n)));
  }
  return { files, refused };
}

/**
 * Ingests `files` into `contentDir`. An explanation 关于《X》的说明 finds X among the items already
 * there and the files of the same call, whatever their order.
 */
export function ingestFiles(files: readonly string[], options: IngestOptions, contentDir: string): FileResult[] {
  const existing = knownItems(contentDir);
  const inputs = files.map((path) => {
    const id = options.id ?? idOfFile(sourceNameOf(path));
    try {
      const bytes = readFileSync(path);
      const text = decodeUtf8(bytes, path);
      return { path, id, bytes, text, title: titleOf(text) };
    } catch (e) {
      return { path, id, problem: e };
    }
  });
  const batch = inputs.flatMap((i) => ('title' in i && i.title ? [{ id: i.id, title: i.title }] : []));
  const plans = inputs.map((input) => {
    if (!('text' in input)) return { input, error: input.problem };
    try {
      const others = batch.filter((b) => b.id !== input.id);
      return { input, plan: planIngest(input.text, sourceNameOf(input.path), options, [...existing, ...others]) };
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
    if (!plan || !('bytes' in input)) {
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
      const written = writeIngest(plan, input.bytes as Buffer, contentDir);
      results[i] = { ...base, status: 'written', plan, report, written };
    } catch (e) {
      results[i] = { ...base, plan, ...problemOf(e), report };
    }
  }
  return results;
}

/** The title a file's text gives, for the `explains` of the other files of the call. */
function titleOf(text: string): string | null {
  const lines = text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim().replace(/^\uFEFF/, ''), line: i + 1 }] : []));
  return lines.length ? detect(lines).title : null;
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

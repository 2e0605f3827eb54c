// `npm run ingest`: a source text in, its metadata file out. Reads what the text says of itself
// (src/lib/ingest/detect.ts), parses it with the build's own pipeline (so what ingest reports is
// what the build will make of it), and says what it found and decided, line by line, so a person
// can correct the YAML it writes. planIngest is pure; writeIngest only adds files, never replaces one.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { actorCandidates } from '../actors/candidates.ts';
import { readAnnotationFile } from '../content/annotations.ts';
import { ContentErrors } from '../errors.ts';
import { parseItem } from '../content/parse-item.ts';
import { ItemKind, ItemMeta } from '../schema/item-meta.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import type { ArticleNode, DateLineNode, DocumentRoot } from '../tree/nodes.ts';
import { sentencesIn } from '../tree/outline.ts';
import { PAGE_KINDS, type UnitKind, documentUnits } from '../units/units.ts';
import { type Detected, detect } from './detect.ts';
import { issuersIn } from './issuers.ts';

export interface IngestOptions {
  id?: string | undefined;
  kind?: string | undefined;
  /** Date of publication of the copy (YYYY-MM-DD); the document's own date when absent. */
  published?: string | undefined;
  publisher?: string | undefined;
}

/** What the summary table at the end of a run shows of one file. */
export interface IngestSummary {
  kind: string;
  title: string;
  date: string | null;
  docNumber: string | null;
  /** Measures, articles and points. */
  units: number;
  anomalies: number;
}

export interface IngestPlan {
  id: string;
  sourceName: string;
  /** The metadata file as it will be written. */
  yaml: string;
  meta: ItemMeta;
  root: DocumentRoot;
  /** What ingest found and decided, one line each, for a person to check. */
  report: string[];
  summary: IngestSummary;
}

/** A problem that stops ingest before anything is written. */
export class IngestError extends Error {}

/** Adoption (通过, 审议批准) and revision (修订, 修正) in an adoption note's entries. */
const ADOPTED = /通过|批准/u;
const REVISED = /修订|修正|修改/u;
/** The body an adoption note names: 第十三届全国人民代表大会常务委员会第七次会议通过, 中共中央、国务院发布. */
const NOTE_BODY =
  /^\S*?日(?:第[一二三四五六七八九十百]+届)?(.+?)(?:第[一二三四五六七八九十百]+次(?:全体|常务)?会议|(?:全体|常务)?会议|发布|印发|公布|通过|批准)/u;

/** Where each date of the metadata was read, for the report. */
interface DateFacts {
  date?: string;
  dateFrom: string;
  adopted?: string;
  adoptedFrom?: string;
  revised: string[];
  effective?: string;
  effectiveFrom?: string;
}

/** Everything ingest would write for `text`, named `sourceName`; `known` are the items already there. */
export function planIngest(
  text: string,
  sourceName: string,
  options: IngestOptions,
  known: ReadonlyArray<{ id: string; title: string }> = [],
): IngestPlan {
  const lines = text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim().replace(/^\uFEFF/, ''), line: i + 1 }] : []));
  if (lines.length === 0) throw new IngestError('the file has no text');
  const found = detect(lines);
  const kind = options.kind ? ItemKind.safeParse(options.kind) : null;
  if (kind && !kind.success) throw new IngestError(`--kind ${options.kind} is not one of ${ItemKind.options.join(', ')}`);
  const id = options.id ?? idOfFile(sourceName);
  const draft: Record<string, unknown> = {
    id,
    kind: kind?.data ?? found.kind,
    source: sourceName,
    begins: beginsOf(text, found),
    title: found.title,
    ...(found.status ? { status: found.status } : {}),
    shortTitle: found.shortTitle,
    issuers: found.issuers,
    ...(found.docNumber ? { docNumber: found.docNumber } : {}),
    ...(options.published ? { published: options.published } : {}),
    ...((options.publisher ?? found.publisher) ? { publisher: options.publisher ?? found.publisher } : {}),
    furniture: found.furniture.map(({ role, text: t }) => ({ role, text: t })),
  };
  if (!draft.kind)
    throw new IngestError(`the title "${found.title}" does not say what kind of document it is (no kind word at its end); give --kind`);
  const explains = found.explainsTitle
    ? known.find((k) => k.title.replace(/\s+/g, '') === found.explainsTitle!.replace(/\s+/g, ''))
    : undefined;
  if (explains) draft.explains = explains.id;

  // The first parse has no dates: it finds the date line, which then becomes the metadata's date.
  const first = parse(text, sourceName, draft);
  const dateLine = first.children.find((c) => c.type === 'dateLine');
  const signature = signatureOf(first);
  const dates = datesOf(dateLine, signature, found, options);
  let issuersFrom: string | null = found.issuersFrom;
  // The signature's issuers come after the title's and before an order's, a wrapper's or a byline's.
  if (found.issuersFrom !== 'title' && signature?.issuers.length) [draft.issuers, issuersFrom] = [signature.issuers, 'signature'];
  else if (found.issuers.length === 0 && dateLine?.history) {
    const fromNote = noteIssuers(dateLine.history);
    if (fromNote.length) [draft.issuers, issuersFrom] = [fromNote, 'adoption note'];
  }
  Object.assign(draft, {
    ...(dates.date ? { date: dates.date } : {}),
    ...(dates.adopted ? { adopted: dates.adopted } : {}),
    ...(dates.revised.length ? { revised: dates.revised } : {}),
    ...(dates.effective ? { effective: dates.effective } : {}),
  });
  // A text that prints no date is written undated (shown so), not refused: --published gives its copy's.
  if (!draft.published && dates.date) draft.published = dates.date;
  const closing = first.children.find((c) => c.type === 'closing');
  if (closing) draft.closing = closing.children[0]!.children[0]!.text.slice(0, 16);

  const meta = checkedMeta(draft);
  const root = parse(text, sourceName, meta);
  const yaml = `# Written by npm run ingest from ${sourceName}; check it against the report ingest printed, and edit freely.\n${stringify(ordered(meta), { lineWidth: 0 })}`;
  const report = reportOf(meta, found, root, lines.length, {
    dates,
    signature,
    issuersFrom,
    kindGiven: Boolean(kind),
    publishedGiven: Boolean(options.published),
    publisherGiven: Boolean(options.publisher),
    explains: explains?.id,
  });
  const summary: IngestSummary = {
    kind: meta.kind,
    title: meta.title,
    date: meta.date ?? null,
    docNumber: meta.docNumber ?? null,
    units: documentUnits(meta.id, root).list.filter((u) => PAGE_KINDS.has(u.kind)).length,
    anomalies: root.data.anomalies?.length ?? 0,
  };
  return { id, sourceName, yaml, meta, root, report, summary };
}

/** The id a file gives its item when no --id is given: its name in lowercase ASCII words. */
export const idOfFile = (sourceName: string) =>
  sourceName
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * What the item begins with: its title's first line. When those words also open another line
 * (a title's first line 国务院办公厅, and the same name signing at the end), the title's second
 * line is added, with the line break between them as the source has it.
 */
function beginsOf(text: string, found: Detected): string {
  const rows = text.split('\n');
  const opens = (b: string) => rows.filter((l) => l.replace(/^[\s\uFEFF]+/, '').startsWith(b)).length;
  if (found.titleLines.length < 2 || opens(found.begins) <= 1) return found.begins;
  const [a, b] = [found.titleLines[0]!, found.titleLines[1]!];
  // From the first line's text to the end of the second's, the line break as the source has it (\n or \r\n).
  const offset = (line: number) => rows.slice(0, line - 1).reduce((n, r) => n + r.length + 1, 0);
  const from = offset(a.line) + rows[a.line - 1]!.indexOf(a.text);
  const to = offset(b.line) + rows[b.line - 1]!.indexOf(b.text) + b.text.length;
  return text.slice(from, to);
}

/** The dates of the metadata, each with where it was read. */
/** The document's own signature as the parser read it (a notice's, before the document it issues): its issuers, date and line. */
function signatureOf(root: DocumentRoot): Signed | null {
  const node = root.children.find((c) => c.type === 'signature' && c.place === 'end');
  if (node?.type !== 'signature' || !node.date) return null;
  const issuers = node.lines.slice(0, -1).flatMap((l) => issuersIn(l.text));
  return { issuers, date: node.date, line: node.position.start.line };
}

interface Signed {
  issuers: string[];
  date: string;
  line: number;
}

function datesOf(dateLine: DateLineNode | undefined, signature: Signed | null, found: Detected, options: IngestOptions): DateFacts {
  const history = dateLine?.history ?? [];
  const facts: DateFacts = { dateFrom: 'none in the text', revised: [] };
  if (dateLine) {
    facts.date = dateLine.date;
    facts.dateFrom = `${history.length ? 'adoption note' : 'date line'}, line ${lineRange(dateLine)}`;
  } else if (signature) {
    facts.date = signature.date;
    facts.dateFrom = `signature, line ${signature.line}`;
  } else if (found.order?.date) {
    facts.date = found.order.date;
    facts.dateFrom = `the order's date, line ${found.order.lines.at(-1)!.line}`;
  }
  // An amendment adopted (部分修改，…通过) is a revision, not the text's adoption.
  const adoption = history.find((h) => ADOPTED.test(h.text) && !REVISED.test(h.text));
  if (found.order?.adopted) [facts.adopted, facts.adoptedFrom] = [found.order.adopted, `the order, line ${found.order.lines[0]!.line}`];
  else if (adoption) [facts.adopted, facts.adoptedFrom] = [adoption.date, 'the adoption note'];
  facts.revised = [...new Set(history.filter((h) => REVISED.test(h.text)).map((h) => h.date))].sort();
  const clause = found.effective;
  if (clause?.date) [facts.effective, facts.effectiveFrom] = [clause.date, `line ${clause.line}: ${clause.text}`];
  else if (clause) {
    // 自公布之日起施行: the day the text was published, as far as the text or the options say it.
    const days: Array<[string | null | undefined, string]> = [
      [found.order?.date, "the order's date"],
      [history.length ? dateLine?.date : null, "the adoption note's latest date"],
      [signature?.date, 'the signature date'],
      [options.published, '--published'],
    ];
    const known = days.find(([d]) => d);
    const day = known
      ? `the day of ${clause.on}: ${known[1]}`
      : `the day of ${clause.on}, which the text does not give: write effective: in the YAML`;
    facts.effectiveFrom = `line ${clause.line}: ${clause.text}; ${day}`;
    if (known) facts.effective = known[0]!;
  }
  return facts;
}

/** The issuers an adoption note names (…中共中央、国务院发布; …全国人民代表大会常务委员会第七次会议通过), latest first. */
function noteIssuers(history: NonNullable<DateLineNode['history']>): string[] {
  for (const h of [...history].reverse()) {
    const body = NOTE_BODY.exec(h.text)?.[1];
    const names = body ? issuersIn(body) : [];
    if (names.length) return names;
  }
  return [];
}

const lineRange = (node: { position: { start: { line: number }; end: { line: number } } }) =>
  `${node.position.start.line}${node.position.end.line > node.position.start.line ? `–${node.position.end.line}` : ''}`;

/** Copies the source byte for byte and writes the metadata file; refuses to replace either. */
export function writeIngest(plan: IngestPlan, sourceBytes: Buffer, contentDir: string): { source: string; item: string } {
  const source = join(contentDir, 'sources', plan.sourceName);
  const item = join(contentDir, 'items', `${plan.id}.yaml`);
  if (existsSync(item)) throw new IngestError(`${item} exists: an id is never reused; give another --id`);
  const itemsDir = join(contentDir, 'items');
  for (const name of existsSync(itemsDir) ? readdirSync(itemsDir) : []) {
    if (/^id:\s*(\S+)\s*$/m.exec(readFileSync(join(itemsDir, name), 'utf8'))?.[1] === plan.id) {
      throw new IngestError(`id ${plan.id} is already used by ${join(itemsDir, name)}; give another --id`);
    }
  }
  if (existsSync(source) && !readFileSync(source).equals(sourceBytes)) {
    throw new IngestError(`${source} exists with other bytes: sources are never replaced; rename the file`);
  }
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  mkdirSync(itemsDir, { recursive: true });
  const newSource = !existsSync(source);
  if (newSource) writeFileSync(source, sourceBytes, { flag: 'wx' });
  try {
    writeFileSync(item, plan.yaml, { flag: 'wx' });
  } catch (e) {
    // Nothing half-written: a source copied for an item that could not be written goes again.
    if (newSource) rmSync(source, { force: true });
    throw e;
  }
  return { source, item };
}

/** The items already in a content directory, by id and title, for `explains`. */
export function knownItems(contentDir: string): Array<{ id: string; title: string }> {
  const dir = join(contentDir, 'items');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const id = /^id:\s*(\S+)/m.exec(text)?.[1];
    const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim();
    return id && title ? [{ id, title }] : [];
  });
}

/** Every alias of the actor registry of a content directory, in registry order (none without a registry). */
export function registryAliases(contentDir: string): string[] {
  return readAnnotationFile(contentDir, 'actors')?.data.flatMap((a) => a.aliases) ?? [];
}

/**
 * ingest's report line of the strings of a document that look like actors but no alias of the
 * registry covers: the `top` most frequent with their counts, so the registry can grow.
 */
export function actorCandidatesReport(root: DocumentRoot, aliases: readonly string[], top = 20): string {
  const found = actorCandidates(
    sentencesIn(root).map((s) => s.text),
    aliases,
  );
  if (found.length === 0) return 'actor candidates (not in the registry): none';
  const shown = found.slice(0, top);
  const of = found.length > shown.length ? `top ${shown.length} of ${found.length}` : `${found.length}`;
  return `actor candidates (not in the registry, ${of}): ${shown.map((c) => `${c.text} ×${c.count}`).join(', ')}`;
}

function checkedMeta(draft: Record<string, unknown>): ItemMeta {
  const result = ItemMeta.safeParse(draft);
  if (!result.success) {
    // What the person can do about it, where ingest has no option for it.
    const hint = (path: string) =>
      path === 'issuers'
        ? ' (no issuer in the title, signature, order, wrapper or adoption note; write the item by hand, README "By hand")'
        : '';
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}${hint(i.path.join('.'))}`).join('; ');
    throw new IngestError(`the metadata ingest found does not pass the schema: ${issues}`);
  }
  return result.data;
}

function parse(text: string, sourceName: string, meta: Record<string, unknown>): DocumentRoot {
  const checked = checkedMeta(meta);
  try {
    const root = parseItem(text, 0, text.length, checked, join('content', 'sources', sourceName));
    if (root.type !== 'document') throw new IngestError(`kind ${checked.kind} is not a document kind; give --kind`);
    return root;
  } catch (e) {
    if (e instanceof ContentErrors) throw new IngestError(`the text does not parse:\n${e.errors.map((x) => `  ${x.message}`).join('\n')}`);
    throw e;
  }
}

/** The keys in the order a person reads them. */
function ordered(meta: ItemMeta): Record<string, unknown> {
  const keys = ['id', 'kind', 'source', 'begins', 'title', 'titleEditorial', 'status', 'shortTitle', 'issuers', 'docNumber'];
  const dates = ['date', 'adopted', 'revised', 'effective', 'published'];
  const rest = ['publisher', 'explains', 'closing', 'furniture'];
  const out: Record<string, unknown> = {};
  for (const key of [...keys, ...dates, ...rest]) {
    const value = (meta as Record<string, unknown>)[key];
    if (value !== undefined && !(key === 'titleEditorial' && value === false)) out[key] = value;
  }
  return out;
}

interface ReportFacts {
  dates: DateFacts;
  issuersFrom: string | null;
  signature: Signed | null;
  kindGiven: boolean;
  publishedGiven: boolean;
  publisherGiven: boolean;
  explains: string | undefined;
}

function reportOf(meta: ItemMeta, found: Detected, root: DocumentRoot, lineCount: number, facts: ReportFacts): string[] {
  const out: string[] = [];
  const { dates } = facts;
  const titleLines = found.titleLines;
  const where =
    titleLines.length > 1
      ? `lines ${titleLines[0]!.line}–${titleLines.at(-1)!.line}, printed over ${titleLines.length} lines`
      : found.titleLine
        ? `line ${found.titleLine.line}`
        : 'from the wrapper line, the text has no title line';
  out.push(`title: ${meta.title} (${where})`);
  if (titleLines.length > 1) {
    const two = meta.begins.includes('\n');
    out.push(
      `begins: ${meta.begins.replace(/(?:\r?\n)+/g, ' / ')} (the title's first line${two ? ', and its second: the first alone also opens another line' : ''})`,
    );
  }
  if (meta.status) out.push(`status: ${meta.status} (the title's last words in brackets)`);
  out.push(`kind: ${meta.kind} ${KIND_NAMES[meta.kind]} (${facts.kindGiven ? '--kind' : `the title ends in ${found.kindWord}`})`);
  const dateLine = root.children.find((c) => c.type === 'dateLine');
  out.push(meta.date ? `date: ${meta.date} (${dates.dateFrom})${dateLine?.history ? ':' : ''}` : 'date: none in the text');
  for (const h of dateLine?.history ?? []) out.push(`  ${h.date} ${h.text}`);
  if (meta.adopted) out.push(`adopted: ${meta.adopted} (${dates.adoptedFrom})`);
  if (meta.revised) out.push(`revised: ${meta.revised.join(', ')} (the adoption note)`);
  if (dates.effectiveFrom) out.push(`effective: ${meta.effective ?? 'not known'} (${dates.effectiveFrom})`);
  out.push(
    meta.published
      ? `published: ${meta.published} (${facts.publishedGiven ? '--published' : "the document's date; give --published for the copy's"})`
      : 'published: none (the text carries no date: it is shown as undated; --published gives the date of the copy)',
  );
  out.push(`issuers: ${meta.issuers.join(' ') || 'none found'}${facts.issuersFrom ? ` (from the ${facts.issuersFrom})` : ''}`);
  const signed = facts.signature?.issuers ?? [];
  if (signed.length && signed.join(' ') !== meta.issuers.join(' '))
    out.push(`signature names: ${signed.join(' ')} (line ${facts.signature!.line})`);
  const numberFrom = { line: 'its own line', order: 'the order', text: 'the head of the text' } as const;
  out.push(`document number: ${meta.docNumber ?? 'none'}${found.docNumberFrom ? ` (${numberFrom[found.docNumberFrom]})` : ''}`);
  out.push(
    `publisher: ${
      meta.publisher
        ? `${meta.publisher} (${facts.publisherGiven ? '--publisher' : 'the （来源：…） line'})`
        : 'none (no "（来源：…）" line; --publisher names one)'
    }`,
  );
  if (found.order)
    out.push(
      `order, lines ${found.order.lines[0]!.line}–${found.order.lines.at(-1)!.line}: ${found.order.number}, by ${found.order.issuer}, signed ${found.order.date ?? '(no date)'}; its lines are furniture (wrapper)`,
    );
  if (facts.explains) out.push(`explains: ${facts.explains}`);
  for (const f of root.children.filter((c) => c.type === 'furniture'))
    out.push(`furniture (${f.role}), line ${f.line}: ${f.text.slice(0, 40)}${f.text.length > 40 ? '…' : ''}`);
  for (const c of root.children) {
    if (c.type === 'signature')
      out.push(`signature (${c.place}), line ${c.position.start.line}: ${c.lines.map((l) => l.text).join(' / ')}`);
    if (c.type === 'salutation') out.push(`salutation, line ${c.position.start.line}: ${c.text}`);
    if (c.type === 'publisherNote') out.push(`publisher's note, line ${c.position.start.line}: ${c.text}`);
  }
  // The structure is counted off the document's list of units, as every other reader of it does.
  const units = documentUnits(meta.id, root).list;
  const n = (kind: UnitKind) => units.filter((u) => u.kind === kind).length;
  const articles = units.filter((u) => u.kind === 'article').map((u) => u.node as ArticleNode);
  const clauses = articles.flatMap((a) => a.children);
  const counted = (kind: UnitKind, noun: string) => (n(kind) ? [`${n(kind)} ${noun}`] : []);
  const structure = [
    n('preamble') > 1 ? `${n('preamble')} preambles` : n('preamble') ? 'a preamble' : 'no preamble',
    ...(n('notice')
      ? ['a notice text', ...(n('issued') > 1 ? [`the ${n('issued')} documents it issues`] : n('issued') ? ['the document it issues'] : [])]
      : []),
    ...counted('book', 'books'),
    n('chapter') ? `${n('chapter')} chapters` : articles.length ? 'no chapters' : `${n('part')} parts`,
    ...counted('section', 'sections'),
    ...(articles.length
      ? [
          `${articles.length} articles`,
          `${clauses.length} paragraphs (款)`,
          `${clauses.flatMap((c) => c.children).filter((c) => c.type === 'item').length} items (项)`,
        ]
      : []),
    ...(n('measure') || (!articles.length && !n('point')) ? [`${n('measure')} measures`] : []),
    ...counted('point', 'points'),
    ...counted('subitem', 'sub-items'),
    ...counted('box', 'boxes'),
    ...counted('table', 'tables'),
    n('closing') ? 'a closing' : 'no closing',
    `${n('attachment')} attachments`,
  ];
  out.push(`structure: ${structure.join(', ')} (${lineCount} lines)`);
  const closing = root.children.find((c) => c.type === 'closing');
  if (closing) {
    out.push(
      `closing: line ${closing.position.start.line}, "${meta.closing}…": an unnumbered paragraph after the last measure that addresses those who carry the text out (全党…, 各地区各部门…, 办好…, the salutation's addressee); written as closing: in the YAML, change it there (closing: false for none)`,
    );
  }
  const anomalies = root.data.anomalies ?? [];
  out.push(`anomalies: ${anomalies.length || 'none'}`);
  for (const a of anomalies) out.push(`  line ${a.line}: ${a.reason}`);
  return out;
}

export const sourceNameOf = (path: string) => basename(path);

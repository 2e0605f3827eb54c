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
import { DATE, DOC_NUMBER, ISSUERS, KIND, type OutsideFacts, PLAIN, PUBLISHED, type Settled, TITLE, givenFacts, settle } from './facts.ts';
import { IngestError } from './ingest-error.ts';
import { issuersIn } from './issuers.ts';

/** Sites whose pages are published by the body that runs them: the copy's publisher, by its address's host. */
const PUBLISHER_HOSTS: ReadonlyMap<string, string> = new Map([
  ['www.gov.cn', '中国政府网'],
  ['gov.cn', '中国政府网'],
  ['www.xinhuanet.com', '新华网'],
  ['www.news.cn', '新华网'],
  ['www.npc.gov.cn', '中国人大网'],
]);

/** The publisher an address names by its host, if it is one of PUBLISHER_HOSTS. */
function publisherOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return PUBLISHER_HOSTS.get(new URL(url).host);
  } catch {
    return undefined;
  }
}

export interface IngestOptions {
  id?: string | undefined;
  kind?: string | undefined;
  /** The title, for a text that does not print one (checked against the one it prints, if any). */
  title?: string | undefined;
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

export { IngestError };

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

/** What came with the text besides it: what sources outside it say, and how the text was derived. */
export interface IngestContext {
  /** A table's row, the saved page's facts, --title: weighed against the text (facts.ts), best first. */
  outside?: readonly OutsideFacts[];
  /** Lines the report opens with: how a saved page's text was derived, a table that names no row for the file. */
  preface?: readonly string[];
  /** Places the parser's errors in the source file (a saved page's line and column, not its text's). */
  placed?: (e: unknown) => unknown;
}

/** Everything ingest would write for `text`, named `sourceName`; `known` are the items already there. */
export function planIngest(
  text: string,
  sourceName: string,
  options: IngestOptions,
  known: ReadonlyArray<{ id: string; title: string }> = [],
  context: IngestContext = {},
): IngestPlan {
  const lines = text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim().replace(/^\uFEFF/, ''), line: i + 1 }] : []));
  if (lines.length === 0) throw new IngestError('the file has no text');
  const outside = [...givenFacts(options.title), ...(context.outside ?? [])];
  const knownTitles = outside.flatMap((o) => (o.title ? [o.title] : []));
  const found = detect(
    lines,
    knownTitles.map((t) => t.value),
  );
  const knownTitle = knownTitles[0];
  if (!found.title) {
    throw new IngestError(
      `the text prints no title (its first line, line ${lines[0]!.line}, is "${lines[0]!.text.slice(0, 40)}"); give --title, or a --table whose row gives it`,
    );
  }
  const printed = found.titleFrom !== 'known';
  if (options.title && printed && !TITLE.same(options.title, found.title)) {
    throw new IngestError(
      `--title gives "${options.title}", but the text prints its title "${found.title}": --title is for a text that prints none`,
    );
  }
  const kind = options.kind ? ItemKind.safeParse(options.kind) : null;
  if (kind && !kind.success) throw new IngestError(`--kind ${options.kind} is not one of ${ItemKind.options.join(', ')}`);
  const id = options.id ?? idOfFile(sourceName);
  const titlePlace = found.titleLines.length
    ? `line${found.titleLines.length > 1 ? `s ${found.titleLines[0]!.line}–${found.titleLines.at(-1)!.line}` : ` ${found.titleLines[0]!.line}`}`
    : found.titleFrom === 'wrapper'
      ? 'the wrapper'
      : `line ${lines[0]!.line}`;
  const title = settle(
    TITLE,
    printed ? { value: found.title, from: titlePlace } : undefined,
    outside.map((o) => o.title),
  );
  const outsideKind = settle(
    KIND,
    undefined,
    outside.map((o) => o.kind),
  );
  const textKind = kind?.data ?? found.kind;
  const draft: Record<string, unknown> = {
    id,
    kind: textKind ?? outsideKind.value,
    source: sourceName,
    begins: beginsOf(text, found),
    title: found.title,
    ...(printed ? {} : { titleFrom: knownTitle!.origin }),
    ...(found.status ? { status: found.status } : {}),
    ...(found.shortTitle ? { shortTitle: found.shortTitle } : {}),
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

  // Issuers only an outside source names stand in for the first parse (an opinion needs some).
  const outsideIssuers = settle(
    ISSUERS,
    undefined,
    outside.map((o) => o.issuers),
  );
  if (found.issuers.length === 0 && outsideIssuers.value) draft.issuers = outsideIssuers.value;
  // The first parse has no dates: it finds the date line, which then becomes the metadata's date.
  const first = parse(text, sourceName, draft, context.placed);
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
  // What the text says, weighed against what came with it (facts.ts): the text's is written.
  const weighed = weigh(outside, {
    title,
    kind: textKind
      ? settle(
          KIND,
          { value: textKind, from: kind ? '--kind' : `the title's ${found.kindWord}` },
          outside.map((o) => o.kind),
        )
      : outsideKind,
    // Issuers the first parse stood in from outside are no issuers of the text's (issuersFrom is null).
    issuers: settle(
      ISSUERS,
      issuersFrom ? { value: draft.issuers as string[], from: `the ${issuersFrom}` } : undefined,
      outside.map((o) => o.issuers),
    ),
    date: settle(
      DATE,
      dates.date ? { value: dates.date, from: dates.dateFrom } : undefined,
      outside.map((o) => o.date),
    ),
    docNumber: settle(
      DOC_NUMBER,
      found.docNumber ? { value: found.docNumber, from: NUMBER_FROM[found.docNumberFrom ?? 'text'] } : undefined,
      outside.map((o) => o.docNumber),
    ),
    text,
  });
  if (weighed.issuers.outside) [draft.issuers, issuersFrom] = [weighed.issuers.value, weighed.issuers.from];
  if (weighed.date.outside && weighed.date.value)
    [dates.date, dates.dateFrom] = [weighed.date.value, `${weighed.date.from}; none read off the text`];
  if (weighed.docNumber.outside) draft.docNumber = weighed.docNumber.value;
  for (const field of ['indexNumber', 'topic', 'sourceUrl'] as const) if (weighed[field].value) draft[field] = weighed[field].value;
  // A copy whose address is a publisher's own site was published by it (www.gov.cn: 中国政府网),
  // when no （来源：…） line or --publisher says otherwise.
  const publisherByAddress = draft.publisher ? undefined : publisherOf(weighed.sourceUrl.value);
  if (publisherByAddress) draft.publisher = publisherByAddress;
  if (!options.published && weighed.published.value) draft.published = weighed.published.value;
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
  const root = parse(text, sourceName, meta, context.placed);
  const yaml = `# Written by npm run ingest from ${sourceName}; check it against the report ingest printed, and edit freely.\n${stringify(ordered(meta), { lineWidth: 0 })}`;
  const report = reportOf(meta, found, root, lines.length, {
    dates,
    signature,
    issuersFrom,
    kindGiven: Boolean(kind),
    publishedGiven: Boolean(options.published),
    publisherGiven: Boolean(options.publisher),
    publisherByAddress: Boolean(publisherByAddress),
    explains: explains?.id,
    weighed,
    titlePlace,
    titleFoundBy: knownTitles.find((t) => TITLE.same(t.value, found.title!))?.from,
    preface: context.preface ?? [],
    outsideSources: outside.map((o) => o.source),
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

/** Every field of the metadata weighed against what came with the text, and the report's lines on it. */
interface Weighed {
  title: Settled<string>;
  kind: Settled<ItemKind>;
  issuers: Settled<string[]>;
  date: Settled<string>;
  docNumber: Settled<string>;
  published: Settled<string>;
  indexNumber: Settled<string>;
  topic: Settled<string>;
  sourceUrl: Settled<string>;
  /** Disagreements, what an outside source says that could not be used, a count that differs. */
  lines: string[];
}

/**
 * The fields the text has a say in (settled by the caller), and those only outside sources give
 * (索引号, 主题分类, the page's address, the copy's publication), weighed among themselves.
 */
/** `1 part`, `2 parts`, `0 parts`. */
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function weigh(
  outside: readonly OutsideFacts[],
  text: Pick<Weighed, 'title' | 'kind' | 'issuers' | 'date' | 'docNumber'> & { text: string },
): Weighed {
  const { text: body, ...fromText } = text;
  const only = <K extends 'published' | 'indexNumber' | 'topic' | 'sourceUrl'>(key: K, name: string) =>
    settle(
      key === 'published' ? PUBLISHED : PLAIN(name),
      undefined,
      outside.map((o) => o[key]),
    );
  const weighed = {
    ...fromText,
    published: only('published', '发布日期'),
    indexNumber: only('indexNumber', '索引号 (index number)'),
    topic: only('topic', '主题分类 (topic)'),
    sourceUrl: only('sourceUrl', '网址 (url)'),
  };
  const lines = Object.values(weighed).flatMap((w) => w.disagreements);
  // The length a table counts is the text's without line breaks, in characters (code points).
  const chars = [...body.replace(/\r?\n/gu, '')].length;
  for (const o of outside) {
    lines.push(...o.notes);
    if (o.chars && o.chars.value !== chars)
      lines.push(
        `${o.chars.from} counts ${o.chars.value} characters, the text has ${chars} (line breaks aside): the row may describe another copy of the text`,
      );
  }
  return { ...weighed, lines };
}

/** The id a file gives its item when no --id is given: its name in lowercase ASCII words. */
export const idOfFile = (sourceName: string) =>
  sourceName
    .replace(/\.(?:txt|html?)$/i, '')
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

function parse(text: string, sourceName: string, meta: Record<string, unknown>, placed = (e: unknown) => e): DocumentRoot {
  const checked = checkedMeta(meta);
  try {
    const root = parseItem(text, 0, text.length, checked, join('content', 'sources', sourceName));
    if (root.type !== 'document') throw new IngestError(`kind ${checked.kind} is not a document kind; give --kind`);
    return root;
  } catch (e) {
    const at = placed(e);
    if (at instanceof ContentErrors)
      throw new IngestError(`the text does not parse:\n${at.errors.map((x) => `  ${x.message}`).join('\n')}`);
    throw e;
  }
}

/** The keys in the order a person reads them. */
function ordered(meta: ItemMeta): Record<string, unknown> {
  const keys = [
    'id',
    'kind',
    'source',
    'begins',
    'title',
    'titleEditorial',
    'titleFrom',
    'status',
    'shortTitle',
    'issuers',
    'docNumber',
    'indexNumber',
    'topic',
  ];
  const dates = ['date', 'adopted', 'revised', 'effective', 'published'];
  const rest = ['publisher', 'sourceUrl', 'explains', 'closing', 'furniture'];
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
  /** The publisher was read off the copy's address (www.gov.cn). */
  publisherByAddress: boolean;
  explains: string | undefined;
  weighed: Weighed;
  /** Where the text prints its title: line 1, lines 1–2, the wrapper. */
  titlePlace: string;
  /** The source whose title found the printed one, when a known title found it. */
  titleFoundBy: string | undefined;
  /** What the report opens with (IngestContext's preface). */
  preface: readonly string[];
  /** The sources outside the text, as named: index.tsv:12, the page, --title. */
  outsideSources: string[];
}

/** Where the document number was read, as the report says it. */
const NUMBER_FROM = { line: 'its own line', order: 'the order', text: 'the head of the text' } as const;

function reportOf(meta: ItemMeta, found: Detected, root: DocumentRoot, lineCount: number, facts: ReportFacts): string[] {
  const out: string[] = [];
  const { dates, weighed } = facts;
  out.push(...facts.preface);
  if (facts.outsideSources.length) out.push(`outside the text: ${facts.outsideSources.join(', ')}`);
  const titleLines = found.titleLines;
  const matched = found.titleFrom === 'matched' ? `, found by ${facts.titleFoundBy}` : '';
  const where =
    titleLines.length > 1
      ? `lines ${titleLines[0]!.line}–${titleLines.at(-1)!.line}, printed over ${titleLines.length} lines${matched}`
      : found.titleLine
        ? `line ${found.titleLine.line}${matched}`
        : found.titleFrom === 'wrapper'
          ? 'from the wrapper line, the text has no title line'
          : meta.titleFrom
            ? `not printed in the text: from ${weighed.title.from}; written as titleFrom: ${meta.titleFrom}`
            : `${facts.titlePlace}, the first line: no title was recognised`;
  out.push(`title: ${meta.title} (${where})`);
  if (titleLines.length > 1) {
    const two = meta.begins.includes('\n');
    out.push(
      `begins: ${meta.begins.replace(/(?:\r?\n)+/g, ' / ')} (the title's first line${two ? ', and its second: the first alone also opens another line' : ''})`,
    );
  }
  if (meta.status) out.push(`status: ${meta.status} (the title's last words in brackets)`);
  const kindFrom = facts.kindGiven
    ? '--kind'
    : found.kindWord
      ? `the title ends in ${found.kindWord}`
      : `${weighed.kind.from}: the title names no kind`;
  out.push(`kind: ${meta.kind} ${KIND_NAMES[meta.kind]} (${kindFrom})`);
  const dateLine = root.children.find((c) => c.type === 'dateLine');
  out.push(meta.date ? `date: ${meta.date} (${dates.dateFrom})${dateLine?.history ? ':' : ''}` : 'date: none in the text');
  for (const h of dateLine?.history ?? []) out.push(`  ${h.date} ${h.text}`);
  if (meta.adopted) out.push(`adopted: ${meta.adopted} (${dates.adoptedFrom})`);
  if (meta.revised) out.push(`revised: ${meta.revised.join(', ')} (the adoption note)`);
  if (dates.effectiveFrom) out.push(`effective: ${meta.effective ?? 'not known'} (${dates.effectiveFrom})`);
  out.push(
    meta.published
      ? `published: ${meta.published} (${facts.publishedGiven ? '--published' : weighed.published.value ? `${weighed.published.from}, the copy's` : "the document's date; give --published for the copy's"})`
      : 'published: none (the text carries no date: it is shown as undated; --published gives the date of the copy)',
  );
  const issuersFrom = weighed.issuers.outside
    ? ` (${weighed.issuers.from}; none read off the text)`
    : facts.issuersFrom
      ? ` (from the ${facts.issuersFrom})`
      : '';
  out.push(`issuers: ${meta.issuers.join(' ') || 'none found'}${issuersFrom}`);
  const signed = facts.signature?.issuers ?? [];
  if (signed.length && signed.join(' ') !== meta.issuers.join(' '))
    out.push(`signature names: ${signed.join(' ')} (line ${facts.signature!.line})`);
  const numberFrom = weighed.docNumber.outside
    ? ` (${weighed.docNumber.from}; none read off the text)`
    : found.docNumberFrom
      ? ` (${NUMBER_FROM[found.docNumberFrom]})`
      : '';
  out.push(`document number: ${meta.docNumber ?? 'none'}${numberFrom}`);
  if (meta.indexNumber) out.push(`index number (索引号): ${meta.indexNumber} (${weighed.indexNumber.from})`);
  if (meta.topic) out.push(`topic (主题分类): ${meta.topic} (${weighed.topic.from})`);
  if (meta.sourceUrl) out.push(`source url: ${meta.sourceUrl} (${weighed.sourceUrl.from})`);
  out.push(
    `publisher: ${
      meta.publisher
        ? `${meta.publisher} (${facts.publisherGiven ? '--publisher' : facts.publisherByAddress ? `the address's host, ${new URL(meta.sourceUrl!).host}` : 'the （来源：…） line'})`
        : 'none (no "（来源：…）" line; --publisher names one)'
    }`,
  );
  if (facts.outsideSources.length) {
    out.push(
      `cross-check with ${facts.outsideSources.join(', ')}: ${weighed.lines.length ? `${weighed.lines.length} to look at` : 'agrees with the text'}`,
    );
    for (const line of weighed.lines) out.push(`  ${line}`);
  }
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
    n('chapter') ? `${n('chapter')} chapters` : articles.length ? 'no chapters' : plural(n('part'), 'part'),
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
    plural(n('attachment'), 'attachment'),
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

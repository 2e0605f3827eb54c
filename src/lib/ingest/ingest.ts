// `npm run ingest`: a source text in, its metadata file out. Reads what the text says of itself
// (src/lib/ingest/detect.ts), parses it with the build's own pipeline (so what ingest reports is
// what the build will make of it), and says what it found and decided, line by line, so a person
// can correct the YAML it writes. planIngest is pure; writeIngest only adds files, never replaces one.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import { actorCandidates } from '../actors/candidates.ts';
import { readAnnotationFile } from '../content/annotations.ts';
import { ContentErrors } from '../errors.ts';
import { parseItem } from '../content/parse-item.ts';
import { ItemKind, ItemMeta } from '../schema/item-meta.ts';
import type { DocumentRoot } from '../tree/nodes.ts';
import { outlineOfDocument, sentencesIn } from '../tree/outline.ts';
import { detect } from './detect.ts';

export interface IngestOptions {
  id?: string | undefined;
  kind?: string | undefined;
  /** Date of publication of the copy (YYYY-MM-DD); the document's own date when absent. */
  published?: string | undefined;
  publisher?: string | undefined;
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
}

/** A problem that stops ingest before anything is written. */
export class IngestError extends Error {}

/** Everything ingest would write for `text`, named `sourceName`; `known` are the items already there. */
export function planIngest(
  text: string,
  sourceName: string,
  options: IngestOptions,
  known: ReadonlyArray<{ id: string; title: string }> = [],
): IngestPlan {
  const lines = text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim().replace(/^\uFEFF/, ''), line: i + 1 }] : []));
  if (lines.length === 0) throw new IngestError(`${sourceName}: the file has no text`);
  const found = detect(lines);
  const kind = options.kind ? ItemKind.safeParse(options.kind) : null;
  if (kind && !kind.success) throw new IngestError(`--kind ${options.kind} is not one of ${ItemKind.options.join(', ')}`);
  const id =
    options.id ??
    sourceName
      .replace(/\.txt$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const draft: Record<string, unknown> = {
    id,
    kind: kind?.data ?? found.kind,
    source: sourceName,
    begins: found.begins,
    title: found.title,
    ...(found.titleLine ? {} : { titleEditorial: false }),
    shortTitle: found.shortTitle,
    issuers: found.issuers,
    ...(found.docNumber ? { docNumber: found.docNumber } : {}),
    published: options.published,
    publisher: options.publisher ?? found.publisher,
    furniture: found.furniture.map(({ role, text: t }) => ({ role, text: t })),
  };
  if (!draft.kind) throw new IngestError(`${sourceName}: the title "${found.title}" does not say what kind of document it is; give --kind`);
  if (!draft.publisher) throw new IngestError(`${sourceName}: no "（来源：…）" line names the publisher; give --publisher`);
  const explains = found.explainsTitle
    ? known.find((k) => k.title.replace(/\s+/g, '') === found.explainsTitle!.replace(/\s+/g, ''))
    : undefined;
  if (explains) draft.explains = explains.id;

  // The first parse has no dates: it finds the date line, which then becomes the metadata's date.
  const first = parse(text, sourceName, { ...draft, published: draft.published ?? '1900-01-01' });
  const dateLine = first.children.find((c) => c.type === 'dateLine');
  if (dateLine) draft.date = dateLine.date;
  draft.published ??= dateLine?.date;
  if (!draft.published)
    throw new IngestError(`${sourceName}: the text has no date line; give --published YYYY-MM-DD (the date of the copy)`);
  const closing = first.children.find((c) => c.type === 'closing');
  if (closing) draft.closing = closing.children[0]!.children[0]!.text.slice(0, 16);

  const meta = checkedMeta(draft, sourceName);
  const root = parse(text, sourceName, meta);
  const yaml = `# Written by npm run ingest from ${sourceName}; check it against the report ingest printed, and edit freely.\n${stringify(ordered(meta), { lineWidth: 0 })}`;
  return { id, sourceName, yaml, meta, root, report: reportOf(meta, found, root, lines.length, explains?.id) };
}

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
  if (!existsSync(source)) writeFileSync(source, sourceBytes, { flag: 'wx' });
  writeFileSync(item, plan.yaml, { flag: 'wx' });
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

function checkedMeta(draft: Record<string, unknown>, sourceName: string): ItemMeta {
  const result = ItemMeta.safeParse(draft);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ');
    throw new IngestError(`${sourceName}: the metadata ingest found does not pass the schema: ${issues}`);
  }
  return result.data;
}

function parse(text: string, sourceName: string, meta: Record<string, unknown>): DocumentRoot {
  const checked = checkedMeta(meta, sourceName);
  try {
    const root = parseItem(text, 0, text.length, checked, join('content', 'sources', sourceName));
    if (root.type !== 'document') throw new IngestError(`${sourceName}: kind ${checked.kind} is not a document kind`);
    return root;
  } catch (e) {
    if (e instanceof ContentErrors)
      throw new IngestError(`${sourceName} does not parse:\n${e.errors.map((x) => `  ${x.message}`).join('\n')}`);
    throw e;
  }
}

/** The keys in the order a person reads them. */
function ordered(meta: ItemMeta): Record<string, unknown> {
  const keys = ['id', 'kind', 'source', 'begins', 'title', 'titleEditorial', 'shortTitle', 'issuers', 'docNumber', 'date', 'published'];
  const rest = ['publisher', 'explains', 'closing', 'furniture'];
  const out: Record<string, unknown> = {};
  for (const key of [...keys, ...rest]) {
    const value = (meta as Record<string, unknown>)[key];
    if (value !== undefined && !(key === 'titleEditorial' && value === false)) out[key] = value;
  }
  return out;
}

function reportOf(meta: ItemMeta, found: ReturnType<typeof detect>, root: DocumentRoot, lineCount: number, explains?: string): string[] {
  const outline = outlineOfDocument(root);
  const out: string[] = [];
  const dateLine = root.children.find((c) => c.type === 'dateLine');
  out.push(
    `title: ${meta.title} (${found.titleLine ? `line ${found.titleLine.line}` : 'from the wrapper line, the text has no title line'})`,
  );
  out.push(`kind: ${meta.kind}`);
  if (!dateLine) out.push('date: none in the text');
  else if (dateLine.history) {
    out.push(
      `date: ${dateLine.date} (adoption note, line ${dateLine.position.start.line}${dateLine.position.end.line > dateLine.position.start.line ? `–${dateLine.position.end.line}` : ''}):`,
    );
    for (const h of dateLine.history) out.push(`  ${h.date} ${h.text}`);
  } else out.push(`date: ${dateLine.date} (date line, line ${dateLine.position.start.line})`);
  out.push(`published: ${meta.published}`);
  out.push(`issuers: ${meta.issuers.join(' ') || 'none found'}${found.issuersFrom ? ` (from the ${found.issuersFrom})` : ''}`);
  out.push(`document number: ${meta.docNumber ?? 'none'}`);
  out.push(`publisher: ${meta.publisher}`);
  if (explains) out.push(`explains: ${explains}`);
  for (const f of root.children.filter((c) => c.type === 'furniture'))
    out.push(`furniture (${f.role}), line ${f.line}: ${f.text.slice(0, 40)}${f.text.length > 40 ? '…' : ''}`);
  for (const c of root.children) {
    if (c.type === 'signature')
      out.push(`signature (${c.place}), line ${c.position.start.line}: ${c.lines.map((l) => l.text).join(' / ')}`);
    if (c.type === 'salutation') out.push(`salutation, line ${c.position.start.line}: ${c.text}`);
  }
  const chapters = outline.parts.filter((p) => p.kind === 'chapter');
  const measures = outline.parts.flatMap((p) => p.measures);
  const articles = measures.filter((m) => m.kind === 'article');
  const points = measures.filter((m) => m.kind === 'point');
  const plain = measures.filter((m) => !m.kind);
  const structure = [
    outline.preamble.length ? 'a preamble' : 'no preamble',
    chapters.length ? `${chapters.length} chapters` : `${outline.parts.length} parts`,
    ...(articles.length ? [`${articles.length} articles`] : []),
    ...(articles.length ? [`${count(articles, 'clause')} paragraphs (款)`, `${count(articles, 'item')} items (项)`] : []),
    ...(plain.length || !articles.length ? [`${plain.length} measures`] : []),
    ...(points.length ? [`${points.length} points`] : []),
    outline.closing ? 'a closing' : 'no closing',
    `${outline.attachments?.length ?? 0} attachments`,
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

/** How many nodes of a type the units hold. */
function count(units: ReadonlyArray<{ node: Node }>, type: string): number {
  let n = 0;
  for (const u of units) visit(u.node, type, () => void n++);
  return n;
}

export const sourceNameOf = (path: string) => basename(path);

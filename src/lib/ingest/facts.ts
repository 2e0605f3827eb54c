// What sources outside the text say of a document (a metadata table's row, the saved page's
// heading and info table, --title), and how each is weighed against the text: the text is the
// evidence, so what it says is written; what only an outside source says fills the metadata; and
// every disagreement is reported with both values and which was written, never resolved silently.
import { basename } from 'node:path';
import type { PageText } from '../html/page-text.ts';
import { readBareDate } from '../parse/printed-dates.ts';
import type { ItemKind } from '../schema/item-meta.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { kindOfWord } from './kind-words.ts';
import type { MetadataTable, TableRow } from './sidecar.ts';

/** One thing a source says, and which source (as the report names it: index.tsv:12, the page's heading, line 408). */
export interface Said<T> {
  value: T;
  from: string;
}

/** Where a title the text does not print was taken from (ItemMeta's titleFrom). */
export type TitleOrigin = 'page' | 'table' | 'given';

/** What one source outside the text says of the document. */
export interface OutsideFacts {
  /** The source as a whole, for the report: ../shared/corpus/index.tsv:12, the page. */
  source: string;
  title?: Said<string> & { origin: TitleOrigin };
  kind?: Said<ItemKind> & { word: string };
  issuers?: Said<string[]>;
  date?: Said<string>;
  docNumber?: Said<string>;
  /** When the copy was published (gov.cn's 发布日期). */
  published?: Said<string>;
  indexNumber?: Said<string>;
  topic?: Said<string>;
  sourceUrl?: Said<string>;
  /** How many characters (line breaks aside) the source counts in the text it describes. */
  chars?: Said<number>;
  /** What the source says that ingest cannot use, one line each (a kind word it does not know). */
  notes: string[];
}

/** Issuers as a table or an info table joins them: 国务院办公厅、中央军委办公厅. */
const splitIssuers = (text: string) =>
  text
    .split(/[、，,；;]+|\s{2,}|\u3000+/u)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * What a row of a metadata table says. A title the table took from the page's heading (its
 * `check` says "title taken from the page heading") is one the page printed; any other title the
 * table gives is the table's.
 */
export function tableFacts(table: MetadataTable, row: TableRow): OutsideFacts {
  const source = `${basename(table.path)}:${row.line}`;
  const cell = (column: string) => row.cells[column];
  const at = (column: string) => `${source}:${row.columns[column]} (${column})`;
  const facts: OutsideFacts = { source, notes: [] };
  const title = cell('title');
  if (title) {
    const fromPage = /title (?:taken )?from (?:the )?page/iu.test(cell('check') ?? '');
    facts.title = { value: title, from: at('title'), origin: fromPage ? 'page' : 'table' };
  }
  const word = cell('kind');
  if (word) {
    const kind = kindOfWord(word);
    if (kind) facts.kind = { value: kind, word, from: at('kind') };
    else facts.notes.push(`${at('kind')} names the kind ${word}, which is none of ours: not used`);
  }
  const issuer = cell('issuer');
  if (issuer) facts.issuers = { value: splitIssuers(issuer), from: at('issuer') };
  for (const [column, field] of [
    ['date', 'date'],
    ['document_number', 'docNumber'],
    ['index_number', 'indexNumber'],
    ['topic', 'topic'],
    ['url', 'sourceUrl'],
  ] as const) {
    const value = cell(column);
    if (value) facts[field] = { value, from: at(column) };
  }
  const chars = cell('chars');
  if (chars) facts.chars = { value: Number(chars), from: at('chars') };
  return facts;
}

/**
 * What a saved page says besides its text: the heading it is published under (a school's 转发：
 * before it is the school's word, not the title's) and gov.cn's info table.
 */
export function pageFacts(page: PageText): OutsideFacts {
  const facts: OutsideFacts = { source: 'the page', notes: [] };
  const { heading, info } = page.facts;
  const where = (label: string, line: number) => `the page's ${label} (line ${line})`;
  if (info.title) facts.title = { value: info.title.text, from: where('info table, 标题', info.title.line), origin: 'page' };
  else if (heading) {
    // A heading that opens 转发 (转发：…, 转发绍兴市教育局关于…) is the site's word: a 公文's own title
    // names its issuer first (某某关于转发…的通知), never opens with 转发.
    const forwarded = /^(?:转发|转载)[：:]?\s*/u.exec(heading.text);
    const value = heading.text.slice(forwarded?.[0].length ?? 0);
    const note = forwarded ? `, without the site's ${forwarded[0].trim()}` : '';
    if (value) facts.title = { value, from: `${where(`heading ${heading.from}`, heading.line)}${note}`, origin: 'page' };
  }
  if (info.issuer) facts.issuers = { value: splitIssuers(info.issuer.text), from: where('info table, 发文机关', info.issuer.line) };
  for (const [field, label] of [
    ['date', '成文日期'],
    ['published', '发布日期'],
  ] as const) {
    const printed = info[field];
    if (!printed) continue;
    const day = readBareDate(printed.text);
    if (day?.valid) facts[field] = { value: day.date, from: where(`info table, ${label}`, printed.line) };
    else facts.notes.push(`${where(`info table, ${label}`, printed.line)} says ${printed.text}, which is not a day: not used`);
  }
  for (const [field, label] of [
    ['docNumber', '发文字号'],
    ['indexNumber', '索引号'],
    ['topic', '主题分类'],
  ] as const) {
    const printed = info[field];
    if (printed) facts[field] = { value: printed.text, from: where(`info table, ${label}`, printed.line) };
  }
  return facts;
}

/** What the person said on the command line: --title. */
export function givenFacts(title: string | undefined): OutsideFacts[] {
  return title ? [{ source: '--title', title: { value: title, from: '--title', origin: 'given' }, notes: [] }] : [];
}

/** The value written for one field, where it came from, and every disagreement about it. */
export interface Settled<T> {
  value: T | undefined;
  /** The source of the value written: the text's own place, or an outside source. */
  from: string | null;
  /** Whether the value came from outside the text (the text says nothing of it). */
  outside: boolean;
  disagreements: string[];
}

interface Field<T> {
  /** The field's name in the report: 标题, 文号, 成文日期. */
  name: string;
  same: (a: T, b: T) => boolean;
  show: (v: T) => string;
}

/**
 * One field weighed: the text's value when it has one (its place `textFrom`), else the first
 * outside source's; each source that says otherwise is a disagreement line naming both values and
 * which was written.
 */
export function settle<T>(field: Field<T>, text: Said<T> | undefined, outside: ReadonlyArray<Said<T> | undefined>): Settled<T> {
  const said = outside.filter((s): s is Said<T> => s !== undefined);
  const written = text ?? said[0];
  if (!written) return { value: undefined, from: null, outside: false, disagreements: [] };
  const whose = text ? "the text's, the evidence" : `${written.from}'s: none was read off the text`;
  const disagreements = said
    .filter((s) => s !== written && !field.same(s.value, written.value))
    .map(
      (s) =>
        `disagreement on ${field.name}: ${text ? `the text (${text.from})` : written.from} says ${field.show(written.value)}, ${s.from} says ${field.show(s.value)}; wrote ${whose}`,
    );
  return { value: written.value, from: written.from, outside: !text, disagreements };
}

const plain = (s: string) => s.replace(/\s+/gu, '');
const quoted = (s: string) => `“${s}”`;

export const TITLE: Field<string> = { name: '标题 (title)', same: (a, b) => plain(a) === plain(b), show: quoted };
export const DOC_NUMBER: Field<string> = { name: '文号 (document number)', same: (a, b) => plain(a) === plain(b), show: quoted };
export const DATE: Field<string> = { name: '成文日期 (date)', same: (a, b) => a === b, show: (v) => v };
export const PUBLISHED: Field<string> = { name: '发布日期 (published)', same: (a, b) => a === b, show: (v) => v };
export const PLAIN: (name: string) => Field<string> = (name) => ({ name, same: (a, b) => a.trim() === b.trim(), show: quoted });
export const KIND: Field<ItemKind> = { name: '文种 (kind)', same: (a, b) => a === b, show: (k) => `${k} ${KIND_NAMES[k]}` };
/**
 * Issuers agree when they name the same bodies in any order, or when the names joined are the
 * same (a table that prints 绍兴市人事局绍兴市教育局 as one name, the text as two).
 */
export const ISSUERS: Field<string[]> = {
  name: '发文机关 (issuers)',
  same: (a, b) => [...a].sort().join('|') === [...b].sort().join('|') || plain(a.join('')) === plain(b.join('')),
  show: (v) => quoted(v.join('、')),
};

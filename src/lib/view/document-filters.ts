// The facets of the documents catalogue: kind, issuer, level, year, 主题分类, attachments, status.
// Each value a reader can hold on to has its own server-rendered page (/documents/by/kind/regulation/…),
// so filtering needs no JavaScript; the catalogue's script combines them on /documents/. The values
// are read off the corpus and the actor registry, so a new document's kind, issuer or year, or a
// level given to an issuer in content/actors.yaml, appears by itself.
import type { Actor } from '../actors/schema.ts';
import { ACTOR_LEVEL_LABELS } from '../actors/schema.ts';
import { LEVELS, documentLevels, issuerActors } from '../actors/issuers.ts';
import type { DocumentEntry } from '../corpus.ts';
import { pinyin } from 'pinyin-pro';
import { issuerId } from '../feeds/issuers.ts';
import { documentsFilterUrl } from '../routes.ts';
import { itemYear } from '../schema/item-date.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';

export type Facet = 'kind' | 'issuer' | 'level' | 'year' | 'topic' | 'attachments' | 'status';

export interface FilterValue {
  facet: Facet;
  /** The ASCII value in the URL and the query string: regulation, zhonggongzhongyang, 2025. */
  value: string;
  /** How it reads: 条例, 中共中央, 2025年. */
  label: string;
  /**
   * Its page, /documents/by/<facet>/<value>/; absent for a value that says what is missing (未定级,
   * 未注明日期, 未标主题分类): a page whose list shrinks as the metadata grows would be a permalink
   * bound to vanish. The catalogue's script filters by these all the same.
   */
  url?: string | undefined;
  documents: DocumentEntry[];
}

/** The facets in the order the catalogue shows them, with their names. */
export const FACET_NAMES: Record<Facet, string> = {
  kind: '种类',
  issuer: '发文机关',
  level: '层级',
  year: '年份',
  topic: '主题分类',
  attachments: '附件',
  status: '状态',
};
export const FACETS = Object.keys(FACET_NAMES) as Facet[];

/** What a document whose issuers the registry places nowhere counts under. */
export const UNLEVELED = { value: 'none', label: '未定级' } as const;
export const UNDATED_YEAR = { value: 'undated', label: '未注明日期' } as const;
export const NO_TOPIC = { value: 'none', label: '未标主题分类' } as const;

/** The year a document is listed under: of its own date, else of its publication; '' for an undated text. */
export const yearOf = (d: DocumentEntry) => itemYear(d.meta) ?? '';

/** The part of a 主题分类 before its backslash: 科技、教育\教育 → 科技、教育 (the catalogue's top level). */
export const topicHead = (topic: string) => topic.split('\\')[0]!.trim();

/**
 * The ASCII value of a 主题分类 or a status in URLs: its toneless pinyin, ü as v, each run of other
 * signs a hyphen (商贸、海关、旅游 → shangmao-haiguan-lvyou). Issuers keep the feeds' ids (issuerId).
 */
export function slugOf(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A document has attachments when its text prints one (附件), as its unit list says. */
export const hasAttachments = (d: DocumentEntry) => d.units.list.some((u) => u.kind === 'attachment');

/**
 * Every value of every facet, with its documents in the order given; facets in FACETS order, and
 * in each the values a reader scans best: fixed orders for level and attachments, years newest
 * first, the rest by how many documents they hold (then by name in pinyin order); the value for
 * what is missing last.
 */
export function documentFilters(documents: readonly DocumentEntry[], registry: readonly Actor[] = []): FilterValue[] {
  const actorOf = issuerActors(registry);
  const byKey = new Map<string, FilterValue>();
  const add = (facet: Facet, value: string, label: string, doc: DocumentEntry, paged = true) => {
    const key = `${facet}/${value}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { facet, value, label, url: paged ? documentsFilterUrl(facet, value) : undefined, documents: [] }));
    else if (entry.label !== label)
      throw new Error(`${FACET_NAMES[facet]} “${entry.label}” and “${label}” would share the page ${entry.url}`);
    entry.documents.push(doc);
  };
  for (const d of documents) {
    add('kind', d.meta.kind, KIND_NAMES[d.meta.kind], d);
    for (const issuer of d.meta.issuers) add('issuer', issuerId(issuer), issuer, d);
    const levels = documentLevels(d, actorOf);
    for (const level of levels) add('level', level, ACTOR_LEVEL_LABELS[level], d);
    if (!levels.length) add('level', UNLEVELED.value, UNLEVELED.label, d, false);
    const year = yearOf(d);
    if (year) add('year', year, `${year}年`, d);
    else add('year', UNDATED_YEAR.value, UNDATED_YEAR.label, d, false);
    if (d.meta.topic) add('topic', slugOf(topicHead(d.meta.topic)), topicHead(d.meta.topic), d);
    else add('topic', NO_TOPIC.value, NO_TOPIC.label, d, false);
    add('attachments', hasAttachments(d) ? 'yes' : 'no', hasAttachments(d) ? '有附件' : '无附件', d);
    if (d.meta.status) add('status', slugOf(d.meta.status), d.meta.status, d);
  }
  const pinyin = new Intl.Collator('zh-Hans-u-co-pinyin');
  const fixed = [...LEVELS, UNLEVELED.value, 'yes', 'no'];
  const rank = (f: FilterValue) => {
    if (!f.url) return Number.MAX_SAFE_INTEGER;
    if (f.facet === 'level' || f.facet === 'attachments') return fixed.indexOf(f.value);
    if (f.facet === 'year') return -Number(f.value);
    return -f.documents.length;
  };
  return [...byKey.values()].sort(
    (a, b) => FACETS.indexOf(a.facet) - FACETS.indexOf(b.facet) || rank(a) - rank(b) || pinyin.compare(a.label, b.label),
  );
}

/** The values that have a page of their own. */
export const pagedFilters = (filters: readonly FilterValue[]) => filters.filter((f): f is FilterValue & { url: string } => !!f.url);

/**
 * What a registry actor issued, for its actor page: each name it issues under (its name or an
 * alias, as item files write it) with its issuer page and how many documents name it.
 */
export function issuedBy(actor: Actor, documents: readonly DocumentEntry[]): Array<{ name: string; url: string; count: number }> {
  const names = new Set([actor.name, ...actor.aliases]);
  const counts = new Map<string, number>();
  for (const d of documents) for (const i of d.meta.issuers) if (names.has(i)) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, url: documentsFilterUrl('issuer', issuerId(name)), count }));
}

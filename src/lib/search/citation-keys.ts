// How a citation names a place, as one string both sides compute: the build for every unit,
// paragraph (款) and item (项) of every document (citation-index.ts), the browser for the
// reader's query once parsed (citation-parse.ts), so a lookup is one exact key and never a search.
// Also the key a document is found by (title, short title, 文号) and the shard a key is written
// to. Browser-safe.
import { normaliseTitle } from '../references/recognise.ts';
import type { UnitKind } from '../units/kinds.ts';
import { fold } from './normalize.ts';

/** One step of a citation: a kind of unit (not a signature or an issued document, never cited), or an article's paragraph or item. */
export type StepKind = Exclude<UnitKind, 'signature' | 'issued'> | 'paragraph' | 'item';

export interface Step {
  kind: StepKind;
  /** The number: 8 for 第八条, 2 for （二）, 12 for 【重点任务12】; absent for 前言, 结语, 通知正文. */
  n?: number;
  /** An inserted article's place after `n`: 1 for 第十条之一. */
  sub?: number;
  /** A box's name as typed (专栏, 重点任务): a box numbered 3 is 专栏3 only if its label says so. */
  name?: string;
}

/** The ids' own prefixes (art8, p4-m2, ch3-sec1, box12), so a key reads like the id it finds. */
const CODES: Record<StepKind, string> = {
  preamble: 'preamble',
  part: 'p',
  book: 'bk',
  chapter: 'ch',
  section: 'sec',
  measure: 'm',
  article: 'art',
  paragraph: 'para',
  item: 'item',
  point: 'pt',
  subitem: 'i',
  box: 'box',
  table: 'tbl',
  closing: 'closing',
  attachment: 'att',
  notice: 'notice',
};

/**
 * Kinds numbered through the whole document, or single in it: a citation names them by
 * themselves whatever holds them (第五条, not 第二章第五条; 专栏3 wherever the box stands), so
 * whatever comes before one in a citation adds nothing to the key.
 */
const THROUGH: ReadonlySet<StepKind> = new Set(['article', 'box', 'table', 'attachment', 'preamble', 'closing', 'notice']);

const stepKey = (s: Step) => `${CODES[s.kind]}${s.n ?? ''}${s.sub ? `-${s.sub}` : ''}`;

/** From the last step numbered through the document on. */
function cut(steps: readonly Step[]): readonly Step[] {
  const from = steps.findLastIndex((s) => THROUGH.has(s.kind));
  return from > 0 ? steps.slice(from) : steps;
}

/** The key of a citation's steps (第四部分第（二）条 → p4/m2; 第八条第二款 → art8/para2; 第二章第五条 → art5). */
export const pathKey = (steps: readonly Step[]): string => cut(steps).map(stepKey).join('/');

/**
 * Every key a place is cited by, from its chain of steps (the document down to it): the place's
 * own step, with or without each step above it (（二）, 第四部分第（二）条; 第一节, 第三章第一节),
 * but an article's paragraph or item always with its article.
 */
export function placeKeys(chain: readonly Step[]): string[] {
  const steps = cut(chain);
  const own = steps.at(-1);
  if (!own) return [];
  const kept = steps.length > 1 && THROUGH.has(steps[0]!.kind) ? [steps[0]!] : [];
  const optional = steps.slice(kept.length, -1);
  const keys: string[] = [];
  for (let mask = 0; mask < 1 << optional.length; mask++) keys.push(pathKey([...kept, ...optional.filter((_, i) => mask & (1 << i)), own]));
  return keys;
}

/** True when the key is a place no number names (前言, 结语, 通知正文): cited only in a document named. */
export const isUnnumbered = (steps: readonly Step[]) => steps.length > 0 && steps.every((s) => s.n === undefined);

/**
 * A title, short title or 文号 as looked up: half-width digits, no spaces, quotes or 《》, brackets
 * of one kind (normaliseTitle: 国发[2019]4号 is 国发〔2019〕4号), without the 中华人民共和国 a
 * law's title opens with and its citations drop, and without the 第 some print before a number's 号.
 */
export function nameKey(text: string): string {
  const bare = fold(text.normalize('NFC')).replace(/[《》〈〉“”‘’"'「」『』]/gu, '');
  return normaliseTitle(bare)
    .replace(/^中华人民共和国/u, '')
    .replace(/〕第(\d+)号$/u, '〕$1号');
}

/** The shard a key is written to and read from: FNV-1a of its UTF-16 code units. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

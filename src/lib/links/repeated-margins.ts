// What the margins say of repeated passages (./repeated.ts): beside each copy, a link to the other
// copies of the passage in other units, but none to another copy of the repeated sentence a clause
// lies in (the sentence link says it already).
//
// A passage printed in many documents (a clause every variant of a template keeps, a sentence a
// notice repeats every year) would list every other copy beside every copy: links, pages and build
// time growing with the square of the documents that share it. So a copy lists at most
// REPEATED_PER_COPY others, those of its own document first, then those of the documents nearest
// to it in date, and counts the rest. The links of a unit are worked out when its page asks for
// them, never all at once: what is kept is a few numbers per copy.
import { itemDate } from '../schema/item-date.ts';
import { unitLabel } from './labels.ts';
import type { PassageCopy, RepeatedPassage } from './repeated.ts';

/**
 * The most other copies of one passage a copy's margin lists. The collection's most-printed
 * passage has 16 other copies (one of them in its own document): every copy there is listed.
 */
export const REPEATED_PER_COPY = 16;

/** One direction of a repeated-passage link, as a measure page lists it. */
export interface RepeatedLink {
  passage: RepeatedPassage;
  here: PassageCopy;
  there: PassageCopy;
  /** 此句与《意见》（十六）有效维护产业工人安全健康权益第3句逐字相同 */
  note: string;
}

/** The copies of a passage a copy's margin does not list, past REPEATED_PER_COPY: counted, not linked. */
export interface UnlistedCopies {
  passage: RepeatedPassage;
  here: PassageCopy;
  /** How many other copies are not listed, and how many are. */
  count: number;
  listed: number;
  /** “……”另见于其他120处，未一一列出：此处只列出本文及日期最近的文件中的16处 */
  note: string;
}

export interface RepeatedMargins {
  /** The links beside the copies in a unit: passage by passage, copy by copy, the other copies in the passage's order. */
  links: (unitKey: string) => RepeatedLink[];
  /** The copies left unlisted beside the copies in a unit, counted. */
  unlisted: (unitKey: string) => UnlistedCopies[];
}

/** How far a walk for partners looks, in multiples of perCopy a side, before it counts the rest. */
const SCAN = 8;

/** A passage with more copies than a margin lists: its copies by date, worked out once when first asked. */
interface Plan {
  /** Day number of each copy's document; undated texts Infinity, after every dated one. */
  day: Float64Array;
  /** The copies by (date, place). */
  order: Int32Array;
  /** For a repeated sentence holding a large share of a clause's copies: the copies outside it, by (date, place). */
  walks: Map<RepeatedPassage, Int32Array>;
  /** How many partners each copy has. */
  partners: Int32Array;
  /** The partners each copy lists: copy i's are listed[start[i]] up to listed[start[i + 1]]. */
  start: Int32Array;
  listed: Int32Array;
}

/**
 * The margins of these passages, with at most `perCopy` links a copy: the work of a margin is
 * bounded by `perCopy` for each copy in it, whatever the number of documents printing the passage.
 */
export function repeatedMargins(passages: readonly RepeatedPassage[], perCopy = REPEATED_PER_COPY): RepeatedMargins {
  const sentenceOf = new Map<string, RepeatedPassage>();
  const where = (c: PassageCopy) => `${c.unit.key}#${c.sentence}`;
  for (const p of passages) if (p.kind === 'sentence') for (const c of p.copies) sentenceOf.set(where(c), p);
  // A clause inside two copies of one repeated sentence: the sentence link says it already.
  const groups = passages.map((p) => (p.kind === 'clause' ? p.copies.map((c) => sentenceOf.get(where(c))) : undefined));
  // Where each unit's copies are: passage and copy, in the order its margin lists them.
  const inUnit = new Map<string, number[]>();
  passages.forEach((p, k) =>
    p.copies.forEach((c, i) => {
      const list = inUnit.get(c.unit.key);
      if (list) list.push(k, i);
      else inUnit.set(c.unit.key, [k, i]);
    }),
  );
  const plans = new Map<number, Plan>();
  const planOf = (k: number) => {
    let plan = plans.get(k);
    if (!plan) plans.set(k, (plan = planPassage(passages[k]!, groups[k], perCopy)));
    return plan;
  };
  /** The partners copy i of passage k lists, in the order of the copies, and how many it has. */
  const partnersOf = (k: number, i: number): { listed: number[]; all: number } => {
    const { copies } = passages[k]!;
    if (copies.length - 1 <= perCopy) {
      const listed = [...copies.keys()].filter((j) => isPartner(copies, groups[k], i, j));
      return { listed, all: listed.length };
    }
    const plan = planOf(k);
    return { listed: [...plan.listed.subarray(plan.start[i], plan.start[i + 1])], all: plan.partners[i]! };
  };
  const each = <T>(unitKey: string, make: (passage: RepeatedPassage, here: PassageCopy, found: ReturnType<typeof partnersOf>) => T[]) => {
    const places = inUnit.get(unitKey) ?? [];
    const out: T[] = [];
    for (let at = 0; at < places.length; at += 2) {
      const [k, i] = [places[at]!, places[at + 1]!];
      const passage = passages[k]!;
      out.push(...make(passage, passage.copies[i]!, partnersOf(k, i)));
    }
    return out;
  };
  return {
    links: (unitKey) => each(unitKey, (passage, here, { listed }) => listed.map((j) => new Link(passage, here, passage.copies[j]!))),
    unlisted: (unitKey) =>
      each(unitKey, (passage, here, { listed, all }) =>
        all > listed.length
          ? [
              {
                passage,
                here,
                count: all - listed.length,
                listed: listed.length,
                note: unlistedNote(passage, all - listed.length, listed.length),
              },
            ]
          : [],
      ),
  };
}

/** Whether copy j is a partner of copy i: in another unit, and not in the repeated sentence copy i lies in. */
function isPartner(copies: readonly PassageCopy[], groups: ReadonlyArray<RepeatedPassage | undefined> | undefined, i: number, j: number) {
  return copies[j]!.unit.key !== copies[i]!.unit.key && !(groups?.[i] && groups[i] === groups[j]);
}

/** Day number of a copy's document (its date, else its publication); undated texts after every dated one. */
function copyDay(c: PassageCopy): number {
  const date = itemDate(c.unit.entry.meta);
  const day = date === undefined ? NaN : Date.parse(date) / 86_400_000;
  return Number.isNaN(day) ? Infinity : day;
}

/**
 * A passage's plan: its copies by date, and the partners each copy lists, worked out once (the
 * document page and the unit's own page both list them) and kept as numbers, not links.
 */
function planPassage(passage: RepeatedPassage, groups: ReadonlyArray<RepeatedPassage | undefined> | undefined, perCopy: number): Plan {
  const { copies } = passage;
  const day = Float64Array.from(copies, copyDay);
  const order = Int32Array.from(copies.keys()).sort((x, y) => earlier(day, x, y));
  // A copy inside a sentence holding a large share of the copies walks the copies outside it
  // rather than stepping over the sentence's own one by one; at most eight sentences are that large.
  const walks = new Map<RepeatedPassage, Int32Array>();
  for (const [group, size] of tally(groups ?? []))
    if (group && size > copies.length / 8)
      walks.set(
        group,
        order.filter((j) => groups![j] !== group),
      );
  // How many partners each copy has, counted without pairing the copies: all of them, less those
  // in its own unit, less those of other units in the repeated sentence it lies in.
  const inUnit = tally(copies.map((c) => c.unit.key));
  const inGroup = tally(groups ?? []);
  const inGroupAndUnit = tally(copies.map((c, i) => (groups?.[i] ? `${c.unit.key}\u0000${groups[i].text}` : undefined)));
  const partners = Int32Array.from(copies, (c, i) => {
    const group = groups?.[i];
    const sameSentenceElsewhere = group ? inGroup.get(group)! - inGroupAndUnit.get(`${c.unit.key}\u0000${group.text}`)! : 0;
    return copies.length - inUnit.get(c.unit.key)! - sameSentenceElsewhere;
  });
  const plan = { day, order, walks, partners, start: new Int32Array(copies.length + 1), listed: new Int32Array(0) };
  const lists = copies.map((_, i) => nearest(copies, plan, groups, (j) => isPartner(copies, groups, i, j), i, perCopy));
  lists.forEach((list, i) => (plan.start[i + 1] = plan.start[i]! + list.length));
  plan.listed = new Int32Array(plan.start[copies.length]!);
  lists.forEach((list, i) => plan.listed.set(list, plan.start[i]!));
  return plan;
}

/** Copies by date, undated (Infinity) last, then by place. */
const earlier = (day: Float64Array, x: number, y: number) => (day[x] === day[y] ? x - y : day[x]! < day[y]! ? -1 : 1);

/**
 * At most `perCopy` partners of copy i, in the order of the copies: first those in its own
 * document (its neighbours in the list of copies, which holds a document's copies together), then
 * the nearest in date, walking outward from the copy in its walk; a tie of distances goes to the
 * earlier. No walk looks at more than SCAN × perCopy copies a side: a copy none of whose neighbours
 * is a partner lists fewer, and its margin counts the rest.
 */
function nearest(
  copies: readonly PassageCopy[],
  plan: Pick<Plan, 'day' | 'order' | 'walks'>,
  groups: ReadonlyArray<RepeatedPassage | undefined> | undefined,
  isPartner: (j: number) => boolean,
  i: number,
  perCopy: number,
): number[] {
  const { day, order } = plan;
  const picked = new Set<number>();
  const item = copies[i]!.unit.item;
  const sameItem = (j: number) => j >= 0 && j < copies.length && copies[j]!.unit.item === item;
  let first = i;
  while (sameItem(first - 1) && i - first < SCAN * perCopy) first--;
  for (let j = first; sameItem(j) && j - first < 2 * SCAN * perCopy && picked.size < perCopy; j++) if (isPartner(j)) picked.add(j);
  const group = groups?.[i];
  const walk = (group && plan.walks.get(group)) || order;
  // Where the copy stands in its walk: the first copy not earlier than it (itself, in the whole order).
  let low = 0;
  for (let high = walk.length; low < high;) {
    const mid = (low + high) >>> 1;
    if (earlier(day, walk[mid]!, i) < 0) low = mid + 1;
    else high = mid;
  }
  let left = low - 1;
  let right = walk[low] === i ? low + 1 : low;
  const distance = (j: number) => (day[i] === day[j] ? 0 : Math.abs(day[i]! - day[j]!));
  for (let scanned = 0; picked.size < perCopy && scanned < 2 * SCAN * perCopy && (left >= 0 || right < walk.length); scanned++) {
    const j = right >= walk.length || (left >= 0 && distance(walk[left]!) <= distance(walk[right]!)) ? walk[left--]! : walk[right++]!;
    if (isPartner(j)) picked.add(j);
  }
  return [...picked].sort((x, y) => x - y);
}

function tally<K>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** A repeated-passage link, its note worked out when read: the margins do not show it, only the backlinks do. */
class Link implements RepeatedLink {
  readonly passage: RepeatedPassage;
  readonly here: PassageCopy;
  readonly there: PassageCopy;
  constructor(passage: RepeatedPassage, here: PassageCopy, there: PassageCopy) {
    this.passage = passage;
    this.here = here;
    this.there = there;
  }
  get note(): string {
    return repeatedNote(this.passage, this.here, this.there);
  }
}

function unlistedNote(passage: RepeatedPassage, count: number, listed: number): string {
  return `“${passage.text}”另见于其他${count}处，未一一列出：此处只列出本文及日期最近的文件中的${listed}处`;
}

function repeatedNote(passage: RepeatedPassage, here: PassageCopy, there: PassageCopy): string {
  const where = there.unit.item === here.unit.item ? unitLabel(there.unit).replace(/^《[^》]+》/, '本文') : unitLabel(there.unit);
  return passage.kind === 'sentence' ? `此句与${where}中的一句逐字相同` : `“${passage.text}”也逐字见于${where}`;
}

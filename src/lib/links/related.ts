import { unitLabel } from './labels.ts';
import type { Unit } from './units.ts';

export type FeatureKind = 'term' | 'actor' | 'topic';

/** One kind of thing units can share, e.g. glossary terms, with the ids each unit has. */
export interface FeatureSet {
  kind: FeatureKind;
  /** Unit key → ids (glossary term ids, actor ids, topic ids). */
  byUnit: ReadonlyMap<string, readonly string[]>;
  label: (id: string) => string;
}

export interface Shared {
  kind: FeatureKind;
  id: string;
  label: string;
  /** How telling the shared feature is: ln(units / units that have it). */
  weight: number;
}

export interface RelatedLink {
  from: Unit;
  to: Unit;
  shared: Shared[];
  score: number;
  /** 共同术语：一函两书；共同主体：工会 */
  note: string;
}

export interface RelatedOptions {
  /** A pair is linked when each end has the other among its best `perUnit` candidates. */
  perUnit?: number;
  /** Least summed weight a pair needs: a feature every other unit has says nothing. */
  minScore?: number;
  /** The most units (distinct feature sets) one unit scores as candidates: see SCORED_PER_UNIT. */
  scoredPerUnit?: number;
}

/**
 * The most candidates (distinct feature sets of other units) one unit scores. Near-identical
 * documents (variants of one template, a notice issued every year) give thousands of units the
 * same rarest features, and scoring each against all the others would grow with the square of
 * them: past this many, a unit's best are the best of those met first (its rarest features first,
 * then in corpus order). The collection's 1,515 units never reach it.
 */
export const SCORED_PER_UNIT = 1024;

const KIND_LABELS: Record<FeatureKind, string> = { term: '共同术语', actor: '共同主体', topic: '共同主题' };

/** Slack for comparing sums of the same weights added in another order (far above rounding, far below any weight). */
const EPSILON = 1e-9;

/**
 * Each unit's features as a list of {kind, id, label, weight}: the same name as a term and as an
 * actor (高技能人才) counts once, as the earlier kind given. A feature's weight is
 * ln(units / units that have it).
 */
function unitFeatures(units: readonly Unit[], features: readonly FeatureSet[]): Shared[][] {
  const n = units.length;
  const holders = new Map<string, Set<string>>();
  for (const set of features) {
    for (const [key, ids] of set.byUnit)
      for (const id of ids)
        (holders.get(`${set.kind}:${id}`) ?? holders.set(`${set.kind}:${id}`, new Set()).get(`${set.kind}:${id}`)!).add(key);
  }
  const weight = (kind: FeatureKind, id: string) => Math.log(n / Math.max(1, holders.get(`${kind}:${id}`)?.size ?? 1));
  return units.map((u) => {
    const seen = new Set<string>();
    return features
      .flatMap((set) =>
        [...new Set(set.byUnit.get(u.key) ?? [])].map((id) => ({ kind: set.kind, id, label: set.label(id), weight: weight(set.kind, id) })),
      )
      .filter((f) => !seen.has(f.label) && !!seen.add(f.label));
  });
}

const featureKey = (f: Shared) => `${f.kind}:${f.id}`;

/** What `from` shares with `to`, heaviest first: `from`'s own features that `to` has too. */
function sharedFeatures(from: readonly Shared[], to: readonly Shared[]): Shared[] {
  const keys = new Set(to.map(featureKey));
  return from.filter((f) => keys.has(featureKey(f))).sort((x, y) => y.weight - x.weight || x.label.localeCompare(y.label, 'zh'));
}

const sum = (shared: readonly Shared[]) => shared.reduce((total, f) => total + f.weight, 0);

/**
 * Links units of different items (news ↔ measure, one opinion ↔ the other) that share terms,
 * actors or topics, weighting each shared feature by how rare it is. Units of the same item are
 * not linked: they are read together on the item's page already. Symmetric.
 *
 * Each unit's candidates are the units of other items it shares features with, scoring at least
 * `minScore`; a pair is linked when each is among the other's best `perUnit` candidates (higher
 * score first, then by key). A unit's best are found through an inverted index (feature → the
 * distinct feature sets, "profiles", that have it), walking its features from the rarest and
 * stopping once the features left could not lift anyone not yet met into its best: only pairs
 * that share a rare enough feature are scored, not every pair of units, and no unit scores more
 * than `scoredPerUnit` of them. `relatedUnitsPairwise` is the same definition computed over every
 * pair, which the indexed version gives exactly while no unit reaches that bound.
 */
export function relatedUnits(
  units: readonly Unit[],
  features: readonly FeatureSet[],
  options: RelatedOptions = {},
): Map<string, RelatedLink[]> {
  const { perUnit = 5, minScore = 2, scoredPerUnit = SCORED_PER_UNIT } = options;
  const own = unitFeatures(units, features);
  const keep = Number.isNaN(perUnit) ? 0 : Math.trunc(perUnit);
  // Outside what the index assumes, pair by pair: two units with one key, a unit listing one
  // feature twice (two sets of one kind giving an id two labels), a negative weight (byUnit
  // naming units not given), or a negative or NaN option.
  const duplicateKeys = new Set(units.map((u) => u.key)).size !== units.length;
  const repeatsFeature = own.some((list) => new Set(list.map(featureKey)).size !== list.length);
  const negative = own.some((list) => list.some((f) => f.weight < 0));
  if (duplicateKeys || repeatsFeature || negative || keep < 0 || Number.isNaN(minScore)) return pairwise(units, own, options);
  const n = units.length;

  // Features as numbers, with their weights.
  const featureIndex = new Map<string, number>();
  const weights: number[] = [];
  for (const list of own) {
    for (const f of list) {
      if (featureIndex.has(featureKey(f))) continue;
      featureIndex.set(featureKey(f), weights.length);
      weights.push(f.weight);
    }
  }
  // Units with the same features score alike against everyone: one profile per distinct set,
  // its features heaviest first (so summing them in list order adds the weights as a sorted
  // `shared` list does, to the same last bit).
  const profileOf = new Int32Array(n);
  const profiles: Array<{ features: Int32Array; members: number[] }> = [];
  const profileIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const ids = own[i]!.map((f) => featureIndex.get(featureKey(f))!).sort((x, y) => weights[y]! - weights[x]! || x - y);
    if (ids.length === 0) {
      profileOf[i] = -1;
      continue;
    }
    const signature = ids.join(',');
    let p = profileIndex.get(signature);
    if (p === undefined) {
      profileIndex.set(signature, (p = profiles.length));
      profiles.push({ features: Int32Array.from(ids), members: [] });
    }
    profileOf[i] = p;
    profiles[p]!.members.push(i);
  }
  // Flat arrays for the inner loops: each profile's features, and each feature's profiles (in
  // profile order, which is the order of their lowest members).
  const weight = Float64Array.from(weights);
  const featureStart = new Int32Array(profiles.length + 1);
  profiles.forEach((p, id) => (featureStart[id + 1] = featureStart[id]! + p.features.length));
  const featureList = new Int32Array(featureStart[profiles.length]!);
  profiles.forEach((p, id) => featureList.set(p.features, featureStart[id]!));
  const postingStart = new Int32Array(weights.length + 1);
  for (const f of featureList) postingStart[f + 1]!++;
  for (let f = 0; f < weights.length; f++) postingStart[f + 1]! += postingStart[f]!;
  const postingList = new Int32Array(featureList.length);
  const filled = postingStart.slice(0, weights.length);
  profiles.forEach((p, id) => p.features.forEach((f) => (postingList[filled[f]!++] = id)));

  // Tie order among equal scores: by key (as the candidate lists are sorted), then by position.
  const rank = new Int32Array(n);
  [...units.keys()].sort((x, y) => units[x]!.key.localeCompare(units[y]!.key) || x - y).forEach((i, r) => (rank[i] = r));
  for (const p of profiles) p.members.sort((x, y) => rank[x]! - rank[y]!);
  const lowestMember = profiles.map((p) => [...p.members].sort((x, y) => x - y));

  // Scoring against one unit at a time: its features carry their weight, the others 0 (adding
  // +0 leaves a sum as it was, to the bit), and each profile is scored once.
  const marked = new Float64Array(weights.length);
  const scoredIn = new Int32Array(profiles.length);
  const scoreOf = new Float64Array(profiles.length);
  let session = 0;
  /** Marks unit a's features for scoring against; returns them, heaviest first. */
  const mark = (a: number) => {
    session++;
    const mine = profiles[profileOf[a]!]!.features;
    for (let i = 0; i < mine.length; i++) marked[mine[i]!] = weight[mine[i]!]!;
    return mine;
  };
  const unmark = (mine: Int32Array) => {
    for (let i = 0; i < mine.length; i++) marked[mine[i]!] = 0;
  };
  /** What profile q shares with the marked unit, summed heaviest first (as `sum(shared)` adds). */
  const scored = (q: number) => {
    if (scoredIn[q] !== session) {
      scoredIn[q] = session;
      let s = 0;
      for (let k = featureStart[q]!, end = featureStart[q + 1]!; k < end; k++) s += marked[featureList[k]!]!;
      scoreOf[q] = s;
    }
    return scoreOf[q]!;
  };
  /** suffix[i]: the most that features i… of a list can add, the bound on anyone not met before them. */
  const suffixes = (mine: Int32Array) => {
    const suffix = new Float64Array(mine.length + 1);
    for (let i = mine.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + weight[mine[i]!]!;
    return suffix;
  };

  // Each unit's best `keep` candidates, in order. Its features are walked heaviest first, each
  // one's profiles scored in full; once what the lighter features left could add falls below
  // the worst of the best so far (or below minScore), nobody not yet met can make the list. No
  // unit scores more than `scoredPerUnit` profiles.
  const best: Array<Array<{ unit: number; score: number }>> = units.map(() => []);
  for (let a = 0; a < n && keep > 0; a++) {
    if (profileOf[a]! < 0) continue;
    const item = units[a]!.item;
    const mine = mark(a);
    const suffix = suffixes(mine);
    const top = best[a]!;
    let budget = scoredPerUnit;
    walk: for (let i = 0; i < mine.length; i++) {
      const floor = top.length >= keep ? Math.max(minScore, top[keep - 1]!.score) : minScore;
      if (suffix[i]! < floor - EPSILON) break;
      for (let k = postingStart[mine[i]!]!, end = postingStart[mine[i]! + 1]!; k < end; k++) {
        const q = postingList[k]!;
        if (scoredIn[q] === session) continue;
        if (budget-- <= 0) break walk;
        const s = scored(q);
        if (s < minScore || (top.length >= keep && s < top[keep - 1]!.score)) continue;
        for (const b of profiles[q]!.members) {
          if (units[b]!.item === item) continue;
          if (!insert(top, keep, b, s, rank)) break;
        }
      }
    }
    unmark(mine);
  }

  /**
   * The lowest-placed unit of another item that is a candidate of a (below `bound`, a candidate
   * already known): where the pairwise loop would first have met a. Profiles are numbered in the
   * order of their lowest member, so each feature's list is walked only up to the best found.
   */
  const firstPartner = (a: number, bound: number) => {
    const item = units[a]!.item;
    const mine = mark(a);
    const suffix = suffixes(mine);
    let first = bound;
    let budget = scoredPerUnit;
    walk: for (let i = 0; i < mine.length && suffix[i]! >= minScore - EPSILON; i++) {
      for (let k = postingStart[mine[i]!]!, end = postingStart[mine[i]! + 1]!; k < end; k++) {
        const q = postingList[k]!;
        if (lowestMember[q]![0]! >= first) break;
        if (budget-- <= 0) break walk;
        if (scored(q) < minScore) continue;
        const b = lowestMember[q]!.find((m) => units[m]!.item !== item);
        if (b !== undefined && b < first) first = b;
      }
    }
    unmark(mine);
    return first;
  };

  // A link when each end has the other among its best; both directions share one `shared`.
  const isBest = (a: number, b: number) => best[a]!.some((c) => c.unit === b);
  const pairs = new Map<number, { shared: Shared[]; score: number; note: string }>();
  const linked: Array<{ at: [number, number, number]; key: string; links: RelatedLink[] }> = [];
  for (let a = 0; a < n; a++) {
    const links: RelatedLink[] = [];
    for (const { unit: b } of best[a]!) {
      if (!isBest(b, a)) continue;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      let pair = pairs.get(lo * n + hi);
      if (!pair) {
        const shared = sharedFeatures(own[lo]!, own[hi]!);
        pairs.set(lo * n + hi, (pair = { shared, score: sum(shared), note: relatedNote(shared) }));
      }
      links.push({ from: units[a]!, to: units[b]!, ...pair });
    }
    if (!links.length) continue;
    // Where the pairwise loop (i < j) first met this unit, which fixes its place in the result:
    // as the later of a pair with its lowest-placed candidate before it, else as the earlier one.
    const first = firstPartner(a, Math.min(...best[a]!.map((c) => c.unit)));
    linked.push({ at: first < a ? [first, a, 1] : [a, first, 0], key: units[a]!.key, links });
  }
  linked.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.at[2] - y.at[2]);
  return new Map(linked.map((l) => [l.key, l.links]));
}

/** Inserts candidate `unit` into a unit's sorted best list; false when it does not make the list. */
function insert(top: Array<{ unit: number; score: number }>, keep: number, unit: number, score: number, rank: Int32Array): boolean {
  const better = (c: { unit: number; score: number }) => score > c.score || (score === c.score && rank[unit]! < rank[c.unit]!);
  let at = top.length;
  while (at > 0 && better(top[at - 1]!)) at--;
  if (at >= keep) return false;
  top.splice(at, 0, { unit, score });
  if (top.length > keep) top.pop();
  return true;
}

/**
 * The definition of relatedUnits, computed over every pair of units: the reference the indexed
 * version is tested against, and what it falls back on for inputs outside its index.
 */
export function relatedUnitsPairwise(
  units: readonly Unit[],
  features: readonly FeatureSet[],
  options: RelatedOptions = {},
): Map<string, RelatedLink[]> {
  return pairwise(units, unitFeatures(units, features), options);
}

function pairwise(units: readonly Unit[], features: readonly Shared[][], options: RelatedOptions): Map<string, RelatedLink[]> {
  const { perUnit = 5, minScore = 2 } = options;
  const own = new Map(units.map((u, i) => [u.key, features[i]!]));
  const candidates = new Map<string, RelatedLink[]>();
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.item === b.item) continue;
      const shared = sharedFeatures(own.get(a.key)!, own.get(b.key)!);
      const score = sum(shared);
      if (shared.length === 0 || score < minScore) continue;
      const note = relatedNote(shared);
      push(candidates, a.key, { from: a, to: b, shared, score, note });
      push(candidates, b.key, { from: b, to: a, shared, score, note });
    }
  }
  // Mutual best: a unit that shares one common word with many others links to none of them.
  const best = new Set<string>();
  for (const links of candidates.values())
    links
      .sort(byScore)
      .slice(0, perUnit)
      .forEach((l) => best.add(`${l.from.key}\u0000${l.to.key}`));
  const out = new Map<string, RelatedLink[]>();
  for (const [key, links] of candidates) {
    const keep = links.filter((l) => best.has(`${l.from.key}\u0000${l.to.key}`) && best.has(`${l.to.key}\u0000${l.from.key}`));
    if (keep.length) out.set(key, keep);
  }
  return out;
}

const byScore = (a: RelatedLink, b: RelatedLink) => b.score - a.score || a.to.key.localeCompare(b.to.key);

export function relatedNote(shared: readonly Pick<Shared, 'kind' | 'label'>[]): string {
  const groups = Map.groupBy(shared, (f) => f.kind);
  return (['term', 'actor', 'topic'] as const)
    .filter((k) => groups.has(k))
    .map(
      (k) =>
        `${KIND_LABELS[k]}：${groups
          .get(k)!
          .map((f) => f.label)
          .join('、')}`,
    )
    .join('；');
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A link's target as a list shows it. */
export const relatedLabel = (link: RelatedLink) => unitLabel(link.to);

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
}

const KIND_LABELS: Record<FeatureKind, string> = { term: '共同术语', actor: '共同主体', topic: '共同主题' };

/**
 * Links units of different items (news ↔ measure, one opinion ↔ the other) that share terms,
 * actors or topics, weighting each shared feature by how rare it is. Units of the same item are
 * not linked: they are read together on the item's page already. Symmetric.
 */
export function relatedUnits(units: readonly Unit[], features: readonly FeatureSet[], options: RelatedOptions = {}): Map<string, RelatedLink[]> {
  const { perUnit = 5, minScore = 2 } = options;
  const n = units.length;
  const holders = new Map<string, Set<string>>();
  for (const set of features) {
    for (const [key, ids] of set.byUnit) for (const id of ids) (holders.get(`${set.kind}:${id}`) ?? holders.set(`${set.kind}:${id}`, new Set()).get(`${set.kind}:${id}`)!).add(key);
  }
  const weight = (kind: FeatureKind, id: string) => Math.log(n / Math.max(1, holders.get(`${kind}:${id}`)?.size ?? 1));
  // The same name as a term and as an actor (高技能人才) counts once, as the earlier kind given.
  const featuresOf = (u: Unit) => {
    const seen = new Set<string>();
    return features
      .flatMap((set) => [...new Set(set.byUnit.get(u.key) ?? [])].map((id) => ({ kind: set.kind, id, label: set.label(id), weight: weight(set.kind, id) })))
      .filter((f) => !seen.has(f.label) && !!seen.add(f.label));
  };

  const own = new Map(units.map((u) => [u.key, featuresOf(u)]));
  const candidates = new Map<string, RelatedLink[]>();
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.item === b.item) continue;
      const bKeys = new Set(own.get(b.key)!.map((f) => `${f.kind}:${f.id}`));
      const shared = own.get(a.key)!.filter((f) => bKeys.has(`${f.kind}:${f.id}`)).sort((x, y) => y.weight - x.weight || x.label.localeCompare(y.label, 'zh'));
      const score = shared.reduce((sum, f) => sum + f.weight, 0);
      if (shared.length === 0 || score < minScore) continue;
      const note = relatedNote(shared);
      push(candidates, a.key, { from: a, to: b, shared, score, note });
      push(candidates, b.key, { from: b, to: a, shared, score, note });
    }
  }
  // Mutual best: a unit that shares one common word with many others links to none of them.
  const best = new Set<string>();
  for (const links of candidates.values()) links.sort(byScore).slice(0, perUnit).forEach((l) => best.add(`${l.from.key}\u0000${l.to.key}`));
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
    .map((k) => `${KIND_LABELS[k]}：${groups.get(k)!.map((f) => f.label).join('、')}`)
    .join('；');
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A link's target as a list shows it. */
export const relatedLabel = (link: RelatedLink) => unitLabel(link.to);

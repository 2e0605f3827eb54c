import { describe, expect, it } from 'vitest';
import { type FeatureSet, type RelatedLink, relatedUnits, relatedUnitsPairwise } from './related.ts';
import type { Unit } from './units.ts';
import { seededRandom as random } from '../random.ts';

/** Only the key and the item matter to relatedUnits. */
const unit = (item: string, key: string) => ({ key, item }) as unknown as Unit;

/** Units of a few items, each holding ids drawn with very unequal frequencies (a few common, many rare). */
function corpus(seed: number) {
  const next = random(seed);
  const units: Unit[] = [];
  const items = 2 + Math.floor(next() * 12);
  for (let i = 0; i < items; i++) {
    const count = 1 + Math.floor(next() * 9);
    // Keys out of reading order, some sorting alike but for case, so the tie order by key is exercised.
    for (let j = 0; j < count; j++) units.push(unit(`item-${i}`, next() < 0.5 ? `item-${i}#m${count - j}` : `Item-${i}#M${j}`));
  }
  const set = (kind: FeatureSet['kind'], ids: number, labels: (id: string) => string): FeatureSet => {
    const byUnit = new Map<string, string[]>();
    for (const u of units) {
      const have: string[] = [];
      for (let k = 0; k < ids; k++) if (next() < 0.6 / (1 + k)) have.push(`${kind}${k}`);
      // A repeated id within one unit counts once.
      if (have.length && next() < 0.1) have.push(have[0]!);
      if (have.length) byUnit.set(u.key, have);
    }
    return { kind, byUnit, label: labels };
  };
  // Some actors carry a term's name (高技能人才 as both), which then counts once.
  const features = [
    set('term', 12, (id) => `T${id}`),
    set('actor', 10, (id) => (id === 'actor3' ? 'Tterm1' : `A${id}`)),
    set('topic', 6, (id) => `P${id}`),
  ];
  return { units, features, next };
}

const view = (links: Map<string, RelatedLink[]>) =>
  [...links].map(([key, list]) => ({ key, links: list.map((l) => ({ ...l, from: l.from.key, to: l.to.key })) }));

describe('relatedUnits, through its index', () => {
  it('gives exactly the pairwise definition: same links, scores, shared features, notes and order', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const { units, features, next } = corpus(seed);
      const options = [
        {},
        { minScore: 0 },
        { minScore: 0.5 + next() * 4 },
        { perUnit: 1 + Math.floor(next() * 3), minScore: next() * 2 },
        { perUnit: 0 },
        { perUnit: 100, minScore: 1 },
      ];
      for (const o of options)
        expect(view(relatedUnits(units, features, o)), `seed ${seed} ${JSON.stringify(o)}`).toEqual(
          view(relatedUnitsPairwise(units, features, o)),
        );
    }
  }, 60_000);

  it('breaks ties in score by key, as the pairwise lists sort', () => {
    const units = ['b#1', 'a#1', 'c#1', 'd#1'].map((k) => unit(k.split('#')[0]!, k));
    const same = { kind: 'term' as const, byUnit: new Map(units.map((u) => [u.key, ['x', 'y']])), label: (id: string) => id };
    const rare = {
      kind: 'actor' as const,
      byUnit: new Map([
        [units[0]!.key, ['z']],
        [units[1]!.key, ['z']],
      ]),
      label: (id: string) => id,
    };
    const options = { perUnit: 1, minScore: 0 };
    expect(view(relatedUnits(units, [same, rare], options))).toEqual(view(relatedUnitsPairwise(units, [same, rare], options)));
    // Every pair scores 0 on features all units have: each unit's best is the lowest key of
    // another item, and only a#1 and b#1 have each other.
    expect(view(relatedUnits(units, [same], options)).map(({ key, links }) => [key, links.map((l) => l.to)])).toEqual([
      ['b#1', ['a#1']],
      ['a#1', ['b#1']],
    ]);
  });

  it('falls back to the pairwise definition where its index does not apply', () => {
    const { units, features } = corpus(7);
    // Two sets of one kind giving one id two labels: a unit then lists the feature twice.
    const twice = [...features, { ...features[0]!, label: (id: string) => `other ${id}` }];
    expect(view(relatedUnits(units, twice, { minScore: 1 }))).toEqual(view(relatedUnitsPairwise(units, twice, { minScore: 1 })));
    // Ids held by units not given: weights below zero.
    const outside = [
      {
        ...features[0]!,
        byUnit: new Map([
          ...features[0]!.byUnit,
          ...Array.from({ length: 200 }, (_, i) => [`elsewhere-${i}`, ['term0']] as [string, string[]]),
        ]),
      },
    ];
    expect(view(relatedUnits(units, outside, { minScore: -5 }))).toEqual(view(relatedUnitsPairwise(units, outside, { minScore: -5 })));
  });
});

describe('relatedUnits, bounded per unit', () => {
  /**
   * `n` units of `n` documents made from one template: each holds the template's five terms and
   * one of its own, and `n` other units hold one common term each, so that the template's terms
   * weigh something. Every template unit then ties with every other on the template's terms.
   */
  function template(n: number) {
    const units: Unit[] = [];
    const byUnit = new Map<string, string[]>();
    for (let i = 0; i < 2 * n; i++) {
      const u = unit(`d${i}`, `d${i}#m1`);
      units.push(u);
      byUnit.set(u.key, i < n ? ['t1', 't2', 't3', 't4', 't5', `own${i}`] : [`other${i % 7}`]);
    }
    return { units, features: [{ kind: 'term' as const, byUnit, label: (id: string) => id }] };
  }
  /** The units, counting each look at one: what relatedUnits reads of a candidate when it scores it. */
  function counted(units: Unit[]) {
    const reads = { count: 0 };
    const proxy = new Proxy(units, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { proxy, reads };
  }

  it('scores at most scoredPerUnit candidates for each unit: twice the near-identical units, twice the work', () => {
    const options = { minScore: 1, scoredPerUnit: 50 };
    const work = [400, 800].map((n) => {
      const { units, features } = template(n);
      const { proxy, reads } = counted(units);
      const links = relatedUnits(proxy, features, options);
      // A template unit still links to five others, each sharing the template's terms.
      const first = links.get('d0#m1')!;
      expect(first).toHaveLength(5);
      expect(first.every((l) => Number(l.to.item.slice(1)) < n && l.shared.length === 5)).toBe(true);
      return reads.count / n;
    });
    // Without the bound each unit would score every other (n per unit): the work per unit would double.
    expect(work[1]! / work[0]!).toBeLessThan(1.2);
  });

  it('gives the pairwise result while no unit reaches the bound', () => {
    const { units, features } = template(60);
    const options = { minScore: 1 };
    expect(view(relatedUnits(units, features, options))).toEqual(view(relatedUnitsPairwise(units, features, options)));
  });
});

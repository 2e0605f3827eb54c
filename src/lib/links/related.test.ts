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

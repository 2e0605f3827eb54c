// Build side: the instrument names of a searchable unit (供给型·人才培养), for the search filter.
import type { InstrumentLookup } from '../search/indexed-units.ts';
import type { Instruments } from './model.ts';

export function instrumentLookup(ins: Instruments): InstrumentLookup {
  return (item, unit) => {
    const coded = new Set((ins.unit(item, unit)?.codes ?? []).map((c) => c.instrument));
    // Codebook order, so a unit's values read the same way on every page and in the facet.
    return ins.list.filter((i) => coded.has(i.id)).map((i) => `${i.type.name}·${i.name}`);
  };
}

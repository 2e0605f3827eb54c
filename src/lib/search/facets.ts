// Filters with counts over the ranked results. A unit passes when, for every facet with a
// selection, it has one of the selected values; each facet counts the results that pass the
// other facets' selections, so a reader sees what choosing a value would leave.

export const FACETS = ['kind', 'doctype', 'issuer', 'level', 'year', 'document', 'part', 'actor', 'instrument'] as const;
export type FacetKey = (typeof FACETS)[number];
export const FACET_LABELS: Record<FacetKey, string> = {
  kind: '类别',
  doctype: '文种',
  issuer: '发文机关',
  level: '层级',
  year: '年份',
  document: '文件',
  part: '部分',
  actor: '主体',
  instrument: '政策工具',
};

export type Selection = Partial<Record<FacetKey, string[]>>;
export type FacetCounts = Record<FacetKey, Array<{ value: string; count: number; selected: boolean }>>;

interface Filterable {
  filters: Record<string, string[]>;
}

export function passes(unit: Filterable, selection: Selection, except?: FacetKey): boolean {
  return FACETS.every((key) => {
    const wanted = selection[key];
    if (key === except || !wanted?.length) return true;
    return (unit.filters[key] ?? []).some((v) => wanted.includes(v));
  });
}

/** Values of each facet with how many results would remain, in first-seen (rank) order. */
export function facetCounts(units: readonly Filterable[], selection: Selection): FacetCounts {
  const out = {} as FacetCounts;
  for (const key of FACETS) {
    const counts = new Map<string, number>();
    for (const u of units) for (const v of u.filters[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + (passes(u, selection, key) ? 1 : 0));
    for (const v of selection[key] ?? []) if (!counts.has(v)) counts.set(v, 0);
    out[key] = [...counts].map(([value, count]) => ({ value, count, selected: selection[key]?.includes(value) ?? false }));
  }
  return out;
}

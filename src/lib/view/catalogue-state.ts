// What the catalogue's script decides, apart from the page so it can be tested: which rows a
// choice of facet values shows, the count beside each value, and the address that keeps the
// choice. Browser-safe: no imports.

/** '' is the default, by date newest first; old: by date oldest first; title: by title in pinyin order. */
export type Sort = '' | 'old' | 'title';
export const SORTS: readonly Sort[] = ['', 'old', 'title'];

/** The facet values checked, by facet, as the numbers rows list (data-f). */
export type Selected = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * Which rows `selected` shows, and each value's count: the rows it would show if it were checked
 * too, the other facets' choices standing (values of one facet add up; facets narrow each other).
 * A row left out by one facet alone still counts for that facet's values: checking one of them
 * would bring it back. One pass over the rows, so 2,000 rows cost nothing to count.
 */
export function facetCounts(
  rows: readonly (readonly number[])[],
  facetOf: ReadonlyMap<number, string>,
  selected: Selected,
): { shown: boolean[]; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  const add = (n: number) => counts.set(n, (counts.get(n) ?? 0) + 1);
  const shown = rows.map((values) => {
    const failed = [...selected].filter(([, chosen]) => chosen.size && !values.some((n) => chosen.has(n))).map(([facet]) => facet);
    if (failed.length === 0) values.forEach(add);
    else if (failed.length === 1) for (const n of values) if (facetOf.get(n) === failed[0]) add(n);
    return failed.length === 0;
  });
  return { shown, counts };
}

/** The query string of a choice: each checked value as facet=value, in the order given, then the sort if not the default. */
export function catalogueQuery(checked: ReadonlyArray<{ facet: string; value: string }>, sort: Sort): string {
  const params = new URLSearchParams();
  for (const c of checked) params.append(c.facet, c.value);
  if (sort) params.set('sort', sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The choice an address asks for: values by facet (those the page has are checked; others ignored) and the sort. */
export function parseCatalogueQuery(search: string): { values: Map<string, Set<string>>; sort: Sort } {
  const values = new Map<string, Set<string>>();
  let sort: Sort = '';
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'sort') sort = (SORTS as readonly string[]).includes(value) ? (value as Sort) : '';
    else values.set(key, (values.get(key) ?? new Set()).add(value));
  }
  return { values, sort };
}

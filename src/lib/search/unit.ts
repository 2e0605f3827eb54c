// The searchable unit: one measure, one news item, or one document's text outside its measures
// (preamble, unnumbered parts). The build writes it into Pagefind's metadata; the query layer
// reads it back from a result's fragment and checks the query against the clauses themselves.

/** A sentence or heading, with the id it has on its page ('' = the page's own title). */
export type Clause = readonly [id: string, text: string];

export interface SearchUnit {
  /** Document or news item id. */
  item: string;
  /** m14, p1, preamble, or the news item id. */
  unit: string;
  /** The page the unit is read on, without fragment. */
  page: string;
  /** （十四）提高产业工人经济收入; 一、总体要求; a news headline. */
  title: string;
  /** Where it sits: 《意见》 · 六、维护劳动经济权益…; 新闻. */
  context: string;
  /** 措施, 总体要求, 前言, 新闻, 图片新闻. */
  kind: string;
  clauses: Clause[];
  /** Actor names, for chips. */
  actors: string[];
  /** Pagefind filters of the page, every value a list. */
  filters: Record<string, string[]>;
}

/**
 * Metadata keys written by the build (the measure and news pages' data-pagefind-meta, the custom
 * records of src/lib/site/pagefind.ts). Every search reads one fragment per candidate, so what is
 * elsewhere in the fragment is not repeated here: the page is its URL, the actors its filter.
 */
export const META = {
  item: 'item',
  unit: 'unit',
  title: 'title',
  context: 'context',
  kind: 'kind',
  clauses: 'clauses',
} as const;

/** Pagefind metadata for a unit: strings only; lists are JSON. */
export function unitMeta(u: SearchUnit): Record<string, string> {
  return {
    [META.item]: u.item,
    [META.unit]: u.unit,
    [META.title]: u.title,
    [META.context]: u.context,
    [META.kind]: u.kind,
    [META.clauses]: JSON.stringify(u.clauses),
  };
}

/** What Pagefind's `result.data()` gives back (the parts we read). */
export interface FragmentData {
  url: string;
  /** The URL as indexed (Pagefind's `url` may carry its base and highlight parameters). */
  raw_url?: string | undefined;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]> | undefined;
}

/** Reads a unit back from a fragment; undefined when the page was not indexed by our build. */
export function unitFromFragment(f: FragmentData): SearchUnit | undefined {
  const m = f.meta;
  const clauses = parseList(m[META.clauses]);
  if (!m[META.item] || !m[META.unit] || !clauses) return undefined;
  return {
    item: m[META.item]!,
    unit: m[META.unit]!,
    page: new URL(f.raw_url ?? f.url, 'http://page.invalid').pathname,
    title: m[META.title] ?? '',
    context: m[META.context] ?? '',
    kind: m[META.kind] ?? '',
    clauses: clauses.filter((c): c is [string, string] => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string'),
    actors: f.filters?.['actor'] ?? [],
    filters: f.filters ?? {},
  };
}

function parseList(json: string | undefined): unknown[] | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

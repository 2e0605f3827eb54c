// The query layer between the UI (or the command line) and Pagefind: normalise the query, ask
// Pagefind for candidate pages, then check every candidate's own clauses and rank them.
import { facetCounts, type FacetCounts, passes, type Selection } from './facets.ts';
import { type MatchKind, matchUnit, type UnitMatch } from './match.ts';
import { allTermsOf, boundQuery, hasHan, MAX_QUERY_CHARS, MAX_QUERY_TERMS, normaliseQuery, type ToSimplified } from './normalize.ts';
import { type QueryPlan, planQuery, type Via } from './plan.ts';
import { compareRanked } from './rank.ts';
import type { Holding, ShardAccess } from './sharded-index.ts';
import { READ_SHARDS } from './shards.ts';
import type { ThesaurusIndex } from './thesaurus-index.ts';
import { type FragmentData, type SearchUnit, unitFromFragment } from './unit.ts';
import { landingUrl } from './urls.ts';

/** The part of Pagefind's API the layer uses. */
export interface PagefindApi {
  /** `shards`: of a sharded index, only these are asked (those read for this answer), of those open and holding the term. */
  search(term: string, shards?: readonly string[]): Promise<{ results: Array<{ id: string; data: () => Promise<FragmentData> }> } | null>;
}

export interface SearchDeps {
  /** The units of the index (of its open shards, when it has shards). */
  pagefind: PagefindApi;
  /** The index's shards (src/lib/search/sharded-index.ts); without it, every unit is open (one bundle). */
  shards?: ShardAccess;
  /** The 繁→简 converter for this query, or undefined when it could change nothing (src/lib/search/query-deps.ts). */
  toSimplified?: (raw: string) => Promise<ToSimplified | undefined>;
  /** Loads the thesaurus; called only when expansion is on. */
  thesaurus?: () => Promise<ThesaurusIndex | undefined>;
}

export interface SearchOptions {
  filters?: Selection;
  /** Search the reader's words through the thesaurus (default true); false is the "undo". */
  expand?: boolean;
  /**
   * A preview of this many results (the header box): when that many full literal matches are
   * among the few candidates most likely to hold them (see the search), only those are read and
   * the response holds them, ranked; else the whole search.
   */
  preview?: number;
  /**
   * How many of the shards holding the query's words to read, newest first (READ_SHARDS: the
   * preview's or the page's, unless given); the response says how many more hold them.
   */
  shards?: number;
}

export interface SearchHit {
  unit: SearchUnit;
  match: UnitMatch;
  /** The clause (m14-s3, s5, p1-s2) or, for a page title, the unit (m14, a news id). */
  id: string;
  url: string;
}

export type SearchStatus = 'empty' | 'found' | 'expanded' | 'partial' | 'none';

export interface SearchResponse {
  raw: string;
  /** The normalised query. */
  query: string;
  terms: string[];
  status: SearchStatus;
  /** Reader's words searched as the text's terms (for the "searched instead for" notice). */
  expansions: Array<{ typed: string; searched: string[] }>;
  /** Typed terms that no result contains, even in part. */
  absent: string[];
  /** Ranked hits passing the filters. */
  hits: SearchHit[];
  /** Ranked hits before filtering. */
  all: SearchHit[];
  facets: FacetCounts;
  /** Set on a preview: only the exact matches were read (no others, no count of the rest). */
  preview?: boolean;
  /**
   * With a sharded index: the shards holding the query's words (`held`) and those read for this
   * answer (`read`, the newest first); the results are of the documents in the shards read, every
   * document dated after `since` among them (the oldest shard read starts on that day); `older`:
   * shards older than those counted in `held` hold the query's words too, not yet counted (the
   * older directory was not read: the newest shards held enough).
   */
  shards?: { read: number; held: number; since?: string; older?: true };
  /** What of a query past the bounds was left out: its characters past MAX_QUERY_CHARS, its terms past MAX_QUERY_TERMS. */
  cut?: { chars?: { length: number; limit: number }; terms?: { count: number; limit: number } };
}

/** Candidate pages taken from each Pagefind query, in its order. */
const PER_QUERY = 30;
/** Candidates a preview reads at most (two rounds of six requests on HTTP/1.1). */
const PREVIEW_READS = 12;
/** With full matches, partial ones are kept only when they hold at least this share of the query. */
const PARTIAL_WITH_FULL = 0.5;
/** The most words searched apart, for partial matches, in all: each is a query to the index. */
const MAX_WORD_QUERIES = 12;

export function createSearch(deps: SearchDeps) {
  /** What is typed, as searched: cut to its bounds, 繁→简, and its terms with the thesaurus's (the search and the preload read the same). */
  const prepare = async (typed: string, expand: boolean | undefined) => {
    const bounded = boundQuery(typed);
    const raw = bounded.text;
    const toSimplified = hasHan(raw) && deps.toSimplified ? await deps.toSimplified(raw) : undefined;
    const query = normaliseQuery(raw, toSimplified);
    const thesaurus = expand === false || !deps.thesaurus ? undefined : await deps.thesaurus();
    return { bounded, raw, query, plan: planQuery(query, thesaurus, expand !== false) };
  };
  /**
   * The search, or with `fetchOnly` (of a preview) only its first steps: the candidates the
   * preview would read are found the same way and their fragments requested (Pagefind keeps them
   * by page, so the search that follows waits for no request already made), nothing ranked.
   */
  async function run(typed: string, options: SearchOptions, fetchOnly: true): Promise<undefined>;
  async function run(typed: string, options: SearchOptions, fetchOnly?: false): Promise<SearchResponse>;
  async function run(typed: string, options: SearchOptions, fetchOnly = false): Promise<SearchResponse | undefined> {
    // The work of a query is bounded: its length, its terms, the words searched apart.
    const { bounded, raw, query, plan } = await prepare(typed, options.expand);
    const termCount = allTermsOf(query).length;
    const cut: SearchResponse['cut'] = {
      ...(bounded.length ? { chars: { length: bounded.length, limit: MAX_QUERY_CHARS } } : {}),
      ...(termCount > MAX_QUERY_TERMS ? { terms: { count: termCount, limit: MAX_QUERY_TERMS } } : {}),
    };
    // The shards read for this answer, newest first, and all that hold some query's words.
    const budget = options.shards ?? (options.preview ? READ_SHARDS.preview : READ_SHARDS.page);
    const read = new Set<string>();
    let held: Holding = { shards: [], older: false };
    // Every query asked so far: the shards holding them are asked again with each new one, so a
    // directory read for the new ones counts the old ones' shards in it too.
    const queried: string[] = [];
    // The date of the oldest shard read ('' when it is undated).
    let since: string | undefined;
    const respond = (p: QueryPlan, all: SearchHit[], filters: Selection) => ({
      ...respondTo(raw, p, all, filters),
      ...(deps.shards && p.terms.length
        ? {
            shards: {
              read: read.size,
              held: held.shards.length,
              ...(since ? { since } : {}),
              ...(held.older ? { older: true as const } : {}),
            },
          }
        : {}),
      ...(cut.chars || cut.terms ? { cut } : {}),
    });
    if (!plan.terms.length) return fetchOnly ? undefined : respond(plan, [], options.filters ?? {});
    const seen: Seen = new Map();
    // Each candidate takes its place in Pagefind's order as it is found; its fragment is read only when ranked.
    const gather = async (queries: string[]) => {
      if (deps.shards) {
        queried.push(...queries);
        held = await deps.shards.find(queried, budget);
        for (const shard of held.shards) {
          if (read.size < budget && !read.has(shard.name)) {
            read.add(shard.name);
            if (since === undefined || (shard.from ?? '') < since) since = shard.from ?? '';
          }
        }
        await deps.shards.open([...read]);
      }
      // Only the shards read for this answer: others may be open (warmed, or read by a search with a larger budget).
      const within = deps.shards ? [...read] : undefined;
      const found = await Promise.all(queries.map((q) => deps.pagefind.search(q, within)));
      for (const r of found)
        for (const result of r?.results.slice(0, PER_QUERY) ?? [])
          if (!seen.has(result.id)) seen.set(result.id, { order: seen.size, result });
      // Each query's first candidates' ids (PER_QUERY at most).
      return found.map((r) => new Set(r?.results.slice(0, PER_QUERY).map((x) => x.id)));
    };
    const main = mainQueries(plan);
    // A preview's candidates are the first queries' (previewQueries); the thesaurus's terms and
    // the terms apart are searched only when they are not enough, so a preview reads no index
    // chunk for them (劳动仲裁's expansions were 27 chunks where the term alone is a few).
    const asked = options.preview ? previewQueries(plan, main) : main;
    const reads = Math.max(PREVIEW_READS, options.preview ?? 0);
    const found = new Map<string, Set<string>>();
    const ask = async (queries: string[]) => (await gather(queries)).forEach((r, i) => found.set(queries[i]!, r));
    // A single term's phrase gives a preview its first candidates: when they alone fill its
    // reads, the term itself is not asked, a search of every open shard the less (a third of a
    // later search's work at 2,000 units).
    const phraseFirst = !!options.preview && isPhraseQuery(plan);
    if (phraseFirst) {
      await ask([asked[1]!]);
      const phrase = found.get(asked[1]!)!;
      if (phrase.size < reads) {
        // Fewer than the reads: the preview reads every one of them whatever the term adds after
        // them, so their fragments load while the term is searched.
        for (const id of phrase) (fetchOnly ? fetchFragment : readUnit)(seen.get(id)!).catch(() => undefined);
        await ask([asked[0]!]);
      }
    } else await ask(asked);
    const rank = (only?: ReadonlySet<string>) => rankSeen(plan, seen, only);
    // A preview (the header box's five) is drawn from the candidates most likely to be full
    // matches, in Pagefind's order: a single term's phrase (the second main query, every unit
    // with the term verbatim as Pagefind cuts words), then the first main query (the term, or
    // the AND of several terms: a unit holding every term is there; the terms searched apart
    // add units lacking one, partial matches, which rank below every full one). At most
    // PREVIEW_READS of them are read, a few fragments where the whole search reads up to sixty
    // (each a request: on HTTP/1.1, six at a time). When enough of them match in full, literally,
    // they are the preview, ranked as the whole search ranks; the whole search, which /search/
    // shows, may order its first ones otherwise, having read more (the quality suites hold the
    // preview to the same hit rates: tests/e2e/search-quality.test.ts).
    if (options.preview) {
      // Distinct before they are counted: the phrase's units are in the term's list too.
      const ids = (q: string | undefined) => (q === undefined ? [] : (found.get(q) ?? []));
      const likely = [...new Set([...(phraseFirst ? ids(asked[1]) : []), ...ids(asked[0])])];
      const first = new Set(likely.slice(0, reads));
      if (fetchOnly) {
        for (const id of first) fetchFragment(seen.get(id)!).catch(() => undefined);
        return undefined;
      }
      const hits = (await rank(first)).filter((h) => h.match.kind !== 'partial' && h.match.via === 'literal');
      if (hits.length >= options.preview) return { ...respond(plan, hits, options.filters ?? {}), preview: true };
      const rest = main.filter((q) => !found.has(q));
      if (rest.length) await ask(rest);
    }
    let ranked = await rank();
    // No full match: search each term's words too, for partial matches Pagefind's AND dropped.
    if (!ranked.some((h) => h.match.kind !== 'partial')) {
      const before = seen.size;
      await gather(wordQueries(plan));
      if (seen.size > before) ranked = await rank();
    }
    if (ranked.some((h) => h.match.kind !== 'partial'))
      ranked = ranked.filter((h) => h.match.kind !== 'partial' || h.match.coverage >= PARTIAL_WITH_FULL);
    return respond(plan, ranked, options.filters ?? {});
  }
  return {
    search: (typed: string, options: SearchOptions = {}): Promise<SearchResponse> => run(typed, options),
    /**
     * Before the first query (the reader's pointer over the box): merges the newest shards a
     * preview reads, so that a search of recent text waits for no shard's metadata. Bounded by
     * READ_SHARDS.preview whatever the collection's size; a query held only by older shards opens
     * those as it would have.
     */
    async warm(): Promise<void> {
      if (deps.shards) await deps.shards.open((await deps.shards.newest(READ_SHARDS.preview)).map((s) => s.name));
    },
    /**
     * While the reader types: loads the index chunks a search of this text will read, the
     * thesaurus's terms for its words included (nothing is shown). Its main queries only: the
     * words apart, searched when nothing matches in full, are not guessed at.
     * `fragments`, of a preview: once the chunks are loaded, when it still says yes (the box's:
     * nothing typed since, its search not begun), the candidates the preview will read are found
     * and their fragments requested too, so that the search after the box's pause waits for none
     * of them (they were two rounds of six requests after it: most of a later search's time).
     * They are the ones the preview reads; what the reader typed past is read only if they paused
     * on it that long.
     */
    async preload(typed: string, options: Pick<SearchOptions, 'expand' | 'preview'> & { fragments?: () => boolean } = {}): Promise<void> {
      const shards = deps.shards;
      // The words the search will look up: 產業 is searched as 产业, 劳动仲裁 as 劳动争议 too (a
      // preview's first queries only: the others it reads only when it falls back to the whole search).
      const { plan } = await prepare(typed, options.expand);
      if (!plan.terms.length) return;
      if (shards) await Promise.all((options.preview ? previewQueries(plan) : mainQueries(plan)).map((q) => shards.preload(q)));
      const { fragments, ...searched } = options;
      if (searched.preview && fragments?.()) await run(typed, searched, true);
    },
  };
}

export type Search = ReturnType<typeof createSearch>;

/** The whole query, its phrase, each term, and each of the text's terms for a reader's word. */
function mainQueries(plan: QueryPlan): string[] {
  const typed = plan.terms.map((t) => t.typed);
  const qs = new Set([typed.join(' ')]);
  if (isPhraseQuery(plan)) qs.add(`"${typed[0]}"`);
  if (typed.length > 1) for (const t of typed) qs.add(t);
  plan.terms.forEach((term, i) => {
    for (const alt of term.alternatives.filter((a) => a.via === 'expanded')) {
      qs.add(alt.text);
      if (typed.length > 1) qs.add(typed.map((t, j) => (j === i ? alt.text : t)).join(' '));
    }
  });
  return [...qs];
}

/** The main queries a preview's candidates come from: the whole query, and a single term's phrase. */
function previewQueries(plan: QueryPlan, main = mainQueries(plan)): string[] {
  return main.slice(0, isPhraseQuery(plan) ? 2 : 1);
}

function wordQueries(plan: QueryPlan): string[] {
  return [...new Set(plan.terms.flatMap((t) => t.words))].slice(0, MAX_WORD_QUERIES);
}

/** Every candidate found, by Pagefind id: its place in Pagefind's order, and its unit once read. */
interface Candidate {
  order: number;
  result: PagefindResult;
  unit?: Promise<SearchUnit | undefined>;
}
type Seen = Map<string, Candidate>;
type PagefindResult = NonNullable<Awaited<ReturnType<PagefindApi['search']>>>['results'][number];

/** A candidate's unit, from its fragment, read once. */
const readUnit = (c: Candidate) => (c.unit ??= c.result.data().then(unitFromFragment));
/** A candidate's fragment requested ahead of its search (Pagefind keeps it by page: the search's read of it waits for the same request). */
const fetchFragment = (c: Candidate) => c.result.data();

/** A single term of more than one character: mainQueries searches its phrase second. */
function isPhraseQuery(plan: QueryPlan): boolean {
  return plan.terms.length === 1 && plan.terms[0]!.typed.length > 1;
}

async function rankSeen(plan: QueryPlan, seen: Seen, only?: ReadonlySet<string>): Promise<SearchHit[]> {
  const entries = [...seen.entries()].filter(([id]) => !only || only.has(id));
  const rows = await Promise.all(entries.map(async ([, entry]) => ({ order: entry.order, unit: await readUnit(entry) })));
  const ranked: Array<{ order: number; match: UnitMatch; unit: SearchUnit }> = [];
  for (const { order, unit } of rows) {
    const match = unit && matchUnit(unit, plan);
    if (unit && match) ranked.push({ order, match, unit });
  }
  ranked.sort(compareRanked);
  return ranked.map(({ unit, match }) => {
    const clause = match.clause?.[0] ?? '';
    return { unit, match, id: clause || unit.unit, url: landingUrl(unit.page, clause, match.found) };
  });
}

function respondTo(raw: string, plan: QueryPlan, all: SearchHit[], filters: Selection): SearchResponse {
  const full = (via: Via) => all.some((h) => h.match.kind !== 'partial' && h.match.via === via);
  const status: SearchStatus = !plan.terms.length
    ? 'empty'
    : full('literal')
      ? 'found'
      : full('expanded')
        ? 'expanded'
        : all.length
          ? 'partial'
          : 'none';
  const expansions =
    status === 'expanded'
      ? plan.terms
          .filter((t) => t.concepts.length)
          .map((t) => {
            const used = t.alternatives
              .filter((a) => a.via === 'expanded' && all.some((h) => h.match.kind !== 'partial' && h.match.found.includes(a.text)))
              .map((a) => a.text);
            // 新就业形态劳动者 says 新就业形态 too: name only the longest.
            const named = used.filter((a) => !used.some((b) => b !== a && b.includes(a)));
            return { typed: t.typed, searched: named.length ? named : t.concepts.map((c) => c.terms[0]!) };
          })
      : [];
  const absent =
    status === 'found' || status === 'expanded'
      ? []
      : plan.terms.map((t) => t.typed).filter((t) => all.every((h) => h.match.missing.includes(t)));
  return {
    raw,
    query: plan.query,
    terms: plan.terms.map((t) => t.typed),
    status,
    expansions,
    absent,
    hits: all.filter((h) => passes(h.unit, filters)),
    all,
    facets: facetCounts(
      all.map((h) => h.unit),
      filters,
    ),
  };
}

/** The same response under other filters (no new search: the UI re-filters as the reader clicks). */
export function refilter(r: SearchResponse, filters: Selection): SearchResponse {
  return {
    ...r,
    hits: r.all.filter((h) => passes(h.unit, filters)),
    facets: facetCounts(
      r.all.map((h) => h.unit),
      filters,
    ),
  };
}

export const MATCH_LABELS: Record<MatchKind, string> = { exact: '完全匹配', all: '包含全部词语', partial: '部分匹配' };

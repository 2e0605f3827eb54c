// Every URL the site publishes, in one browser-safe module (no Node built-ins, no content): the
// pages, the cite panel, the search client and the exports all build links here, so a path is
// spelled once. These paths are a public contract (tests/permalinks.txt): never change one.

/** `/` and the index pages of the header. */
export const HOME = '/';
export const DOCUMENTS = '/documents/';
export const NEWS = '/news/';
export const ACTORS = '/actors/';
export const TERMS = '/terms/';
export const FIGURES = '/figures/';
export const INSTRUMENTS = '/instruments/';
export const TARGETS = '/targets/';
export const COMPARE = '/compare/';
export const NOTES = '/notes/';
export const SEARCH = '/search/';
export const DATA = '/data/';

/** A document's full text. */
export const documentUrl = (doc: string) => `${DOCUMENTS}${doc}/`;
/** One measure (or article) of a document on its own page. */
export const measureUrl = (doc: string, measure: string) => `${DOCUMENTS}${doc}/${measure}/`;
/** The documents of one kind, issuer or year: /documents/by/kind/regulation/. */
export const documentsFilterUrl = (facet: string, value: string) => `${DOCUMENTS}by/${facet}/${value}/`;
/** Page `n` of the corpus's targets: /targets/, then /targets/page/2/ (under page/, apart from the documents' own /targets/<doc>/). */
export const targetsPageUrl = (n: number) => (n <= 1 ? TARGETS : `${TARGETS}page/${n}/`);
/** Page `n` of the figures of the texts: /figures/, then /figures/2/. */
export const figuresPageUrl = (n: number) => pagedUrl(FIGURES, n);
/** One document's targets and deadlines (the corpus's are at TARGETS). */
export const documentTargetsUrl = (doc: string) => `${TARGETS}${doc}/`;
/** Two documents side by side, the earlier first: what the later repeats, adds and drops. */
export const compareUrl = (a: string, b: string) => `${COMPARE}${a}/${b}/`;
/** Page `n` of the pairs compared: /compare/, then /compare/page/2/ (under page/, apart from the pairs' own /compare/<a>/<b>/). */
export const comparePageUrl = (n: number) => (n <= 1 ? COMPARE : `${COMPARE}page/${n}/`);
/** One document's policy instruments: its matrices and coded sentences (the corpus's are at INSTRUMENTS). */
export const documentInstrumentsUrl = (doc: string) => `${INSTRUMENTS}${doc}/`;
/** Page `n` of the instrument index's table of documents: /instruments/, then /instruments/page/2/ (under page/, apart from the documents' own /instruments/<doc>/). */
export const instrumentsPageUrl = (n: number) => (n <= 1 ? INSTRUMENTS : `${INSTRUMENTS}page/${n}/`);
/** Page `n` of the news: /news/, then /news/page/2/ (under page/, apart from the items' own /news/<slug>/). */
export const newsPageUrl = (n: number) => (n <= 1 ? NEWS : `${NEWS}page/${n}/`);
/** A news item or photo caption. */
export const newsUrl = (slug: string) => `${NEWS}${slug}/`;
/**
 * One document's actors: its actor × part matrix (who leads, takes part, benefits in each part)
 * and the bodies its notes name. Under ACTORS/in/, apart from the actors' own pages (no actor id is "in":
 * src/lib/actors/check.ts, RESERVED_ACTOR_IDS).
 */
export const documentActorsUrl = (doc: string) => `${ACTORS}in/${doc}/`;
/** Page `n` of the actor index's table of documents: /actors/, then /actors/page/2/ (no actor id is "page" either). */
export const actorsIndexPageUrl = (n: number) => (n <= 1 ? ACTORS : `${ACTORS}page/${n}/`);
/** An actor's page: every measure that names it, by role. */
export const actorUrl = (id: string) => `${ACTORS}${id}/`;
/** An actor's page `n` (src/lib/actors/listing.ts: ACTOR_UNITS_PER_PAGE of each role a page): /actors/<id>/, /actors/<id>/2/. */
export const actorPageUrl = (id: string, n: number) => pagedUrl(actorUrl(id), n);
/** A glossary term's page: its definition and every occurrence. */
export const termUrl = (id: string) => `${TERMS}${id}/`;
/**
 * Page `n` of a list cut into pages (src/lib/view/paging.ts) whose first page is at `base`: the
 * first page keeps `base` (its published permalink), page n is `${base}n/`: /terms/<id>/2/,
 * /documents/by/kind/notice/3/.
 */
export const pagedUrl = (base: string, n: number) => (n <= 1 ? base : `${base}${n}/`);
/** A glossary term's page `n` of its occurrences: /terms/<id>/, /terms/<id>/2/. */
export const termPageUrl = (id: string, n: number) => pagedUrl(termUrl(id), n);
/**
 * Page `n` of the documents catalogue: /documents/, then /documents/page/2/ (under page/, as the
 * filters are under by/, apart from the documents' own ids: no document id is "page").
 */
export const documentsPageUrl = (n: number) => (n <= 1 ? DOCUMENTS : `${DOCUMENTS}page/${n}/`);
/** Page `n` of one facet value's documents: /documents/by/kind/notice/, /documents/by/kind/notice/2/. */
export const documentsFilterPageUrl = (facet: string, value: string, n: number) => pagedUrl(documentsFilterUrl(facet, value), n);
/** Page `n` of the notes (src/lib/notes/notes-page.ts): /notes/, then /notes/2/. */
export const notesPageUrl = (n: number) => pagedUrl(NOTES, n);
/** One entry of the notes (an editorial note or a repair), by its anchor, on the page `n` that holds it. */
export const notesPageHref = (anchor: string, n = 1) => `${notesPageUrl(n)}#${anchor}`;

/** The exports under /data/ (described for readers at /data/). */
export const CORPUS_JSON = `${DATA}corpus.json`;
export const CORPUS_SCHEMA_JSON = `${DATA}corpus.schema.json`;
export const MEASURES_CSV = `${DATA}measures.csv`;
export const ACTORS_JSON = `${DATA}actors.json`;
export const MEASURE_ACTORS_CSV = `${DATA}measure-actors.csv`;
export const TARGETS_CSV = `${DATA}targets.csv`;
/** An opinion in Akoma Ntoso 3.0. */
export const akomaNtosoUrl = (doc: string) => `${DATA}${doc}.akn.xml`;
/** The citation context the cite panel fetches for one item. */
export const citeContextUrl = (item: string) => `${DATA}cite/${item}.json`;
/** The readers' words the query layer expands with (published; the browser reads them in QUERY_JSON). */
export const THESAURUS_JSON = `${SEARCH}thesaurus.json`;
/** What a first search reads besides Pagefind: the thesaurus and the gate of the 繁→简 tables. */
export const QUERY_JSON = `${SEARCH}query.json`;
/** The 繁→简 tables cut to the site's characters, fetched only for a query the gate lets through. */
export const SIMPLIFY_JSON = `${SEARCH}simplify.json`;
/**
 * The citation index (src/lib/search/citation-index.ts), in shards fetched only for a query that
 * reads as a citation: the documents by title, short title and 文号; each document's places by
 * the keys a citation names them with; the places of every document by key. Search data, not
 * permalinks: their names change with the corpus.
 */
export const CITATIONS = `${SEARCH}citations/`;
export const citationDocUrl = (doc: string, shard: number) => `${CITATIONS}doc/${doc}/${shard}.json`;
export const citationNamesUrl = (shard: number) => `${CITATIONS}names-${shard}.json`;
export const citationPlacesUrl = (shard: number) => `${CITATIONS}places-${shard}.json`;
/** The search index, written by the build after the pages: the directory bundle, its shards under it (src/lib/search/shards.ts). */
export const PAGEFIND = '/pagefind/';

/** Atom feeds: the whole corpus, one per issuer (by its ASCII id), one per kind of item; /feeds/ lists them. */
export const FEEDS = '/feeds/';
export const CORPUS_FEED = `${FEEDS}all.xml`;
export const issuerFeedUrl = (issuer: string) => `${FEEDS}issuers/${issuer}.xml`;
export const kindFeedUrl = (kind: string) => `${FEEDS}kinds/${kind}.xml`;

/**
 * The service worker's list of this build (src/lib/offline/list.ts), read by every page's worker:
 * its version, hashed assets and shell, and the count and size of the search store. Not a permalink.
 */
export const OFFLINE_LIST = '/offline.json';
/**
 * The files of the whole search index for offline use, read only when a reader asks to store it;
 * named by the build's version (content-addressed, under the hashed assets: never a permalink).
 */
export const offlineSearchListUrl = (version: string) => `/_astro/offline-search.${version}.json`;

/**
 * What the 404 page reads to suggest the page a mistyped address meant (src/lib/not-found/), only
 * when it is shown and only what the address needs: one item's title and units, the stretch of the
 * list of ids near the one typed (a directory, then its chunks, each named by its content), the
 * documents with a unit of one number (m5 and art5: `5`; p5, ch5). Not permalinks: the list's
 * files change with the collection.
 */
export const NOT_FOUND_DATA = '/not-found/';
export const notFoundItemUrl = (id: string) => `${NOT_FOUND_DATA}items/${id}.json`;
export const notFoundIdsUrl = (file: string) => `${NOT_FOUND_DATA}ids/${file}.json`;
export const notFoundNumberedUrl = (key: string) => `${NOT_FOUND_DATA}numbered/${key}.json`;

/** The page of an item of either kind. */
export const itemUrl = (kind: 'document' | 'news', id: string) => (kind === 'document' ? documentUrl(id) : newsUrl(id));

/** An absolute URL on the site: `site` may or may not end with a slash; `path` starts with one. */
export function absoluteUrl(site: string, path: string): string {
  if (!/^https?:\/\/[^/]+/.test(site)) throw new Error(`site must be an absolute http(s) URL, got "${site}"`);
  if (!path.startsWith('/')) throw new Error(`path must start with "/", got "${path}"`);
  return site.replace(/\/+$/, '') + path;
}

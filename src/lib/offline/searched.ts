// What a page tells the service worker (public/sw.js) after searching: the index files its search
// read. Where the browser routes those files past the worker (a static route: faster searches),
// the worker no longer sees them go by, and keeps them, for the same search offline, on this word.
// Browser-safe. The worker is plain JavaScript and cannot import this: its test holds the two to
// the same endings and message.

/** Pagefind's files named by their content or its version, in any of the index's bundles. */
export const SEARCH_FILE_ENDINGS = ['pf_index', 'pf_fragment', 'pf_filter', 'pf_meta', 'pagefind'] as const;

/** The message's type: { type: SEARCHED_MESSAGE, paths: string[] }. */
export const SEARCHED_MESSAGE = 'keep-searched';

export interface SearchedMessage {
  type: typeof SEARCHED_MESSAGE;
  paths: string[];
}

/** Whether a site path is one of the index files the worker keeps (/pagefind/…/x.pf_fragment). */
export const isSearchFile = (path: string) => path.startsWith('/pagefind/') && SEARCH_FILE_ENDINGS.some((e) => path.endsWith(`.${e}`));

/**
 * The index files among resources a page loaded (their absolute URLs), as site paths, each once,
 * those of other origins left out.
 */
export function searchedPaths(urls: Iterable<string>, origin: string): string[] {
  const paths = new Set<string>();
  for (const url of urls) {
    const u = new URL(url, origin);
    if (u.origin === origin && isSearchFile(u.pathname)) paths.add(u.pathname);
  }
  return [...paths];
}

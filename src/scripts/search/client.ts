// The query layer wired for the browser: Pagefind from /pagefind/ (loaded on first use, never
// bundled), the 繁→简 tables and the thesaurus fetched only when a search needs them.
import { createSearch, type PagefindApi, type Search } from '../../lib/search/engine.ts';
import { loadToSimplified } from '../../lib/search/simplify.ts';
import { indexThesaurus, type ThesaurusConcept, type ThesaurusIndex } from '../../lib/search/thesaurus-index.ts';
import { THESAURUS_JSON } from '../../lib/routes.ts';

let searching: Promise<Search> | undefined;
let thesaurus: Promise<ThesaurusIndex | undefined> | undefined;

async function loadPagefind(): Promise<PagefindApi> {
  // A path in a variable: Vite must not try to bundle the index, which exists only after the build.
  const path = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ path)) as PagefindApi;
}

function loadThesaurus(): Promise<ThesaurusIndex | undefined> {
  thesaurus ??= fetch(THESAURUS_JSON)
    .then((r) => (r.ok ? (r.json() as Promise<ThesaurusConcept[]>) : []))
    .then(indexThesaurus)
    .catch(() => undefined);
  return thesaurus;
}

/** The site's search, created once per page on first use. */
export function getSearch(): Promise<Search> {
  searching ??= loadPagefind().then((pagefind) => createSearch({ pagefind, toSimplified: loadToSimplified, thesaurus: loadThesaurus }));
  return searching;
}

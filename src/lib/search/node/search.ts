// The query layer wired for Node: the built index and the built query data, read as the browser reads them.
import { createSearch, type Search } from '../engine.ts';
import { queryDeps } from '../query-deps.ts';
import { type NodeIndex, openIndex } from './pagefind.ts';

export interface NodeSearch extends Search {
  index: NodeIndex;
  /** The places a query cites, as the browser finds them (src/lib/search/citation-lookup.ts). */
  citation: ReturnType<typeof queryDeps>['citation'];
}

/** Search a built site in Node, as the browser does (same files, same layer, same order of fetches). */
export async function openSearch(distDir = 'dist'): Promise<NodeSearch> {
  const index = await openIndex(distDir);
  const deps = queryDeps(async (path) => {
    const res = await index.fetchSite(path);
    if (!res.ok) throw new Error(`${path} is missing from ${distDir}: build the site first`);
    return res.json();
  });
  deps.warm();
  const search = createSearch({
    pagefind: index.pagefind,
    shards: index.shards,
    toSimplified: deps.toSimplified,
    thesaurus: deps.thesaurus,
  });
  return { ...search, index, citation: deps.citation };
}

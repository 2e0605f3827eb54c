// The query layer wired for Node: the built index, the built thesaurus, opencc from node_modules.
import { createSearch, type Search } from '../engine.ts';
import { type NodeIndex, openIndex } from './pagefind.ts';
import { loadToSimplified } from '../simplify.ts';
import { indexThesaurus, type ThesaurusConcept } from '../thesaurus-index.ts';
import { THESAURUS_JSON } from '../../routes.ts';

export interface NodeSearch extends Search {
  index: NodeIndex;
}

/** Search a built site in Node, as the browser does (same files, same layer). */
export async function openSearch(distDir = 'dist'): Promise<NodeSearch> {
  const index = await openIndex(distDir);
  let thesaurus: ReturnType<typeof indexThesaurus> | undefined;
  const search = createSearch({
    pagefind: index.pagefind,
    toSimplified: loadToSimplified,
    thesaurus: async () => {
      if (thesaurus) return thesaurus;
      const res = await index.fetchSite(THESAURUS_JSON);
      if (!res.ok) throw new Error(`${THESAURUS_JSON} is missing from ${distDir}: build the site first`);
      thesaurus = indexThesaurus((await res.json()) as ThesaurusConcept[]);
      return thesaurus;
    },
  });
  return { ...search, index };
}

import { loadActors } from './actors/load.ts';
import { buildCorpus, defaultContentDir } from './corpus.ts';
import { ContentError, ContentErrors } from './errors.ts';
import { buildGlossary, loadGlossaryFile } from './glossary/glossary.ts';
import { buildLinkGraph } from './links/graph.ts';
import { loadCuratedLinks } from './links/curated.ts';
import { loadApparatus } from './notes/apparatus.ts';
import { buildQuantities } from './quantities/quantities.ts';
import { loadThesaurus } from './search/thesaurus.ts';

/**
 * Runs every content check before the site is built and returns the problems as printable
 * lines (file:line: what is wrong): the sources and items first, then every annotation file
 * against them. Anything else thrown is a bug, and is rethrown.
 */
export function validateContent(contentDir = defaultContentDir(), root = process.cwd()): string[] {
  const problems: string[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (e) {
      if (e instanceof ContentErrors) problems.push(...e.errors.map((x) => x.message));
      else if (e instanceof ContentError) problems.push(e.message);
      else throw e;
      return undefined;
    }
  };
  const corpus = attempt(() => buildCorpus(contentDir, root));
  if (!corpus) return problems;
  attempt(() => loadApparatus(corpus, contentDir, root));
  attempt(() => loadActors(contentDir, corpus, root));
  const glossary = attempt(() => buildGlossary(loadGlossaryFile(contentDir, root), corpus));
  attempt(() => loadThesaurus(corpus, contentDir, glossary ? new Set(glossary.terms.map((t) => t.id)) : undefined));
  attempt(() => buildQuantities(corpus, contentDir, root));
  if (glossary) attempt(() => buildLinkGraph({ corpus, glossary, features: [], curated: loadCuratedLinks(contentDir, root) }));
  return problems;
}

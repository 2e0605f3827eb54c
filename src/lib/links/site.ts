import { getActors } from '../actors/index.ts';
import { getCorpus } from '../corpus.ts';
import { getGlossary } from '../glossary/glossary.ts';
import { getThesaurus } from '../search/thesaurus.ts';
import { loadCuratedLinks } from './curated.ts';
import { type LinkGraph, buildLinkGraph, phraseFeatureSet, unitFeatureMap } from './graph.ts';
import { corpusUnits } from './units.ts';

let cached: LinkGraph | undefined;

/**
 * The site's link graph, built once per process: glossary terms, tagged actors and thesaurus
 * concepts (those without a glossary entry, which the terms already count) as shared features,
 * with content/links.yaml applied.
 */
export function getLinkGraph(): LinkGraph {
  if (cached) return cached;
  const corpus = getCorpus();
  const units = corpusUnits(corpus);
  const actors = getActors();
  const actorFeatures = {
    kind: 'actor' as const,
    byUnit: unitFeatureMap(actors.units.map((u) => ({ item: u.item, id: u.id, features: u.tags.map((t) => t.actor) })), corpus, units),
    label: (id: string) => actors.actor(id).name,
  };
  const topics = phraseFeatureSet(
    'topic',
    getThesaurus()
      .filter((c) => !c.glossary)
      .map((c) => ({ id: c.id, label: c.concept, phrases: c.terms })),
    units,
  );
  // With three kinds of feature, pairs sharing only two common actors (职工、企业) score about 3.
  cached = buildLinkGraph({ corpus, glossary: getGlossary(), features: [actorFeatures, topics], curated: loadCuratedLinks(), options: { minScore: 3.5 } });
  return cached;
}

import { type Actors, registeredTags } from '../actors/index.ts';
import type { YamlWithLines } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import type { GlossaryIndex } from '../glossary/glossary.ts';
import type { Thesaurus } from '../search/thesaurus-schema.ts';
import type { CuratedLinks } from './curated.ts';
import { type LinkGraph, buildLinkGraph, phraseFeatureSet, unitFeatureMap } from './graph.ts';
import type { Unit } from './units.ts';

export interface SiteLinkInputs {
  corpus: Corpus;
  units: readonly Unit[];
  actors: Actors;
  glossary: GlossaryIndex;
  thesaurus: Thesaurus;
  curated?: YamlWithLines<CuratedLinks> | undefined;
}

/**
 * The site's link graph: glossary terms, tagged actors and thesaurus concepts (those without a
 * glossary entry, which the terms already count) as shared features, with content/links.yaml
 * applied. Throws ContentErrors for curated links that do not resolve.
 */
export function siteLinkGraph({ corpus, units, actors, glossary, thesaurus, curated }: SiteLinkInputs): LinkGraph {
  const actorFeatures = {
    kind: 'actor' as const,
    byUnit: unitFeatureMap(
      actors.units.map((u) => ({ item: u.item, id: u.id, features: registeredTags(u).map((t) => t.actor) })),
      corpus,
      units,
    ),
    label: (id: string) => actors.actor(id).name,
  };
  const topics = phraseFeatureSet(
    'topic',
    thesaurus.filter((c) => !c.glossary).map((c) => ({ id: c.id, label: c.concept, phrases: c.terms })),
    units,
  );
  // With three kinds of feature, pairs sharing only two common actors (职工、企业) score about 3.
  return buildLinkGraph({
    corpus,
    units,
    glossary,
    features: [actorFeatures, topics],
    curated: curated ?? null,
    options: { minScore: 3.5 },
  });
}

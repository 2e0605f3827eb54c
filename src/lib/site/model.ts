// The site model: the corpus and every index built from it, once per build. Pages, exports and
// the search index all read this one object; the content checks are the checks made while
// building it, so what is checked is exactly what ships.
import { type ActorFiles, type Actors, buildActors } from '../actors/index.ts';
import type { AnnotationFiles } from '../content/annotations.ts';
import { ErrorCollector } from '../content/collect.ts';
import type { ParsedItem } from '../content/items.ts';
import { emptyYamlFile, withLines } from '../content/yaml.ts';
import type { ContentError } from '../errors.ts';
import { type Corpus, buildCorpus } from '../corpus.ts';
import { type GlossaryIndex, buildGlossary } from '../glossary/glossary.ts';
import { type Instruments, buildInstruments } from '../instruments/model.ts';
import { type Segment, corpusSegments } from '../glossary/segments.ts';
import type { LinkGraph } from '../links/graph.ts';
import { siteLinkGraph } from '../links/site.ts';
import { type Unit, corpusUnits } from '../links/units.ts';
import { type Apparatus, apparatusOf } from '../notes/apparatus.ts';
import { type QuantitiesPage, buildQuantities } from '../quantities/quantities.ts';
import { type TargetRow, extractTargets } from '../quantities/targets.ts';
import { type References, buildReferences } from '../references/relations.ts';
import { type Comparisons, buildComparisons } from '../compare/comparisons.ts';
import { buildThesaurus } from '../search/thesaurus.ts';
import type { Thesaurus } from '../search/thesaurus-schema.ts';
import { type ItemView, itemView } from '../view/item-view.ts';

/** What the site is built from: the parsed items and the annotation files, as the content layer holds them. */
export interface SiteInputs {
  items: ParsedItem[];
  files: AnnotationFiles;
}

export interface SiteModel {
  corpus: Corpus;
  /** Measures and news paragraphs as link and annotation units, in corpus order. */
  units: Unit[];
  /** Every sentence, part heading and subheading the glossary is matched in. */
  segments: Segment[];
  actors: Actors;
  glossary: GlossaryIndex;
  /** Editorial notes and parser repairs, placed in their sentences. */
  apparatus: Apparatus;
  thesaurus: Thesaurus;
  links: LinkGraph;
  quantities: QuantitiesPage;
  /** Policy instruments: the codebook and every codable unit's codes or reason for none (/instruments/). */
  instruments: Instruments;
  /** Sentences that set a deadline or a target figure, with who answers for them (/targets/). */
  targets: TargetRow[];
  /** Citations between documents, typed (cites, explains, implements, repeals), both ways. */
  references: References;
  /** The pairs of documents compared side by side (/compare/<a>/<b>/) and their alignments. */
  comparisons: Comparisons;
  /** What a person should look at but need not fix (file:line): printed by the build as warnings. */
  notices: ContentError[];
  /** What the pages of one item render (sentence HTML, margins), built on first use and kept. */
  view: (itemId: string) => ItemView;
}

/**
 * Builds the model, running every check on the way; throws ContentErrors with every problem
 * found (file:line: message), in the order: notes, actors, glossary, thesaurus, charts, links.
 */
export function buildSiteModel({ items, files }: SiteInputs): SiteModel {
  const corpus = buildCorpus(items);
  const units = corpusUnits(corpus);
  const segments = corpusSegments(corpus, units);
  const problems = new ErrorCollector();
  const notices: ContentError[] = [];
  const apparatus = problems.attempt(() => apparatusOf(corpus, files.notes));
  const actors = problems.attempt(() => buildActors(files satisfies ActorFiles, corpus, notices));
  const glossary = problems.attempt(() =>
    buildGlossary(files.glossary ? withLines(files.glossary) : emptyYamlFile('glossary.yaml', []), corpus, { units, segments }),
  );
  const thesaurus = problems.attempt(() =>
    buildThesaurus(
      files.thesaurus ? withLines(files.thesaurus) : emptyYamlFile('thesaurus.yaml', []),
      corpus,
      glossary && new Set(glossary.terms.map((t) => t.id)),
      notices,
    ),
  );
  const quantities = problems.attempt(() => buildQuantities(corpus, files.charts && withLines(files.charts)));
  const instruments = problems.attempt(() => buildInstruments(files, corpus, actors ? actors.registry.flatMap((a) => a.aliases) : []));
  const links =
    actors && glossary && thesaurus
      ? problems.attempt(() =>
          siteLinkGraph({ corpus, units, actors, glossary, thesaurus, curated: files.links && withLines(files.links) }),
        )
      : undefined;
  problems.throwIfAny();
  const references = buildReferences(corpus, units);
  const model: SiteModel = {
    corpus,
    units,
    segments,
    actors: actors!,
    glossary: glossary!,
    apparatus: apparatus!,
    thesaurus: thesaurus!,
    links: links!,
    quantities: quantities!,
    instruments: instruments!,
    targets: extractTargets({ corpus, units, actors: actors!, quantities: quantities!.quantities }),
    references,
    comparisons: buildComparisons({ corpus, units, repeated: links!.repeated, references, glossary: glossary!, actors: actors! }),
    notices,
    view: (id) => {
      let view = views.get(id);
      if (!view) views.set(id, (view = itemView(model, id)));
      return view;
    },
  };
  const views = new Map<string, ItemView>();
  return model;
}

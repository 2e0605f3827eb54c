// The collections of the content layer: the parsed items and the annotation files of the content
// directory (./content, or CONTENT_DIR). Each loader validates its files with its own zod schema
// and reports problems as file:line; the schemas here give getCollection its types.
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { ActorRegistry, ActorTagFile } from './lib/actors/schema.ts';
import { contentDir } from './lib/content/dir.ts';
import { actorTagsLoader, annotationFileLoader, instrumentCodesLoader, itemsLoader } from './lib/content/loaders.ts';
import { ParsedItemSchema } from './lib/content/items.ts';
import { yamlFileSchema } from './lib/content/yaml.ts';
import { Glossary } from './lib/glossary/schema.ts';
import { Codebook, InstrumentCodeFile } from './lib/instruments/schema.ts';
import { CuratedLinks } from './lib/links/curated.ts';
import { NotesFile } from './lib/notes/schema.ts';
import { ChartSpecs } from './lib/quantities/charts.ts';
import { Thesaurus } from './lib/search/thesaurus-schema.ts';

const dir = contentDir();

export const collections = {
  /** Every document and news item, parsed into its unist tree. */
  items: defineCollection({ loader: itemsLoader(dir), schema: ParsedItemSchema }),
  /** actors.yaml: the actor registry. */
  actors: defineCollection({ loader: annotationFileLoader(dir, 'actors'), schema: yamlFileSchema(ActorRegistry) }),
  /** actor-tags/<item>.yaml: who is responsible for each measure of an item. */
  actorTags: defineCollection({ loader: actorTagsLoader(dir), schema: yamlFileSchema(ActorTagFile).extend({ item: z.string() }) }),
  /** glossary.yaml: the terms of the texts. */
  glossary: defineCollection({ loader: annotationFileLoader(dir, 'glossary'), schema: yamlFileSchema(Glossary) }),
  /** notes.yaml: editorial notes on exact quoted words. */
  notes: defineCollection({ loader: annotationFileLoader(dir, 'notes'), schema: yamlFileSchema(NotesFile) }),
  /** thesaurus.yaml: readers' words for the texts' concepts. */
  thesaurus: defineCollection({ loader: annotationFileLoader(dir, 'thesaurus'), schema: yamlFileSchema(Thesaurus) }),
  /** links.yaml: curated cross-links. */
  links: defineCollection({ loader: annotationFileLoader(dir, 'links'), schema: yamlFileSchema(CuratedLinks) }),
  /** quantities.yaml: the charts of the figures page. */
  charts: defineCollection({ loader: annotationFileLoader(dir, 'charts'), schema: yamlFileSchema(ChartSpecs) }),
  /** instruments.yaml: the policy-instrument codebook. */
  instruments: defineCollection({ loader: annotationFileLoader(dir, 'instruments'), schema: yamlFileSchema(Codebook) }),
  /** instrument-codes/<doc>.yaml: hand reviews of the machine's instrument codes. */
  instrumentCodes: defineCollection({
    loader: instrumentCodesLoader(dir),
    schema: yamlFileSchema(InstrumentCodeFile).extend({ item: z.string() }),
  }),
};

// The annotation files of a content directory, each read and validated against its own schema,
// as plain data (they go through Astro's content layer unchanged). Every file is optional but
// one: with an actor registry, the actor-tags folder must exist. Checks against the corpus are
// made later, when the site model is built (src/lib/site/model.ts).
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { ActorRegistry, ActorTagFile } from '../actors/schema.ts';
import { ContentError } from '../errors.ts';
import { Glossary } from '../glossary/schema.ts';
import { Codebook, InstrumentCodeFile } from '../instruments/schema.ts';
import { CuratedLinks } from '../links/curated.ts';
import { NotesFile } from '../notes/schema.ts';
import { ChartSpecs } from '../quantities/charts.ts';
import { Thesaurus } from '../search/thesaurus-schema.ts';
import { ErrorCollector } from './collect.ts';
import { isPresent, yamlFilesIn } from './content-file.ts';
import { readOptionalYamlFile, readYamlFile, type YamlFile } from './yaml.ts';

/** An actor tag file, with the item it tags (its file name). */
export type ActorTagsFile = YamlFile<ActorTagFile> & { item: string };
/** A hand review of one document's instrument codes, with the document (its file name). */
export type InstrumentCodesFile = YamlFile<InstrumentCodeFile> & { item: string };

export interface AnnotationFiles {
  /** actors.yaml: the actor registry. */
  actors?: YamlFile<ActorRegistry> | undefined;
  /** actor-tags/<item>.yaml: who is responsible for each measure of one item. */
  actorTags: ActorTagsFile[];
  /** Where the actor tag files live, relative to the project root, for errors. */
  actorTagsDir: string;
  /** glossary.yaml: terms of the texts. */
  glossary?: YamlFile<Glossary> | undefined;
  /** notes.yaml: editorial notes on exact quoted words. */
  notes?: YamlFile<NotesFile> | undefined;
  /** thesaurus.yaml: readers' words for the texts' concepts. */
  thesaurus?: YamlFile<Thesaurus> | undefined;
  /** links.yaml: curated cross-links (add or veto). */
  links?: YamlFile<CuratedLinks> | undefined;
  /** quantities.yaml: the charts of the figures page. */
  charts?: YamlFile<ChartSpecs> | undefined;
  /** instruments.yaml: the policy-instrument codebook. */
  instruments?: YamlFile<Codebook> | undefined;
  /** instrument-codes/<doc>.yaml: hand reviews of the machine's instrument codes. */
  instrumentCodes: InstrumentCodesFile[];
}

/** The single-file annotations: their file names and schemas. */
export const ANNOTATION_FILES = {
  actors: { name: 'actors.yaml', schema: ActorRegistry },
  glossary: { name: 'glossary.yaml', schema: Glossary },
  notes: { name: 'notes.yaml', schema: NotesFile },
  thesaurus: { name: 'thesaurus.yaml', schema: Thesaurus },
  links: { name: 'links.yaml', schema: CuratedLinks },
  charts: { name: 'quantities.yaml', schema: ChartSpecs },
  instruments: { name: 'instruments.yaml', schema: Codebook },
} as const;

export type AnnotationKind = keyof typeof ANNOTATION_FILES;
type AnnotationData<K extends AnnotationKind> = z.infer<(typeof ANNOTATION_FILES)[K]['schema']>;

export const ACTOR_TAGS_DIR = 'actor-tags';
export const INSTRUMENT_CODES_DIR = 'instrument-codes';

/** One optional annotation file of the content directory. */
export function readAnnotationFile<K extends AnnotationKind>(contentDir: string, kind: K, root = process.cwd()): YamlFile<AnnotationData<K>> | undefined {
  const { name, schema } = ANNOTATION_FILES[kind];
  return readOptionalYamlFile(join(contentDir, name), schema, { contentDir, kind: 'annotation', root }) as YamlFile<AnnotationData<K>> | undefined;
}

/** The actor tag files; the folder is required once there is a registry. */
export function readActorTags(contentDir: string, root = process.cwd()): ActorTagsFile[] {
  const dir = join(contentDir, ACTOR_TAGS_DIR);
  if (!isPresent(dir)) {
    if (isPresent(join(contentDir, ANNOTATION_FILES.actors.name))) throw new ContentError(relative(root, dir), undefined, 'the actor tag folder is missing');
    return [];
  }
  return readItemFiles(contentDir, dir, ActorTagFile, root);
}

/** The hand reviews of instrument codes; the folder is optional (every document builds on machine codes alone). */
export function readInstrumentCodes(contentDir: string, root = process.cwd()): InstrumentCodesFile[] {
  const dir = join(contentDir, INSTRUMENT_CODES_DIR);
  return isPresent(dir) ? readItemFiles(contentDir, dir, InstrumentCodeFile, root) : [];
}

/** Every YAML file of a folder of per-item files, validated, with the item its name gives. */
function readItemFiles<S extends z.ZodType>(contentDir: string, dir: string, schema: S, root: string): Array<YamlFile<z.infer<S>> & { item: string }> {
  const problems = new ErrorCollector();
  const files = yamlFilesIn(dir, root).flatMap((name) => {
    const file = problems.attempt(() => readYamlFile(join(dir, name), schema, { contentDir, kind: 'annotation', root }));
    return file ? [{ ...file, item: name.replace(/\.ya?ml$/, '') }] : [];
  });
  problems.throwIfAny();
  return files;
}

/** Every annotation file, read and validated; throws ContentErrors with every problem. */
export function readAnnotations(contentDir: string, root = process.cwd()): AnnotationFiles {
  const problems = new ErrorCollector();
  const one = <K extends AnnotationKind>(kind: K) => problems.attempt(() => readAnnotationFile(contentDir, kind, root));
  const files: AnnotationFiles = {
    actors: one('actors'),
    actorTags: problems.attempt(() => readActorTags(contentDir, root)) ?? [],
    actorTagsDir: relative(root, join(contentDir, ACTOR_TAGS_DIR)),
    glossary: one('glossary'),
    notes: one('notes'),
    thesaurus: one('thesaurus'),
    links: one('links'),
    charts: one('charts'),
    instruments: one('instruments'),
    instrumentCodes: problems.attempt(() => readInstrumentCodes(contentDir, root)) ?? [],
  };
  problems.throwIfAny();
  return files;
}

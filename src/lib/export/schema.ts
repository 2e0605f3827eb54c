import { z } from 'zod';
import { ItemKind } from '../schema/item-meta.ts';
import { Repair, Span } from '../schema/tree.ts';

/**
 * The published shape of /data/corpus.json. A public contract: ids and URLs are the site's,
 * spans are offsets (UTF-16 code units) into the named source file.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.url();

export const ExportSentence = z.object({
  id: z.string().describe('Sentence id within its item, e.g. m14-s3'),
  ref: z.string().describe('Item id and sentence id, e.g. 2024-chanye-gongren#m14-s3'),
  url: url.describe('Permalink of the sentence'),
  text: z.string().min(1),
  span: Span,
  paragraph: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});

export const ExportMeasure = z.object({
  id: z.string(),
  n: z.number().int().positive(),
  numeral: z.string(),
  label: z.string().describe('The number as printed, e.g. (十四)'),
  lead: z.string().nullable(),
  url,
  sentences: z.array(ExportSentence).min(1),
});

export const ExportPart = z.object({
  id: z.string(),
  n: z.number().int().positive(),
  numeral: z.string(),
  heading: z.string(),
  url,
  sentences: z.array(ExportSentence),
  measures: z.array(ExportMeasure),
});

const Source = z.object({ file: z.string(), slice: Span });

const ItemBase = {
  id: z.string(),
  title: z.string(),
  titleEditorial: z.boolean(),
  published: isoDate,
  publisher: z.string(),
  place: z.string().optional(),
  summary: z.string().optional(),
  url,
  source: Source,
  repairs: z.array(Repair),
};

export const ExportDocument = z.object({
  ...ItemBase,
  kind: z.literal('opinion'),
  shortTitle: z.string().optional(),
  issuers: z.array(z.string()).min(1),
  docNumber: z.string().optional(),
  date: isoDate.optional(),
  printedTitle: z.string(),
  dateLine: z.string().nullable(),
  preamble: z.array(ExportSentence),
  parts: z.array(ExportPart).min(1),
});

export const ExportNewsBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subheading'), id: z.string(), text: z.string(), url }),
  z.object({ type: z.literal('paragraph'), sentences: z.array(ExportSentence).min(1) }),
]);

export const ExportNews = z.object({
  ...ItemBase,
  kind: ItemKind.exclude(['opinion']),
  credit: z.string().optional(),
  blocks: z.array(ExportNewsBlock),
});

export const ExportTerm = z.object({
  id: z.string(),
  term: z.string(),
  forms: z.array(z.string()).min(1),
  definition: z.string(),
  english: z.string(),
  source: z.string(),
  related: z.array(z.string()).describe('Item ids, or item id # unit id'),
  url,
  occurrences: z.array(
    z.object({
      ref: z.string().describe('Item id # sentence or heading id'),
      url,
      form: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      first: z.boolean().describe('First mention of the term in its measure or news item'),
    }),
  ),
});

/** Actors and notes come from their own modules; the export requires only an id of each. */
export const ExportActor = z.looseObject({ id: z.string(), name: z.string() });
export const ExportNote = z.looseObject({ id: z.string() });

export const CorpusExport = z.object({
  format: z.literal('policy-reader-corpus'),
  version: z.literal(1),
  site: url,
  documents: z.array(ExportDocument),
  news: z.array(ExportNews),
  terms: z.array(ExportTerm),
  actors: z.array(ExportActor).optional(),
  notes: z.array(ExportNote).optional(),
});
export type CorpusExport = z.infer<typeof CorpusExport>;
export type ExportSentence = z.infer<typeof ExportSentence>;

/** The JSON Schema published beside the export, generated from the zod schema above. */
export function corpusJsonSchema(site: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CorpusExport, { target: 'draft-2020-12' }),
    $id: `${site.replace(/\/+$/, '')}/data/corpus.schema.json`,
    title: 'Policy reader corpus export',
  };
}

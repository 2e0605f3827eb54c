import { z } from 'zod';
import { ItemKind } from '../schema/item-meta.ts';
import { UNIT_KINDS } from '../units/units.ts';

/**
 * The published shape of /data/corpus.json. A public contract: ids and URLs are the site's,
 * spans are offsets (UTF-16 code units) into the named source file.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.url();
const offset = z.number().int().nonnegative();

/** [start, end) offsets, in UTF-16 code units, into the item's source file. */
export const Span = z.tuple([offset, offset]);

/** A word joined back together where a page or column break cut it. */
export const Repair = z.object({
  id: z.string().describe('r1…, counted across the item'),
  kind: z.literal('page-break-join'),
  sentence: z.string().describe('Id of the sentence the join falls in'),
  before: z.string().describe('Text before the cut, as printed'),
  after: z.string().describe('Text after the cut, as printed'),
  removed: z.string().describe('What the repair removed from the source (the blank line)'),
  span: Span.describe('Where the removed text was'),
  line: z.number().int().positive(),
});

export const ExportSentence = z.object({
  id: z.string().describe('Sentence id within its item, e.g. m14-s3'),
  ref: z.string().describe('Item id and sentence id, e.g. 2024-chanye-gongren#m14-s3'),
  url: url.describe('Permalink of the sentence'),
  text: z.string().min(1),
  span: Span,
  paragraph: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});

export const UnitKind = z.enum(UNIT_KINDS);

/** One unit of a document's unit list (src/lib/units/units.ts), in reading order. */
export const ExportUnit = z.object({
  id: z.string().describe('Unique in its document: m14, art5, p1, ch2-sec1, preamble, closing, att1, notice'),
  ref: z.string().describe('Document id and unit id, e.g. 2024-chanye-gongren#m14'),
  kind: UnitKind,
  kindName: z.string().describe('What the kind is called: 措施, 条, 部分, 章, 结语…'),
  label: z.string().describe('The label as printed, e.g. (十四), 第五条, 一、; empty where none is printed'),
  heading: z.string().nullable().describe("A division's heading, a measure's lead, an attachment's title"),
  n: z.number().int().nonnegative().nullable().describe('The printed number, e.g. 14 for (十四)'),
  parent: z.string().nullable().describe('Id of the unit it lies in'),
  part: z.string().nullable().describe('Id of the part or chapter it lies in'),
  url: url.describe('Permalink of the unit'),
  sentences: z.array(ExportSentence).describe('Its own sentences (not those of a unit inside it)'),
  lines: z.array(z.object({ text: z.string(), span: Span })).describe("A table's cells row by row, a signature's lines"),
});

const Source = z.object({
  file: z.string(),
  slice: Span.describe("Where the item lies in the source's text; for a saved page (.html), in the text derived from its article body"),
});

const ItemBase = {
  id: z.string(),
  title: z.string(),
  titleEditorial: z.boolean(),
  /** Who published the copy reproduced; absent for a document taken from its issuer's text. */
  publisher: z.string().optional(),
  place: z.string().optional(),
  summary: z.string().optional(),
  url,
  source: Source,
  repairs: z.array(Repair),
};

export const ExportDocument = z.object({
  ...ItemBase,
  kind: ItemKind.exclude(['news', 'photo']),
  published: isoDate.optional().describe('Publication of the copy reproduced; absent for a text that carries no date and came with none'),
  kindName: z.string().describe('What the kind is called: 意见, 条例, 通知…'),
  shortTitle: z.string().optional(),
  issuers: z.array(z.string()),
  docNumber: z.string().optional(),
  date: isoDate.optional(),
  printedTitle: z
    .string()
    .nullable()
    .describe('The title as the text prints it; null for a text that prints none (titleFrom says where the title comes from)'),
  titleFrom: z
    .enum(['page', 'table', 'given'])
    .optional()
    .describe("Where the title comes from when the text does not print it: the page's heading, a metadata table, the person who added it"),
  indexNumber: z.string().optional().describe("索引号: the issuer's catalogue number"),
  topic: z.string().optional().describe("主题分类: the subject the issuer's catalogue files it under"),
  sourceUrl: z.string().optional().describe('The address of the web page the text was taken from'),
  dateLine: z.string().nullable(),
  units: z.array(ExportUnit).min(1).describe('Every unit of the document in reading order'),
});

export const ExportNewsBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subheading'), id: z.string(), text: z.string(), url }),
  z.object({ type: z.literal('paragraph'), sentences: z.array(ExportSentence).min(1) }),
]);

export const ExportNews = z.object({
  ...ItemBase,
  kind: z.enum(['news', 'photo']),
  published: isoDate,
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
  version: z.literal(2).describe('2: documents are lists of units (1 had preamble and parts)'),
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

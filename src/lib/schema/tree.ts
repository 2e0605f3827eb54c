import { z } from 'zod';
import { FurnitureRole } from './item-meta.ts';

/** [start, end) offsets, in UTF-16 code units, into the item's source file. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export const Sentence = z.object({
  id: z.string(),
  text: z.string().min(1),
  span: Span,
  /** Index of the paragraph within its parent, from 0. */
  paragraph: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});
export type Sentence = z.infer<typeof Sentence>;

/** A word joined back together where a page or column break cut it. */
export const Repair = z.object({
  id: z.string(),
  kind: z.literal('page-break-join'),
  sentence: z.string(),
  /** Text before and after the cut, as printed. */
  before: z.string(),
  after: z.string(),
  /** What the repair removed from the source (the blank line), and where. */
  removed: z.string(),
  span: Span,
  line: z.number().int().positive(),
});
export type Repair = z.infer<typeof Repair>;

export const Furniture = z.object({ role: FurnitureRole, text: z.string(), span: Span, line: z.number().int() });
export type Furniture = z.infer<typeof Furniture>;

export const Measure = z.object({
  id: z.string(),
  n: z.number().int().positive(),
  numeral: z.string(),
  /** The numeral as printed, e.g. (十四) or （十四）. */
  label: z.string(),
  labelSpan: Span,
  part: z.string(),
  /** Its heading: the first sentence up to the first 。, when the measure opens with one. */
  lead: z.string().nullable(),
  sentences: z.array(Sentence).min(1),
  line: z.number().int().positive(),
});
export type Measure = z.infer<typeof Measure>;

export const Part = z.object({
  id: z.string(),
  n: z.number().int().positive(),
  numeral: z.string(),
  heading: z.string(),
  headingSpan: Span,
  sentences: z.array(Sentence),
  measures: z.array(Measure),
  line: z.number().int().positive(),
});
export type Part = z.infer<typeof Part>;

export const DocumentTree = z.object({
  type: z.literal('document'),
  printedTitle: z.object({ text: z.string(), span: Span }),
  dateLine: z.object({ text: z.string(), span: Span, date: z.string() }).nullable(),
  preamble: z.array(Sentence),
  parts: z.array(Part),
  furniture: z.array(Furniture),
  repairs: z.array(Repair),
});
export type DocumentTree = z.infer<typeof DocumentTree>;

export const NewsBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subheading'), id: z.string(), text: z.string(), span: Span }),
  z.object({ type: z.literal('paragraph'), sentences: z.array(Sentence).min(1) }),
]);
export type NewsBlock = z.infer<typeof NewsBlock>;

export const NewsTree = z.object({
  type: z.literal('news'),
  blocks: z.array(NewsBlock),
  furniture: z.array(Furniture),
  repairs: z.array(Repair),
});
export type NewsTree = z.infer<typeof NewsTree>;

export const ItemTree = z.discriminatedUnion('type', [DocumentTree, NewsTree]);
export type ItemTree = z.infer<typeof ItemTree>;

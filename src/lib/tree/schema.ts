// The zod schema of an item's unist tree (src/lib/tree/nodes.ts), for the items loader to store
// roots in Astro's content layer and read them back checked. Strict objects: it accepts the trees
// the parser makes and nothing with a field more or less. The tree has a fixed depth (root, part,
// measure, paragraph, sentence), so no schema needs z.lazy.
import { z } from 'zod';
import { FurnitureRole } from '../schema/item-meta.ts';

const offset = z.number().int().nonnegative();
const line = z.number().int().positive();

/** [start, end) offsets, in UTF-16 code units, into the item's source file. */
export const Span = z.tuple([offset, offset]);
export type Span = z.infer<typeof Span>;

const Point = z.strictObject({
  /** 1-based line in the source file. */
  line,
  /** 1-based column, in UTF-16 code units. */
  column: z.number().int().positive(),
  /** 0-based offset into the source file, in UTF-16 code units. */
  offset,
});

const Position = z.strictObject({
  /** Place of the first character. */
  start: Point,
  /** Place just after the last character. */
  end: Point,
});

/** A word joined back together where a page or column break cut it. */
export const Repair = z.strictObject({
  /** `r1`…, counted across the item. */
  id: z.string(),
  /** The only kind of repair the parser makes. */
  kind: z.literal('page-break-join'),
  /** Id of the sentence the join falls in. */
  sentence: z.string(),
  /** Text before the cut, as printed. */
  before: z.string(),
  /** Text after the cut, as printed. */
  after: z.string(),
  /** What the repair removed from the source (the blank line). */
  removed: z.string(),
  /** Where the removed text was. */
  span: Span,
  /** Line of the cut. */
  line,
});
export type Repair = z.infer<typeof Repair>;

const Sentence = z.strictObject({
  /** Node type. */
  type: z.literal('sentence'),
  /** `m14-s3`, `p1-s2`, `preamble-s1`, or `s12` in a news item. */
  id: z.string(),
  /** The sentence as printed, repairs joined. */
  text: z.string().min(1),
  /** Where it lies in the source (a repaired sentence spans the removed break). */
  span: Span,
  /** Index of its paragraph within its parent, from 0. */
  paragraph: z.number().int().nonnegative(),
  /** Line of its first character. */
  line,
  /** Its place in the source file. */
  position: Position,
});

const Paragraph = z.strictObject({
  /** Node type. */
  type: z.literal('paragraph'),
  /** Its sentences, at least one. */
  children: z.array(Sentence).min(1),
  /** Its place in the source file. */
  position: Position,
});

const Measure = z.strictObject({
  /** Node type. */
  type: z.literal('measure'),
  /** `m14`. */
  id: z.string(),
  /** Its number, 14 for （十四）. */
  n: z.number().int().positive(),
  /** The numeral as printed, 十四. */
  numeral: z.string(),
  /** The label as printed, brackets included. */
  label: z.string(),
  /** Where the label lies in the source. */
  labelSpan: Span,
  /** Id of its part. */
  part: z.string(),
  /** Its heading sentence without the 。, when it opens with one. */
  lead: z.string().nullable(),
  /** Line of its label. */
  line,
  /** Its paragraphs, at least one. */
  children: z.array(Paragraph).min(1),
  /** Its place in the source file, from the label. */
  position: Position,
});

const Part = z.strictObject({
  /** Node type. */
  type: z.literal('part'),
  /** `p6`. */
  id: z.string(),
  /** Its number. */
  n: z.number().int().positive(),
  /** The numeral as printed. */
  numeral: z.string(),
  /** The heading after 、. */
  heading: z.string(),
  /** Where the whole heading line lies in the source. */
  headingSpan: Span,
  /** Line of its heading. */
  line,
  /** The paragraphs before its first measure, then its measures. */
  children: z.array(z.discriminatedUnion('type', [Paragraph, Measure])),
  /** Its place in the source file, from the heading. */
  position: Position,
});

const Preamble = z.strictObject({
  /** Node type. */
  type: z.literal('preamble'),
  /** The paragraphs before the first part, at least one. */
  children: z.array(Paragraph).min(1),
  /** Its place in the source file. */
  position: Position,
});

const Title = z.strictObject({
  /** Node type. */
  type: z.literal('title'),
  /** The title line as printed. */
  text: z.string().min(1),
  /** Where it lies in the source. */
  span: Span,
  /** Its place in the source file. */
  position: Position,
});

const DateLine = z.strictObject({
  /** Node type. */
  type: z.literal('dateLine'),
  /** The date line as printed. */
  text: z.string(),
  /** Where it lies in the source. */
  span: Span,
  /** The date it says, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Its place in the source file. */
  position: Position,
});

const Furniture = z.strictObject({
  /** Node type. */
  type: z.literal('furniture'),
  /** What the metadata says it is. */
  role: FurnitureRole,
  /** The furniture as printed. */
  text: z.string().min(1),
  /** Where it lies in the source. */
  span: Span,
  /** Its line. */
  line,
  /** Its place in the source file. */
  position: Position,
});

const Subheading = z.strictObject({
  /** Node type. */
  type: z.literal('subheading'),
  /** `h1`…, counted across the item. */
  id: z.string(),
  /** The subheading as printed. */
  text: z.string().min(1),
  /** Where it lies in the source. */
  span: Span,
  /** Its place in the source file. */
  position: Position,
});

const ItemData = z.strictObject({
  /** Every repair of the item, in source order. */
  repairs: z.array(Repair),
});

export const DocumentRootSchema = z.strictObject({
  /** Node type. */
  type: z.literal('document'),
  /** Furniture, title, date line, preamble and parts, in source order. */
  children: z.array(z.discriminatedUnion('type', [Furniture, Title, DateLine, Preamble, Part])),
  /** The repairs. */
  data: ItemData,
  /** The item's slice of its source file. */
  position: Position,
});

export const NewsRootSchema = z.strictObject({
  /** Node type. */
  type: z.literal('news'),
  /** Furniture, subheadings and paragraphs, in source order. */
  children: z.array(z.discriminatedUnion('type', [Furniture, Subheading, Paragraph])),
  /** The repairs. */
  data: ItemData,
  /** The item's slice of its source file. */
  position: Position,
});

/** An item's tree as the content layer stores it. */
export const ItemRootSchema = z.discriminatedUnion('type', [DocumentRootSchema, NewsRootSchema]);

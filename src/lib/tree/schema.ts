// The zod schema of an item's unist tree (src/lib/tree/nodes.ts), for the items loader to store
// roots in Astro's content layer and read them back checked. Strict objects: it accepts the trees
// the parser makes and nothing with a field more or less. The tree has a fixed depth (root, part,
// measure, paragraph, sentence; root, chapter, article, clause, item, sentence), so no schema needs z.lazy.
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
  /** Absent for a measure; `point` for a numbered point 第一，… of a speech, id `p3-pt1`. */
  kind: z.literal('point').optional(),
});

const Item = z.strictObject({
  /** Node type. */
  type: z.literal('item'),
  /** Its number within its article. */
  n: z.number().int().positive(),
  /** The numeral as printed. */
  numeral: z.string(),
  /** The label as printed: （三）. */
  label: z.string(),
  /** Where the label lies in the source. */
  labelSpan: Span,
  /** Line of its label. */
  line,
  /** Its sentences, at least one. */
  children: z.array(Sentence).min(1),
  /** Its place in the source file, from the label. */
  position: Position,
});

const Clause = z.strictObject({
  /** Node type. */
  type: z.literal('clause'),
  /** `art5-para2`. */
  id: z.string(),
  /** Its place in the article, from 1. */
  n: z.number().int().positive(),
  /** Line of its first character. */
  line,
  /** Its sentences, then its items. */
  children: z.array(z.discriminatedUnion('type', [Sentence, Item])).min(1),
  /** Its place in the source file. */
  position: Position,
});

const Article = z.strictObject({
  /** Node type. */
  type: z.literal('article'),
  /** `art5`. */
  id: z.string(),
  /** Its number, 5 for 第五条. */
  n: z.number().int().positive(),
  /** The numeral as printed. */
  numeral: z.string(),
  /** The label as printed: 第五条. */
  label: z.string(),
  /** Where the label lies in the source. */
  labelSpan: Span,
  /** Id of its chapter. */
  part: z.string(),
  /** Articles have no heading sentence. */
  lead: z.null(),
  /** Line of its label. */
  line,
  /** Its paragraphs (款), at least one. */
  children: z.array(Clause).min(1),
  /** Its place in the source file, from the label. */
  position: Position,
});

const Chapter = z.strictObject({
  /** Node type. */
  type: z.literal('chapter'),
  /** `ch2`. */
  id: z.string(),
  /** Its number. */
  n: z.number().int().positive(),
  /** The numeral as printed. */
  numeral: z.string(),
  /** The label as printed: 第二章. */
  label: z.string(),
  /** Where the label lies in the source. */
  labelSpan: Span,
  /** The heading after the label. */
  heading: z.string(),
  /** Where the heading lies in the source. */
  headingSpan: Span,
  /** Line of its heading. */
  line,
  /** Any paragraphs before its first article, then its articles. */
  children: z.array(z.discriminatedUnion('type', [Paragraph, Article])),
  /** Its place in the source file, from the label. */
  position: Position,
});

const Closing = z.strictObject({
  /** Node type. */
  type: z.literal('closing'),
  /** Its paragraphs, at least one. */
  children: z.array(Paragraph).min(1),
  /** Its place in the source file. */
  position: Position,
});

const Attachment = z.strictObject({
  /** Node type. */
  type: z.literal('attachment'),
  /** `att1`. */
  id: z.string(),
  /** Its number, from 1. */
  n: z.number().int().positive(),
  /** The heading line as printed. */
  heading: z.string().min(1),
  /** Where the heading lies in the source. */
  headingSpan: Span,
  /** Line of its heading. */
  line,
  /** Its paragraphs. */
  children: z.array(Paragraph),
  /** Its place in the source file. */
  position: Position,
});

const SignatureLine = z.strictObject({
  /** The line as printed. */
  text: z.string().min(1),
  /** Where it lies in the source. */
  span: Span,
});

const Signature = z.strictObject({
  /** Node type. */
  type: z.literal('signature'),
  /** A byline under the title, or a block after the text. */
  place: z.enum(['byline', 'end']),
  /** Its lines, at least one. */
  lines: z.array(SignatureLine).min(1),
  /** Its place in the source file. */
  position: Position,
});

const Salutation = z.strictObject({
  /** Node type. */
  type: z.literal('salutation'),
  /** The salutation as printed. */
  text: z.string().min(1),
  /** Where it lies in the source. */
  span: Span,
  /** Its place in the source file. */
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
  /** The 。 ending a heading written with its text on the same line. */
  headingStop: z.string().optional(),
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
  /** The date it says, YYYY-MM-DD (of an adoption note: its latest date). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Its place in the source file. */
  position: Position,
  /** An adoption note or history: every date it names, with the words that go with it. */
  history: z.array(z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: z.string() })).optional(),
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

/** A line the parser could not place. */
const Anomaly = z.strictObject({
  /** The only kind there is. */
  kind: z.literal('unplaced-line'),
  /** Its line. */
  line,
  /** Where it lies in the source. */
  span: Span,
  /** Why it could not be placed. */
  reason: z.string(),
});

const ItemData = z.strictObject({
  /** Every repair of the item, in source order. */
  repairs: z.array(Repair),
  /** Lines the parser could not place, when there are any. */
  anomalies: z.array(Anomaly).optional(),
});

export const DocumentRootSchema = z.strictObject({
  /** Node type. */
  type: z.literal('document'),
  /** Furniture, title, date line, preamble and parts, in source order. */
  children: z.array(
    z.discriminatedUnion('type', [Furniture, Title, DateLine, Signature, Salutation, Preamble, Part, Chapter, Closing, Attachment]),
  ),
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

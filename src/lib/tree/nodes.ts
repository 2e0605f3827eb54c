// The unist tree of an official document or a news item: what the remark plugin
// (src/lib/remark-official-document.ts) makes of remark-parse's tree, what the items loader
// stores in Astro's content layer, and what the pages walk. Every node has a `position` in its
// whole source file (line, column, offset), so unist-util-visit and vfile messages can report on
// it. Offsets and `span`s are in UTF-16 code units into the source file, end exclusive.
import type { Data, Node, Parent, Position } from 'unist';
import type { FurnitureRole } from '../schema/item-meta.ts';

/** [start, end) offsets into the item's source file. */
export type Span = [number, number];

interface Placed extends Node {
  position: Position;
}

// A node with children and a required position. unist's Parent has `position` optional, so an
// interface cannot extend both Parent and Placed (TS2320); this one narrows Parent itself.
interface PlacedParent extends Parent {
  position: Position;
}

/** One sentence: the unit every id, permalink, citation and annotation points at. */
export interface SentenceNode extends Placed {
  type: 'sentence';
  /** `m14-s3`, `p1-s2`, `preamble-s1`, or `s12` in a news item. */
  id: string;
  /** The sentence exactly as printed (repairs joined, nothing else changed). */
  text: string;
  span: Span;
  /** Index of its paragraph within its parent (preamble, part or measure), from 0. */
  paragraph: number;
  /** 1-based line of its first character in the source. */
  line: number;
}

/** A paragraph as printed: one or more sentences. */
export interface ParagraphNode extends PlacedParent {
  type: 'paragraph';
  children: SentenceNode[];
}

/** A measure （十四） of an opinion, numbered continuously across parts. */
export interface MeasureNode extends PlacedParent {
  type: 'measure';
  /** `m14`. */
  id: string;
  /** Its number: 14 for （十四）. */
  n: number;
  /** The numeral as printed, 十四. */
  numeral: string;
  /** The label as printed, brackets included: （十四） or (十四). */
  label: string;
  labelSpan: Span;
  /** Id of the part it belongs to. */
  part: string;
  /** Its heading: the first sentence up to the first 。, when the measure opens with one. */
  lead: string | null;
  line: number;
  children: ParagraphNode[];
  /**
   * Absent for a measure. `point`: a numbered point 第一，… of a speech or explanation, numbered
   * within its section, with the id `p3-pt1`.
   */
  kind?: 'point' | undefined;
}

/** An item (项) （三） of an article: numbered within its article, cited 第五条第二款第（三）项. */
export interface ItemNode extends PlacedParent {
  type: 'item';
  n: number;
  numeral: string;
  /** The label as printed: （三）. */
  label: string;
  labelSpan: Span;
  line: number;
  children: SentenceNode[];
}

/** A paragraph (款) of an article: its own sentences, then the items (项) it lists. */
export interface ClauseNode extends PlacedParent {
  type: 'clause';
  /** `art5-para2`. */
  id: string;
  /** Its place in the article, from 1: 第二款. */
  n: number;
  line: number;
  children: Array<SentenceNode | ItemNode>;
}

/** An article 第五条 of a regulation, numbered continuously across chapters. */
export interface ArticleNode extends PlacedParent {
  type: 'article';
  /** `art5`. */
  id: string;
  n: number;
  numeral: string;
  /** The label as printed: 第五条. */
  label: string;
  labelSpan: Span;
  /** Id of the chapter it belongs to (named `part` as a measure's is, so the outline reads both alike). */
  part: string;
  /** Articles have no heading sentence. */
  lead: null;
  line: number;
  children: ClauseNode[];
}

/** A chapter 第二章 of a regulation: its heading, any paragraphs before its first article (`ch2-s1`…), its articles. */
export interface ChapterNode extends PlacedParent {
  type: 'chapter';
  /** `ch2`. */
  id: string;
  n: number;
  numeral: string;
  /** The label as printed: 第二章. */
  label: string;
  labelSpan: Span;
  /** The heading after the label and its space: 经费管理. */
  heading: string;
  headingSpan: Span;
  line: number;
  children: Array<ParagraphNode | ArticleNode>;
}

/** The closing (结语) after the last measure or article: sentences `closing-s1`…. */
export interface ClosingNode extends PlacedParent {
  type: 'closing';
  children: ParagraphNode[];
}

/** An attachment 附件 after the body: its heading line and paragraphs, sentences `att1-s1`…. */
export interface AttachmentNode extends PlacedParent {
  type: 'attachment';
  /** `att1`. */
  id: string;
  n: number;
  /** The heading line as printed: 附件1：…, or 附件. */
  heading: string;
  headingSpan: Span;
  line: number;
  children: ParagraphNode[];
}

/** A signature block (issuers, date) after the text, or a byline (the speaker) under the title. */
export interface SignatureNode extends Placed {
  type: 'signature';
  /** `byline` under the title, `end` after the text. */
  place: 'byline' | 'end';
  /** Its lines as printed, each with its span. */
  lines: Array<{ text: string; span: Span }>;
}

/** The salutation of a speech or letter, e.g. 同志们：. */
export interface SalutationNode extends Placed {
  type: 'salutation';
  text: string;
  span: Span;
}

/** A part 一、 of an opinion: its heading, any paragraphs before its first measure, its measures. */
export interface PartNode extends PlacedParent {
  type: 'part';
  /** `p6`. */
  id: string;
  n: number;
  numeral: string;
  heading: string;
  headingSpan: Span;
  line: number;
  children: Array<ParagraphNode | MeasureNode>;
  /** The 。 that ends a heading written with its text on the same line (一、加强组织领导。各地要…). */
  headingStop?: string | undefined;
}

/** The paragraphs before the first part. */
export interface PreambleNode extends PlacedParent {
  type: 'preamble';
  children: ParagraphNode[];
}

/** The title line as printed. */
export interface TitleNode extends Placed {
  type: 'title';
  text: string;
  span: Span;
}

/** The date line under the title, e.g. （2024年10月12日）, with the date it says. */
export interface DateLineNode extends Placed {
  type: 'dateLine';
  text: string;
  span: Span;
  /** YYYY-MM-DD: the date of the version printed (the latest date of an adoption note). */
  date: string;
  /**
   * An adoption note or history instead of a bare date: （2025年10月23日…通过）, over one or more
   * lines (`text` is the source as printed, line breaks included); every date it names, in order.
   */
  history?: Array<{ date: string; text: string }> | undefined;
}

/** A line (or the start or end of one) that the metadata names as furniture, not text. */
export interface FurnitureNode extends Placed {
  type: 'furniture';
  role: FurnitureRole;
  text: string;
  span: Span;
  line: number;
}

/** A news item's subheading (furniture of role `subheading`), with its id `h1`…. */
export interface SubheadingNode extends Placed {
  type: 'subheading';
  id: string;
  text: string;
  span: Span;
}

/** A word joined back together where a page or column break cut it. */
export interface Repair {
  /** `r1`…, counted across the item. */
  id: string;
  kind: 'page-break-join';
  /** Id of the sentence the join falls in. */
  sentence: string;
  /** Text before and after the cut, as printed. */
  before: string;
  after: string;
  /** What the repair removed from the source (the blank line), and where. */
  removed: string;
  span: Span;
  line: number;
}

/** A line the parser could not place: reported (ingest prints it, the build warns), never glued on. */
export interface Anomaly {
  kind: 'unplaced-line';
  line: number;
  span: Span;
  /** Why it could not be placed. */
  reason: string;
}

export interface ItemData extends Data {
  /** Every repair the parser made in the item, in source order. */
  repairs: Repair[];
  /** Lines it could not place, when there are any. */
  anomalies?: Anomaly[] | undefined;
}

/** The root of an opinion: furniture, title, date line, preamble and parts in source order. */
export interface DocumentRoot extends PlacedParent {
  type: 'document';
  children: Array<
    | FurnitureNode
    | TitleNode
    | DateLineNode
    | SignatureNode
    | SalutationNode
    | PreambleNode
    | PartNode
    | ChapterNode
    | ClosingNode
    | AttachmentNode
  >;
  data: ItemData;
}

/** The root of a news item or photo caption: furniture, subheadings and paragraphs in order. */
export interface NewsRoot extends PlacedParent {
  type: 'news';
  children: Array<FurnitureNode | SubheadingNode | ParagraphNode>;
  data: ItemData;
}

export type ItemRoot = DocumentRoot | NewsRoot;

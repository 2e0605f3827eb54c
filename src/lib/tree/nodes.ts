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
  /** YYYY-MM-DD. */
  date: string;
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

export interface ItemData extends Data {
  /** Every repair the parser made in the item, in source order. */
  repairs: Repair[];
}

/** The root of an opinion: furniture, title, date line, preamble and parts in source order. */
export interface DocumentRoot extends PlacedParent {
  type: 'document';
  children: Array<FurnitureNode | TitleNode | DateLineNode | PreambleNode | PartNode>;
  data: ItemData;
}

/** The root of a news item or photo caption: furniture, subheadings and paragraphs in order. */
export interface NewsRoot extends PlacedParent {
  type: 'news';
  children: Array<FurnitureNode | SubheadingNode | ParagraphNode>;
  data: ItemData;
}

export type ItemRoot = DocumentRoot | NewsRoot;

// The unist tree of an official document or a news item: what the remark plugin
// (src/lib/remark-official-document.ts) makes of remark-parse's tree, what the items loader
// stores in Astro's content layer, and what the pages walk. Every node has a `position` in its
// whole source file (line, column, offset), so unist-util-visit and vfile messages can report on
// it. Offsets and `span`s are in UTF-16 code units into the source file, end exclusive.
import type { Data, Node, Parent, Position } from 'unist';
import type { FurnitureRole } from '../schema/item-meta.ts';

/** [start, end) offsets into the item's source file. */
export type Span = [number, number];

/** A line (or a cell, a caption, a heading) as printed, with where it stands: not a sentence. */
export interface Printed {
  text: string;
  span: Span;
}

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
  /**
   * Set when the sentence is an official division of labour printed in brackets at a measure's end
   * (（人力资源社会保障部、财政部等按职责分工负责。列第一位者为牵头单位，下同）): the bodies it names, in
   * order, and the lead (the first named, or the one said to 牵头), or null when the note names none
   * (only 指导 or 参与). `carriesOver`: the note says it holds for what follows (下同, 以下均…, 不再列出),
   * so later measures without a note of their own fall under it (src/lib/parse/responsibility.ts).
   */
  responsibility?: { bodies: string[]; lead: string | null; carriesOver?: true | undefined } | undefined;
}

/** A paragraph as printed: one or more sentences. */
export interface ParagraphNode extends PlacedParent {
  type: 'paragraph';
  children: SentenceNode[];
}

/**
 * A measure （十四） of an opinion, numbered continuously across parts (`m14`), or within its part
 * where the document restarts its numbering in each part (`p4-m2`, cited 第四部分第（二）条).
 */
export interface MeasureNode extends PlacedParent {
  type: 'measure';
  /** `m14`, or `p4-m2` where numbering restarts per part. */
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
  children: Array<ParagraphNode | SubItemNode | BoxNode | TableNode>;
  /**
   * Absent for a measure. `point`: a numbered point 第一，… of a speech or explanation, numbered
   * within its section, with the id `p3-pt1` (`pt1` in a document without parts, where it is a
   * child of the root or of an issued document and its `part` is '').
   */
  kind?: 'point' | undefined;
}

/**
 * A numbered sub-item 1. 2. 3. inside a measure, with its printed number: `m5-i12` (numbers may
 * run on across measures); or a sub-item (目) of an article's item: `art6-para1-item5-i1`.
 */
export interface SubItemNode extends PlacedParent {
  type: 'subitem';
  /** `m5-i12`: its measure's id and the printed number. */
  id: string;
  n: number;
  /** The label as printed: 12. or 12、 or （12）. */
  label: string;
  labelSpan: Span;
  line: number;
  children: ParagraphNode[];
}

/** A boxed item: 【重点任务12】 (`box12`) or 专栏3 (`box3`), its heading and paragraphs or table. */
export interface BoxNode extends PlacedParent {
  type: 'box';
  /** `box12`. */
  id: string;
  n: number;
  /** The label as printed: 【重点任务12】, 专栏3. */
  label: string;
  labelSpan: Span;
  /** The heading after the label, or '' when it has none. */
  heading: string;
  headingSpan: Span | null;
  line: number;
  children: Array<ParagraphNode | TableNode>;
}

/** A table drawn one cell a line (a header row, then the cells): `tbl1`, the cells' text verbatim. */
export interface TableNode extends Placed {
  type: 'table';
  /** `tbl1`, counted across the document. */
  id: string;
  n: number;
  /** The caption line as printed (表1 …), when there is one. */
  caption: Printed | null;
  /** Rows of cells, the first the header row; each cell as printed with its span. */
  rows: Array<Array<Printed>>;
  line: number;
}

/** An item (项) （三） of an article: numbered within its paragraph, cited 第五条第二款第（三）项. */
export interface ItemNode extends PlacedParent {
  type: 'item';
  /** `art5-para2-item3`: its paragraph's id and its number; the anchor of the item on a page. */
  id: string;
  n: number;
  numeral: string;
  /** The label as printed: （三）. */
  label: string;
  labelSpan: Span;
  line: number;
  /** Its text, then the sub-items (目) 1. 2. it lists. */
  children: Array<SentenceNode | SubItemNode>;
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
  /** `art5`; an inserted article 第十条之一 is `art10-1`. */
  id: string;
  n: number;
  /** An inserted article's place after article `n`: 1 for 第十条之一; absent otherwise. */
  sub?: number | undefined;
  numeral: string;
  /** The label as printed: 第五条, 第十条之一. */
  label: string;
  labelSpan: Span;
  /**
   * Id of the chapter it belongs to (named `part` as a measure's is, so the outline reads both
   * alike); '' for an article of a text without chapters.
   */
  part: string;
  /** Articles have no heading sentence. */
  lead: null;
  line: number;
  children: ClauseNode[];
}

/** What a book, chapter and section of a law print: a numbered label and a heading, each with its place. */
interface DivisionNode extends PlacedParent {
  /** `bk1`, `ch2`, `ch2-sec1`. */
  id: string;
  n: number;
  numeral: string;
  /** The label as printed: 第一编, 第二章, 第一节. */
  label: string;
  labelSpan: Span;
  /** The heading after the label (and its space, when one is printed): 经费管理. */
  heading: string;
  headingSpan: Span;
  line: number;
}

/** A chapter 第二章 of a regulation: its heading, any paragraphs before its first article (`ch2-s1`…), its sections or articles. */
export interface ChapterNode extends DivisionNode {
  type: 'chapter';
  /** The book 编 it belongs to, when the regulation has books. */
  book?: string | undefined;
  children: Array<ParagraphNode | SectionNode | ArticleNode>;
}

/** A book 第一编 of a code or a Party regulation: its heading, any paragraphs before its first chapter, its chapters (`bk1`). */
export interface BookNode extends DivisionNode {
  type: 'book';
  children: Array<ParagraphNode | ChapterNode>;
}

/** A section 第一节 of a chapter, numbered within its chapter: `ch2-sec1`. */
export interface SectionNode extends DivisionNode {
  type: 'section';
  /** Id of its chapter. */
  chapter: string;
  children: Array<ParagraphNode | ArticleNode>;
}

/** A contents list (目录) printed before a law's text: furniture, not headings. */
export interface ContentsNode extends Placed {
  type: 'contents';
  /** Its lines as printed (目录 itself, then each entry), each with its span. */
  lines: Array<Printed>;
}

/** The closing (结语) after the last measure or article: sentences `closing-s1`…. */
export interface ClosingNode extends PlacedParent {
  type: 'closing';
  /** `d2-closing` in the second document a notice issues; absent (the id is `closing`) otherwise. */
  id?: string | undefined;
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
  /**
   * The attachment's title, on the line after a heading that is only its label (附件1, then
   * 暑期安全教育提纲 on a line of its own), when that line has a title's shape. Not a sentence.
   */
  title?: Printed | undefined;
  line: number;
  children: ParagraphNode[];
}

/** A signature block (issuers, date) after the text, or a byline (the speaker) under the title. */
export interface SignatureNode extends Placed {
  type: 'signature';
  /** `byline` under the title, `end` after the text. */
  place: 'byline' | 'end';
  /** Its lines as printed, each with its span. */
  lines: Array<Printed>;
  /**
   * The date its last line prints (2018年12月29日, 二〇一八年十二月二十九日) as YYYY-MM-DD, when
   * it ends with one: an end signature's date is the document's 成文日期. Absent for a byline.
   */
  date?: string | undefined;
}

/**
 * The list of attachments (附件说明) printed after the text and before the signature: 附件：1.… and
 * the lines 2.… that go on with it, as printed. The attachments themselves follow the signature.
 */
export interface AttachmentListNode extends Placed {
  type: 'attachmentList';
  lines: Array<Printed>;
}

/**
 * A run of 版记 lines, the record printed under a 公文 that is not its text: 主题词：…, 抄送：…,
 * the office and date that printed it (…办公室 2012年6月13日印发), （共印10份）. Kept verbatim and out
 * of the text, where it stands (after the signature, or at the very end).
 */
export interface ImprintNode extends Placed {
  type: 'imprint';
  lines: Array<Printed>;
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
  children: Array<ParagraphNode | MeasureNode | BoxNode | TableNode>;
  /** Spaces printed between 、 and the heading (五、 时间安排), kept as printed. */
  headingGap?: string | undefined;
  /** The 。 that ends a heading written with its text on the same line (一、加强组织领导。各地要…). */
  headingStop?: string | undefined;
}

/** The paragraphs before the first part (or chapter), with the heading 序言 when one is printed. */
export interface PreambleNode extends PlacedParent {
  type: 'preamble';
  /** `d2-preamble` in the second document a notice issues; absent (the id is `preamble`) otherwise. */
  id?: string | undefined;
  /** A printed heading (序言, 前言) on a line of its own, when there is one. */
  heading?: Printed | undefined;
  children: Array<ParagraphNode | TableNode | BoxNode>;
}

/** The title as printed: one line, or several (`lines`) whose texts joined make `text`. */
export interface TitleNode extends Placed {
  type: 'title';
  text: string;
  /** From the first character of its first line to the last of its last. */
  span: Span;
  /** A title printed over two or more lines: each line as printed. Absent for one line. */
  lines?: Array<Printed> | undefined;
}

/** The document number printed under the title: 国办发〔2018〕128号, 国令第706号. */
export interface DocNumberNode extends Placed {
  type: 'docNumber';
  text: string;
  span: Span;
}

/** A publisher's note printed with the text, not part of it: （此件公开发布）, （本文有删减）. */
export interface PublisherNoteNode extends Placed {
  type: 'publisherNote';
  text: string;
  span: Span;
}

/** The notice's own text where a 通知 issues another document (现将《…》印发给你们…): sentences `notice-s1`…. */
export interface NoticeNode extends PlacedParent {
  type: 'notice';
  children: ParagraphNode[];
}

/**
 * The document a notice issues, after the notice's text and signature: its own title, head and
 * structure, with the ids it would have standing alone (preamble, p1, m1, art1…).
 */
export interface IssuedNode extends PlacedParent {
  type: 'issued';
  /**
   * `issued`; a notice that issues several documents numbers the others `issued2`…, and prefixes
   * every id inside them `d2-`… (d2-p1, d2-m1, d2-preamble, d2-preamble-s1) so none repeats.
   */
  id: string;
  children: Array<TitleNode | HeadNode | BodyNode>;
}

/** What may stand between a title and the text: a document number, a date line, a byline, a salutation. */
export type HeadNode = DocNumberNode | DateLineNode | SignatureNode | SalutationNode;

/**
 * The nodes of a document's body, after its head, the same for a document standing alone and for
 * one a notice issues: a contents list, the preamble, parts, books or chapters (or points alone),
 * boxes and tables, the closing, the list of attachments, the signature, an address inside a
 * speech, publisher notes and 版记, attachments.
 */
export type BodyNode =
  | ContentsNode
  | PreambleNode
  | PartNode
  | BookNode
  | ChapterNode
  | MeasureNode
  | ArticleNode
  | BoxNode
  | TableNode
  | ClosingNode
  | AttachmentListNode
  | SignatureNode
  | SalutationNode
  | PublisherNoteNode
  | ImprintNode
  | AttachmentNode;

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

/** A line the parser could not place or read with confidence: reported (ingest prints it, the build warns), never glued on. */
export interface Anomaly {
  /**
   * `unplaced-line`: kept as its own paragraph; `table-unread`: lines that look like a table the
   * parser could not read as one; `mixed-pair`: brackets or quotes closed in the other width;
   * `unbalanced-mark`: a quote or bracket left open, or closed without opening, in its paragraph;
   * `repeated-number`: a part numbered as the one before it (四、 twice), read as a part of its own;
   * `restarting-list`: bracketed Arabic numbers （1） that start again at 1 in a text with no parts,
   * read as lists inside paragraphs, not as the text's numbered measures.
   */
  kind: 'unplaced-line' | 'table-unread' | 'mixed-pair' | 'unbalanced-mark' | 'repeated-number' | 'restarting-list';
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
  /**
   * A document whose text prints no title (its metadata's titleFrom): the title the metadata gives
   * and where it was taken from. No node holds it, since no span of the source does.
   */
  unprintedTitle?: { text: string; from: 'page' | 'table' | 'given' } | undefined;
}

/**
 * The root of an official document, children in source order: furniture, title, head (document
 * number, date line, byline, salutation), the body (preamble; parts, books or chapters; points,
 * measures or paragraphs), closing, attachment list, signature, publisher notes and 版记,
 * attachments; or, for a notice that issues another document, the notice's text and signature then
 * the issued document. An address inside a speech's body (同志们、朋友们！) is a salutation at this
 * level when it stands before a unit's label, before the closing or at the end; inside the
 * paragraphs of a unit it stays a sentence there, so the tree keeps the source's order.
 */
export interface DocumentRoot extends PlacedParent {
  type: 'document';
  children: Array<FurnitureNode | TitleNode | HeadNode | BodyNode | NoticeNode | IssuedNode>;
  data: ItemData;
}

/** The root of a news item or photo caption: furniture, subheadings and paragraphs in order. */
export interface NewsRoot extends PlacedParent {
  type: 'news';
  children: Array<FurnitureNode | SubheadingNode | ParagraphNode>;
  data: ItemData;
}

export type ItemRoot = DocumentRoot | NewsRoot;

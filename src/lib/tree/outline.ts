// The outline of an item: its tree read once into the lists most code asks for (the parts with
// their measures, every sentence of a measure, the furniture). The sentences in it are the tree's
// own sentence nodes, not copies, so what the outline says and what the pages render are the same.
import { visit } from 'unist-util-visit';
import { type DocUnit, PAGE_KINDS, type UnitList, documentUnits, sentencesWithin } from '../units/units.ts';
import type {
  ArticleNode,
  AttachmentNode,
  ChapterNode,
  DateLineNode,
  DocumentRoot,
  FurnitureNode,
  ItemRoot,
  MeasureNode,
  NewsRoot,
  PartNode,
  Repair,
  SentenceNode,
  Span,
} from './nodes.ts';

export type Sentence = SentenceNode;

/**
 * A measure's fields and every sentence of it in reading order. An article of a regulation and a
 * point of a speech are read the same way (`kind` says which; absent for a measure), so every
 * page, export and index that lists measures lists them too.
 */
export interface Measure extends Omit<MeasureNode, 'type' | 'children' | 'position' | 'kind'> {
  kind?: 'point' | 'article' | undefined;
  sentences: SentenceNode[];
  node: MeasureNode | ArticleNode;
}

/** A part's fields (or a chapter's: `kind` says so, absent for a part), its own sentences, its measures. */
export interface Part extends Omit<PartNode, 'type' | 'children' | 'position'> {
  kind?: 'chapter' | undefined;
  /** A chapter's label as printed (第二章) and its place. */
  label?: string;
  labelSpan?: Span;
  sentences: SentenceNode[];
  measures: Measure[];
  node: PartNode | ChapterNode;
}

/** An attachment's fields and its sentences. */
export interface Attachment extends Omit<AttachmentNode, 'type' | 'children' | 'position'> {
  sentences: SentenceNode[];
  node: AttachmentNode;
}

export interface Furniture {
  role: FurnitureNode['role'];
  text: string;
  span: Span;
  line: number;
}

export interface DocumentOutline {
  type: 'document';
  /**
   * The title that heads the document: as printed; or, for a text that prints none, the one its
   * metadata takes from elsewhere (titleFrom says where), its span empty where the item begins.
   */
  printedTitle: { text: string; span: Span };
  /** Where the title was taken from, present only when the text prints none (ItemMeta's titleFrom). */
  titleFrom?: 'page' | 'table' | 'given';
  dateLine: Pick<DateLineNode, 'text' | 'span' | 'date'> | null;
  preamble: SentenceNode[];
  parts: Part[];
  /** Every measure, article and point in reading order, those outside any part (a speech's 第一，) too. */
  measures: Measure[];
  /** The closing after the last measure or article, when there is one. */
  closing?: SentenceNode[];
  /** The attachments, when there are any. */
  attachments?: Attachment[];
  furniture: Furniture[];
  repairs: Repair[];
}

export type NewsBlock = { type: 'subheading'; id: string; text: string; span: Span } | { type: 'paragraph'; sentences: SentenceNode[] };

export interface NewsOutline {
  type: 'news';
  blocks: NewsBlock[];
  furniture: Furniture[];
  repairs: Repair[];
}

export type Outline = DocumentOutline | NewsOutline;

/** Every sentence node under `node`, in reading order. */
export function sentencesIn(
  node: DocumentRoot | NewsRoot | PartNode | MeasureNode | ArticleNode | { type: string; children: unknown[] },
): SentenceNode[] {
  const out: SentenceNode[] = [];
  visit(node as DocumentRoot, 'sentence', (s: SentenceNode) => {
    out.push(s);
  });
  return out;
}

const furnitureOf = (f: FurnitureNode): Furniture => ({ role: f.role, text: f.text, span: f.span, line: f.line });

/**
 * The outline of a document: its head read off the root's first children, and the grouping of its
 * unit list (src/lib/units/units.ts) that most pages ask for: the divisions (parts, chapters) with
 * the measures, articles and points inside them. It walks nothing itself: what the unit list holds,
 * the outline holds.
 */
export function outlineOfDocument(root: DocumentRoot, units: UnitList = documentUnits('', root)): DocumentOutline {
  const measures = units.list.filter((u) => PAGE_KINDS.has(u.kind)).map((u) => measureOutline(u, units));
  const heads = [...root.children, ...root.children.flatMap((c) => (c.type === 'issued' ? c.children : []))];
  const printed = heads.find((c) => c.type === 'title');
  const unprinted = root.data.unprintedTitle;
  if (!printed && !unprinted) throw new Error('a document tree without a title node');
  const at = root.position?.start.offset ?? 0;
  const title = printed ? { text: printed.text, span: printed.span } : { text: unprinted!.text, span: [at, at] as Span };
  const dateLine = heads.find((c) => c.type === 'dateLine');
  const furniture = root.children.flatMap((c) => (c.type === 'furniture' ? [furnitureOf(c)] : []));
  const of = (kind: DocUnit['kind']) => units.list.filter((u) => u.kind === kind);
  const parts = units.list
    .filter((u) => (u.kind === 'part' || u.kind === 'chapter') && u.part === u.id)
    .map((u) => partOutline(u, measures));
  const closing = of('closing').flatMap((u) => u.sentences);
  const attachments = of('attachment').map((u): Attachment => {
    const { type: _t, children: _c, position: _p, ...fields } = u.node as AttachmentNode;
    return { ...fields, sentences: sentencesWithin(units, u), node: u.node as AttachmentNode };
  });
  // The closing and attachments are keys only when there are some: the outlines of documents
  // without them stay as they were published (tests/content/outline.test.ts).
  return {
    type: 'document',
    // A notice that issues a document is read by its own title; the issued title is a unit's heading.
    printedTitle: title,
    ...(printed ? {} : { titleFrom: unprinted!.from }),
    dateLine: dateLine ? { text: dateLine.text, span: dateLine.span, date: dateLine.date } : null,
    preamble: of('preamble').flatMap((u) => u.sentences),
    parts,
    measures,
    ...(closing.length ? { closing } : {}),
    ...(attachments.length ? { attachments } : {}),
    furniture,
    repairs: root.data.repairs,
  };
}

/** A part 一、 (its measures) or a chapter 第一章 (its articles, sections' too): the same outline, the kinds said. */
function partOutline(unit: DocUnit, measures: readonly Measure[]): Part {
  const node = unit.node as PartNode | ChapterNode;
  const { type: _t, children: _c, position: _p, ...fields } = node;
  const chapter = node.type === 'chapter';
  const own = measures.filter((m) => m.part === unit.id);
  return { ...fields, ...(chapter ? { kind: 'chapter' } : {}), sentences: unit.sentences, measures: own, node } as Part;
}

/** A measure, article or point with every sentence inside it; `part` is its part's or chapter's id, '' outside any. */
function measureOutline(u: DocUnit, units: UnitList): Measure {
  const { type: _t, children: _c, position: _p, kind: _k, ...own } = u.node as MeasureNode;
  return {
    ...own,
    ...(u.kind === 'article' ? { kind: 'article' as const, lead: null } : u.kind === 'point' ? { kind: 'point' as const } : {}),
    part: u.part ?? '',
    sentences: sentencesWithin(units, u),
    node: u.node as MeasureNode | ArticleNode,
  } as Measure;
}

export function outlineOfNews(root: NewsRoot): NewsOutline {
  const blocks: NewsBlock[] = [];
  const furniture: Furniture[] = [];
  for (const child of root.children) {
    if (child.type === 'paragraph') blocks.push({ type: 'paragraph', sentences: child.children });
    else if (child.type === 'subheading') {
      blocks.push({ type: 'subheading', id: child.id, text: child.text, span: child.span });
      furniture.push({ role: 'subheading', text: child.text, span: child.span, line: child.position.start.line });
    } else furniture.push(furnitureOf(child));
  }
  return { type: 'news', blocks, furniture, repairs: root.data.repairs };
}

/** The outline of either kind of item, of the same kind as its root. */
export function outlineOf(root: DocumentRoot): DocumentOutline;
export function outlineOf(root: NewsRoot): NewsOutline;
export function outlineOf(root: ItemRoot): Outline;
export function outlineOf(root: ItemRoot): Outline {
  return root.type === 'document' ? outlineOfDocument(root) : outlineOfNews(root);
}

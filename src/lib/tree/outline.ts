// The outline of an item: its tree read once into the lists most code asks for (the parts with
// their measures, every sentence of a measure, the furniture). The sentences in it are the tree's
// own sentence nodes, not copies, so what the outline says and what the pages render are the same.
import { visit } from 'unist-util-visit';
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
  printedTitle: { text: string; span: Span };
  dateLine: Pick<DateLineNode, 'text' | 'span' | 'date'> | null;
  preamble: SentenceNode[];
  parts: Part[];
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

export function outlineOfDocument(root: DocumentRoot): DocumentOutline {
  let printedTitle: DocumentOutline['printedTitle'] | undefined;
  let dateLine: DocumentOutline['dateLine'] = null;
  const preamble: SentenceNode[] = [];
  const parts: Part[] = [];
  const furniture: Furniture[] = [];
  const closing: SentenceNode[] = [];
  const attachments: Attachment[] = [];
  for (const child of root.children) {
    if (child.type === 'title') printedTitle = { text: child.text, span: child.span };
    else if (child.type === 'dateLine') dateLine = { text: child.text, span: child.span, date: child.date };
    else if (child.type === 'furniture') furniture.push(furnitureOf(child));
    else if (child.type === 'preamble') preamble.push(...sentencesIn(child));
    else if (child.type === 'part' || child.type === 'chapter') parts.push(sectionOutline(child));
    else if (child.type === 'closing') closing.push(...sentencesIn(child));
    else if (child.type === 'attachment') {
      const { type: _t, children: _c, position: _p, ...fields } = child;
      attachments.push({ ...fields, sentences: sentencesIn(child), node: child });
    }
  }
  if (!printedTitle) throw new Error('a document tree without a title node');
  // The closing and attachments are keys only when there are some: the outlines of documents
  // without them stay as they were published (tests/content/outline.test.ts).
  return {
    type: 'document',
    printedTitle,
    dateLine,
    preamble,
    parts,
    ...(closing.length ? { closing } : {}),
    ...(attachments.length ? { attachments } : {}),
    furniture,
    repairs: root.data.repairs,
  };
}

/** A part 一、 (its measures) or a chapter 第一章 (its articles): the same outline, the kinds said. */
function sectionOutline(node: PartNode | ChapterNode): Part {
  const { type: _t, children, position: _p, ...fields } = node;
  const chapter = node.type === 'chapter';
  const sentences: SentenceNode[] = [];
  const measures: Measure[] = [];
  for (const child of children) {
    if (child.type === 'paragraph') sentences.push(...child.children);
    else {
      const { type: _ut, children: _uc, position: _up, ...unit } = child;
      measures.push({ ...unit, ...(chapter ? { kind: 'article' } : {}), sentences: sentencesIn(child), node: child } as Measure);
    }
  }
  return { ...fields, ...(chapter ? { kind: 'chapter' } : {}), sentences, measures, node } as Part;
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

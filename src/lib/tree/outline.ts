// The outline of an item: its tree read once into the lists most code asks for (the parts with
// their measures, every sentence of a measure, the furniture). The sentences in it are the tree's
// own sentence nodes, not copies, so what the outline says and what the pages render are the same.
import { visit } from 'unist-util-visit';
import type {
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

/** A measure's fields and every sentence of it in reading order. */
export interface Measure extends Omit<MeasureNode, 'type' | 'children' | 'position'> {
  sentences: SentenceNode[];
  node: MeasureNode;
}

/** A part's fields, the sentences before its first measure, and its measures. */
export interface Part extends Omit<PartNode, 'type' | 'children' | 'position'> {
  sentences: SentenceNode[];
  measures: Measure[];
  node: PartNode;
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
  node: DocumentRoot | NewsRoot | PartNode | MeasureNode | { type: string; children: unknown[] },
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
  for (const child of root.children) {
    if (child.type === 'title') printedTitle = { text: child.text, span: child.span };
    else if (child.type === 'dateLine') dateLine = { text: child.text, span: child.span, date: child.date };
    else if (child.type === 'furniture') furniture.push(furnitureOf(child));
    else if (child.type === 'preamble') preamble.push(...sentencesIn(child));
    else parts.push(partOutline(child));
  }
  if (!printedTitle) throw new Error('a document tree without a title node');
  return { type: 'document', printedTitle, dateLine, preamble, parts, furniture, repairs: root.data.repairs };
}

function partOutline(node: PartNode): Part {
  const { type: _t, children, position: _p, ...fields } = node;
  const sentences: SentenceNode[] = [];
  const measures: Measure[] = [];
  for (const child of children) {
    if (child.type === 'paragraph') sentences.push(...child.children);
    else {
      const { type: _mt, children: _mc, position: _mp, ...m } = child;
      measures.push({ ...m, sentences: sentencesIn(child), node: child });
    }
  }
  return { ...fields, sentences, measures, node };
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

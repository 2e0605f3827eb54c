// The one list of units of a document: the spine every index, export and view maps. The tree is
// walked here and nowhere else: each node that is a unit (a part, a chapter, a measure, an
// article, the closing, an attachment…) becomes one entry, in reading order, holding the sentences
// that are its own (a sentence belongs to the innermost unit around it, so the units partition the
// document's sentences). A new shape of document only has to make nodes this walk knows.
import type {
  ArticleNode,
  AttachmentNode,
  BookNode,
  BoxNode,
  ChapterNode,
  ClosingNode,
  DocumentRoot,
  IssuedNode,
  MeasureNode,
  NoticeNode,
  PartNode,
  PreambleNode,
  SectionNode,
  SentenceNode,
  Printed,
  Span,
  SignatureNode,
  SubItemNode,
  TableNode,
} from '../tree/nodes.ts';
import type { ArticlePlaces } from '../cite/citable.ts';
import { toChineseNumeral } from '../numerals.ts';
import { documentUrl, measureUrl } from '../routes.ts';
import { DIVISION_KINDS, PAGE_KINDS, UNIT_KINDS, type UnitKind } from './kinds.ts';

export { DIVISION_KINDS, PAGE_KINDS, UNIT_KINDS, type UnitKind };

/** The nodes that are units. */
export type UnitNode =
  | PreambleNode
  | PartNode
  | BookNode
  | ChapterNode
  | SectionNode
  | MeasureNode
  | ArticleNode
  | SubItemNode
  | BoxNode
  | TableNode
  | ClosingNode
  | AttachmentNode
  | NoticeNode
  | SignatureNode
  | IssuedNode;

export interface DocUnit {
  /** `2024-chanye-gongren#m14`: unique across the corpus. */
  key: string;
  /** The document's id. */
  item: string;
  /** `m14`, `art5`, `p1`, `ch2-sec1`, `preamble`, `closing`, `att1`, `notice`…: unique in its document. */
  id: string;
  kind: UnitKind;
  /** The label as printed: （十四）, 第五条, 第二章, 一、, 附件1; '' where none is printed. */
  label: string;
  /** A division's heading, a measure's lead, an attachment's or issued document's title; null where none. */
  heading: string | null;
  /**
   * Where a division's, box's, attachment's or issued document's heading is printed in one piece
   * (the glossary looks for terms in it, exports place them); absent for a title printed over
   * several lines, whose words are not one run of the source.
   */
  headingSpan?: Span | undefined;
  /** The printed number (14 for （十四）, 5 for 第五条), null for unnumbered units. */
  n: number | null;
  numeral: string | null;
  /** An inserted article's place after `n` (1 for 第十条之一). */
  sub?: number | undefined;
  /** Id of the unit it lies in (a measure's part, an article's chapter or section), or null at the top. */
  parent: string | null;
  /** Id of the top-level division it lies in (a part or chapter; the book's chapter for a code), or null. */
  part: string | null;
  /** The page that shows it: its own page, or the document page. */
  page: string;
  /** Its address: the page, with the unit's anchor when it has no page of its own. */
  url: string;
  /** Its own sentences in reading order (not those of a unit inside it). */
  sentences: SentenceNode[];
  /** Printed lines that are not sentences: a table's cells row by row, a signature's lines. */
  lines: Printed[];
  /** An article's sentences by where they stand in it: its paragraph (款), item (项), sub-item (目). */
  places?: ArticlePlaces | undefined;
  node: UnitNode;
}

/** A document's units with an index by id. */
export interface UnitList {
  list: DocUnit[];
  byId: ReadonlyMap<string, DocUnit>;
  /** The units inside `id`, at any depth, in reading order. */
  within: (id: string) => DocUnit[];
}

type AnyNode = { type: string; children?: AnyNode[] } & Record<string, unknown>;

/** The units of one document, walking its tree once. */
export function documentUnits(item: string, root: DocumentRoot): UnitList {
  const list: DocUnit[] = [];
  let signatures = 0;
  const emit = (node: UnitNode, parent: DocUnit | null): DocUnit => {
    const { kind, id, label, heading, n, numeral } = describe(node, () => ++signatures);
    const page = PAGE_KINDS.has(kind) ? measureUrl(item, id) : documentUrl(item);
    // A part or chapter at the top (of the document, of a book, of an issued document) is the
    // division matrices and search facets group by; a section takes its chapter's.
    const top = parent === null || parent.kind === 'book' || parent.kind === 'issued';
    const part = DIVISION_KINDS.has(kind) && top ? id : (parent?.part ?? null);
    const unit: DocUnit = {
      key: `${item}#${id}`,
      item,
      id,
      kind,
      label,
      heading,
      n,
      numeral,
      ...(node.type === 'article' && node.sub !== undefined ? { sub: node.sub } : {}),
      parent: parent?.id ?? null,
      part: kind === 'book' ? null : part,
      page,
      url: PAGE_KINDS.has(kind) ? page : `${page}#${id}`,
      sentences: [],
      lines: linesOf(node),
      ...headingSpanOf(node),
      ...(node.type === 'article' ? { places: articlePlaces(node) } : {}),
      node,
    };
    list.push(unit);
    return unit;
  };
  const walk = (node: AnyNode, holder: DocUnit | null): void => {
    if (node.type === 'sentence') {
      holder?.sentences.push(node as unknown as SentenceNode);
      return;
    }
    let here = holder;
    if (isUnitNode(node)) here = emit(node, holder);
    for (const child of node.children ?? []) walk(child, here);
  };
  for (const child of root.children as unknown as AnyNode[]) walk(child, null);
  const byId = new Map<string, DocUnit>();
  for (const u of list) {
    if (byId.has(u.id)) throw new Error(`${item}: two units have the id ${u.id}`);
    byId.set(u.id, u);
  }
  const children = Map.groupBy(
    list.filter((u) => u.parent !== null),
    (u) => u.parent!,
  );
  const within = (id: string): DocUnit[] => (children.get(id) ?? []).flatMap((c) => [c, ...within(c.id)]);
  return { list, byId, within };
}

/** The node types that are units: the kinds, but a point is a measure node of kind `point`. */
const UNIT_TYPES = new Set<string>(UNIT_KINDS.filter((k) => k !== 'point'));

function isUnitNode(node: AnyNode): node is AnyNode & UnitNode {
  // A byline under the title names the speaker; it is head, not a unit.
  return UNIT_TYPES.has(node.type) && !(node.type === 'signature' && node['place'] === 'byline');
}

/** What a unit node is called, numbered and labelled; `nextSignature` numbers signature blocks. */
function describe(node: UnitNode, nextSignature: () => number) {
  const none = { n: null, numeral: null };
  switch (node.type) {
    case 'preamble':
      return { kind: 'preamble' as const, id: node.id ?? 'preamble', label: '', heading: node.heading?.text ?? null, ...none };
    case 'part':
      return { kind: 'part' as const, id: node.id, label: `${node.numeral}、`, heading: node.heading, n: node.n, numeral: node.numeral };
    case 'book':
    case 'chapter':
    case 'section':
      return { kind: node.type, id: node.id, label: node.label, heading: node.heading || null, n: node.n, numeral: node.numeral };
    case 'measure':
      return {
        kind: node.kind === 'point' ? ('point' as const) : ('measure' as const),
        id: node.id,
        label: node.label,
        heading: node.lead,
        n: node.n,
        numeral: node.numeral,
      };
    case 'article':
      return { kind: 'article' as const, id: node.id, label: node.label, heading: null, n: node.n, numeral: node.numeral };
    case 'subitem':
      return { kind: 'subitem' as const, id: node.id, label: node.label, heading: null, n: node.n, numeral: null };
    case 'box':
      return { kind: 'box' as const, id: node.id, label: node.label, heading: node.heading || null, n: node.n, numeral: null };
    case 'table':
      return { kind: 'table' as const, id: node.id, label: node.caption?.text ?? '', heading: null, n: node.n, numeral: null };
    case 'closing':
      return { kind: 'closing' as const, id: node.id ?? 'closing', label: '', heading: null, ...none };
    case 'attachment':
      return {
        kind: 'attachment' as const,
        id: node.id,
        label: node.heading,
        heading: node.title?.text ?? node.heading,
        n: node.n,
        numeral: null,
      };
    case 'notice':
      return { kind: 'notice' as const, id: 'notice', label: '', heading: null, ...none };
    case 'signature': {
      const n = nextSignature();
      return { kind: 'signature' as const, id: n === 1 ? 'signature' : `signature${n}`, label: '', heading: null, ...none };
    }
    case 'issued': {
      const title = node.children.find((c) => c.type === 'title');
      return { kind: 'issued' as const, id: node.id, label: '', heading: title?.text ?? null, ...none };
    }
  }
}

/** Where each sentence of an article stands (its paragraph, its item), read off the article's node. */
export function articlePlaces(article: ArticleNode): ArticlePlaces {
  const places: ArticlePlaces = {};
  for (const clause of article.children) {
    for (const child of clause.children) {
      const n = toChineseNumeral(clause.n);
      if (child.type === 'sentence') places[child.id] = [n];
      else
        for (const c of child.children) {
          if (c.type === 'sentence') places[c.id] = [n, child.label];
          else for (const s of c.children.flatMap((p) => p.children)) places[s.id] = [n, child.label, c.n];
        }
    }
  }
  return places;
}

function headingSpanOf(node: UnitNode): { headingSpan?: Span } {
  switch (node.type) {
    case 'part':
    case 'book':
    case 'chapter':
    case 'section':
      return { headingSpan: node.headingSpan };
    case 'box':
      return node.headingSpan ? { headingSpan: node.headingSpan } : {};
    case 'attachment':
      return { headingSpan: node.title?.span ?? node.headingSpan };
    case 'issued': {
      const title = node.children.find((c) => c.type === 'title');
      return title && !title.lines ? { headingSpan: title.span } : {};
    }
    default:
      return {};
  }
}

function linesOf(node: UnitNode): DocUnit['lines'] {
  if (node.type === 'signature') return node.lines;
  if (node.type === 'table') return [...(node.caption ? [node.caption] : []), ...node.rows.flat()];
  return [];
}

/** The nearest unit of `kind` that `id` lies in (the document a notice issues, a part…), if any. */
export function enclosing(units: UnitList, id: string, kind: UnitKind): DocUnit | undefined {
  for (let u = units.byId.get(units.byId.get(id)?.parent ?? ''); u; u = units.byId.get(u.parent ?? '')) if (u.kind === kind) return u;
  return undefined;
}

/** Every sentence of a unit and of the units inside it, in reading order. */
export function sentencesWithin(units: UnitList, unit: DocUnit): SentenceNode[] {
  return [unit, ...units.within(unit.id)].flatMap((u) => u.sentences).sort((a, b) => a.span[0] - b.span[0]);
}

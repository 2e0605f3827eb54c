// The body of a regulation (条例, 规定, 办法, a law, a Party regulation): a contents list 目录 when
// one is printed, a preamble (with its heading 序言 when printed), books 第一编, chapters 第一章,
// sections 第一节 of a chapter, articles 第一条 (and inserted articles 第十条之一) numbered
// continuously across them all, an article's paragraphs (款) and the items (项) （一）… it lists,
// which are numbered within their article and are not measures, and the sub-items (目) 1. 2. an
// item lists (第六条第一款第（五）项第1目).
//
// Chapters are numbered as printed, across books (第二编 goes on with 第四章: `ch4`); a document
// that numbers its chapters afresh in each book (第二编 opens with 第一章) gets chapter ids under
// their book's (`bk1-ch1`, `bk2-ch1`), in every book, so each id stays unique.
import type {
  ArticleNode,
  BookNode,
  ChapterNode,
  ClauseNode,
  ContentsNode,
  ItemNode,
  ParagraphNode,
  PreambleNode,
  Repair,
  SectionNode,
  SentenceNode,
  Span,
  SubItemNode,
} from '../tree/nodes.ts';
import { type Paragraph, dropPrefix } from './blocks.ts';
import type { SourceContext } from './context.ts';
import {
  BOOK,
  CHAPTER,
  CONTENTS_HEADING,
  type Classified,
  PREAMBLE_HEADING,
  SECTION,
  type SubItemLabel,
  checkNumber,
  firstSegment,
  printed,
  subItemLabel,
} from './labels.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';

type HeadingHead = Extract<Classified, { kind: 'book' | 'chapter' | 'section' }>;
type ArticleHead = Extract<Classified, { kind: 'article' }>;
type ItemHead = Extract<Classified, { kind: 'measure' }>;

/** A sub-item (目) of an item: its label, and its text without the label. */
interface DraftSub {
  label: SubItemLabel;
  at: number;
  line: number;
  para: Paragraph;
}

interface DraftItem {
  head: ItemHead;
  para: Paragraph;
  subs: DraftSub[];
}

interface DraftArticle {
  head: ArticleHead;
  /** Its paragraphs (款), each with the items that follow it. */
  clauses: Array<{ para: Paragraph; items: DraftItem[] }>;
}

interface DraftSection {
  head: HeadingHead;
  paras: Paragraph[];
  articles: DraftArticle[];
}

interface DraftChapter {
  head: HeadingHead;
  book: DraftBook | null;
  paras: Paragraph[];
  /** Articles before its first section (or all of them, in a chapter without sections). */
  articles: DraftArticle[];
  sections: DraftSection[];
}

interface DraftBook {
  head: HeadingHead;
  paras: Paragraph[];
  chapters: DraftChapter[];
}

/**
 * What a regulation's body gives: its preamble, and in source order its contents list, books or
 * chapters, or articles alone (a 办法 or 实施条例 without chapters).
 */
export interface RegulationStructure {
  preamble: PreambleNode | null;
  parts: Array<ContentsNode | BookNode | ChapterNode | ArticleNode>;
}

/** Files each paragraph under the preamble, its book, chapter, section, article and paragraph, then makes the nodes. */
export function regulationStructure(all: Classified[], ctx: SourceContext, repairs: Repair[]): RegulationStructure {
  const { contents, items } = contentsList(all, ctx);
  const preambleParas: Paragraph[] = [];
  let preambleHeading: Paragraph | null = null;
  const top: Array<DraftBook | DraftChapter | DraftArticle> = [];
  // Many 办法, 规定 and 实施条例 number their articles with no chapter above them: the articles
  // stand at the top. In a text with chapters (its contents list counts), an article before the
  // first one is out of place.
  const chaptered = all.some((it) => it.kind === 'chapter' || it.kind === 'book');
  let book: DraftBook | null = null;
  let chapter: DraftChapter | null = null;
  let section: DraftSection | null = null;
  let article: DraftArticle | null = null;
  let lastBook = 0;
  let lastChapter = 0;
  let lastArticle = { n: 0, sub: 0 };
  let restarts = false;
  for (const item of items) {
    if (item.kind === 'book') {
      checkHeading(item, lastBook, ctx);
      lastBook = Math.max(lastBook, item.n);
      book = { head: item, paras: [], chapters: [] };
      top.push(book);
      chapter = section = article = null;
    } else if (item.kind === 'chapter') {
      // A book that opens with 第一章 after chapters numbered before it: chapters restart per book.
      if (book && book.chapters.length === 0 && item.n === 1 && lastChapter > 0) {
        restarts = true;
        lastChapter = 0;
      }
      checkHeading(item, lastChapter, ctx);
      lastChapter = Math.max(lastChapter, item.n);
      chapter = { head: item, book, paras: [], articles: [], sections: [] };
      (book ? book.chapters : top).push(chapter);
      section = article = null;
    } else if (item.kind === 'section') {
      if (!chapter) {
        ctx.report(firstSegment(item.para), 'section-outside-chapter', `section ${item.label} stands outside any chapter (第一章…)`);
        continue;
      }
      checkHeading(item, chapter.sections.at(-1)?.head.n ?? 0, ctx);
      section = { head: item, paras: [], articles: [] };
      chapter.sections.push(section);
      article = null;
    } else if (item.kind === 'article') {
      const at = item.para.segments[0]!.start;
      const labelSpan: Span = [at, at + item.label.length];
      lastArticle = checkArticle(item, lastArticle, ctx, labelSpan);
      if (!chapter && !chaptered) {
        article = { head: item, clauses: [{ para: dropPrefix(item.para, item.label.length, ctx), items: [] }] };
        top.push(article);
        continue;
      }
      if (!chapter) {
        ctx.report(labelSpan, 'article-before-chapter', `article ${item.label} comes before any chapter (第一章…)`);
        (book ? book.paras : preambleParas).push(item.para);
        continue;
      }
      article = { head: item, clauses: [{ para: dropPrefix(item.para, item.label.length, ctx), items: [] }] };
      (section ?? chapter).articles.push(article);
    } else if (item.kind === 'measure' && article) {
      const clause = article.clauses.at(-1)!;
      const at = item.para.segments[0]!.start;
      checkNumber('item', item.n, clause.items.at(-1)?.head.n ?? 0, item.label, ctx, [at, at + item.label.length]);
      clause.items.push({ head: item, para: dropPrefix(item.para, item.label.length, ctx), subs: [] });
    } else if (article && subOf(article, item.para)) {
      const listed = article.clauses.at(-1)!.items.at(-1)!;
      const label = subOf(article, item.para)!;
      listed.subs.push({
        label,
        at: item.para.segments[0]!.start,
        line: item.para.line,
        para: dropPrefix(item.para, label.label.length, ctx),
      });
    } else if (article) article.clauses.push({ para: item.para, items: [] });
    else if (section) section.paras.push(item.para);
    else if (chapter) chapter.paras.push(item.para);
    else if (book) book.paras.push(item.para);
    else if (!preambleHeading && preambleParas.length === 0 && top.length === 0 && PREAMBLE_HEADING.test(item.para.text))
      preambleHeading = item.para;
    else preambleParas.push(item.para);
  }
  const chapterId = (d: DraftChapter) => (restarts && d.book ? `bk${d.book.head.n}-ch${d.head.n}` : `ch${d.head.n}`);
  const build = new NodeBuilder(ctx, repairs, chapterId);
  const preamble = preambleNode(preambleHeading, paragraphsOf(preambleParas, sentenceIds('preamble-'), ctx, repairs), ctx);
  const parts = top.map((d) => ('chapters' in d ? build.book(d) : 'clauses' in d ? build.article(d, '') : build.chapter(d)));
  return { preamble, parts: contents ? [contents, ...parts] : parts };
}

/**
 * The label of a sub-item (目) when `para` is the next one of the item the article's last paragraph
 * lists last: 1. under （五）, then 2.; in the style the item's first sub-item set. A number out of
 * turn is not one: the paragraph is the article's next 款, as it is printed.
 */
function subOf(article: DraftArticle, para: Paragraph): SubItemLabel | null {
  const item = article.clauses.at(-1)!.items.at(-1);
  const label = item ? subItemLabel(para.text) : null;
  if (!item || !label) return null;
  const last = item.subs.at(-1)?.label;
  return label.n === (last?.n ?? 0) + 1 && (!last || last.style === label.style) ? label : null;
}

/** Reports a book, chapter or section heading with no heading text, or out of its number's turn. */
function checkHeading(item: HeadingHead, prev: number, ctx: SourceContext): void {
  const span = firstSegment(item.para);
  if (!item.heading) ctx.report(span, `${item.kind}-empty`, `${item.kind} ${item.label} has no heading`);
  checkNumber(item.kind, item.n, prev, item.label, ctx, span);
}

/**
 * Reports an article out of its turn: 第十一条 follows 第十条 or any 第十条之N; an inserted 第十条之一
 * follows 第十条, and 第十条之二 follows 第十条之一. Returns the highest number so far, so one slip
 * is reported once.
 */
function checkArticle(item: ArticleHead, last: { n: number; sub: number }, ctx: SourceContext, place: Span) {
  const sub = item.sub ?? 0;
  const next = sub ? item.n === last.n && sub === last.sub + 1 : item.n === last.n + 1;
  const order = item.n - last.n || sub - last.sub;
  if (next) return { n: item.n, sub };
  if (order === 0) ctx.report(place, 'article-number-repeated', `article ${item.label} repeats the number before it`);
  else if (order < 0) ctx.report(place, 'article-out-of-order', `article ${item.label} is out of order: it comes after ${numberOf(last)}`);
  else if (!sub) checkNumber('article', item.n, last.n, item.label, ctx, place);
  else {
    ctx.report(
      place,
      'article-numbering-gap',
      `article numbering has a gap: expected number ${last.n + 1} or article ${last.n}之${last.sub + 1}, found ${item.label}`,
    );
  }
  return order > 0 ? { n: item.n, sub } : last;
}

const numberOf = ({ n, sub }: { n: number; sub: number }) => (sub ? `number ${n}之${sub}` : `number ${n}`);

/** The preamble node, when there is a preamble or a preamble heading. */
function preambleNode(heading: Paragraph | null, children: ParagraphNode[], ctx: SourceContext): PreambleNode | null {
  if (!heading && children.length === 0) return null;
  const headingSpan = heading ? firstSegment(heading) : null;
  const start = headingSpan?.[0] ?? children[0]!.position.start.offset!;
  const end = children.at(-1)?.position.end.offset ?? headingSpan![1];
  return {
    type: 'preamble',
    ...(heading ? { heading: { text: heading.text, span: headingSpan! } } : {}),
    children,
    position: ctx.position(start, end),
  };
}

/** An entry of a contents list, its leader dots and page number cut off: 第一章 总则……1 → 第一章 总则. */
const LEADERS = /(?:[ \u3000]*[…·．.⋯]{2,}[ \u3000]*[0-9０-９]{0,4}|[ \u3000]+[0-9０-９]{1,4})$/u;
const ENTRY = [BOOK, CHAPTER, SECTION, PREAMBLE_HEADING];

/** An entry's key (its words without spaces), or null for a line that is no contents entry. */
function entryKey(item: Classified): string | null {
  if (item.para.segments.length !== 1) return null;
  const text = item.para.text.replace(LEADERS, '');
  return ENTRY.some((re) => re.test(text)) ? text.replace(/[\s\u3000]/gu, '') : null;
}

/**
 * A contents list printed before the text: a line 目录, then lines repeating the book, chapter and
 * section headings (and 序言), with or without leader dots and page numbers. It ends before the
 * line that repeats its first entry (where the text begins: 第一章 总则 a second time), or at the
 * first line that is no entry. Furniture: its lines are not read as headings.
 */
function contentsList(items: Classified[], ctx: SourceContext): { contents: ContentsNode | null; items: Classified[] } {
  const firstUnit = items.findIndex((it) => it.kind !== 'body');
  const at = items.findIndex((it, i) => it.kind === 'body' && CONTENTS_HEADING.test(it.para.text) && (firstUnit < 0 || i < firstUnit));
  if (at < 0) return { contents: null, items };
  let end = at + 1;
  let first: string | null = null;
  let repeated = false;
  for (; end < items.length; end++) {
    const key = entryKey(items[end]!);
    if (key === null) break;
    if (key === first) {
      repeated = true;
      break;
    }
    first ??= key;
  }
  const head = firstSegment(items[at]!.para);
  if (end === at + 1) {
    ctx.report(head, 'contents-empty', `the contents list ${items[at]!.para.text} has no entries (第一章…) after it`);
    return { contents: null, items };
  }
  if (!repeated && items[end]?.kind === 'article') {
    ctx.report(
      head,
      'contents-unended',
      `the contents list ${items[at]!.para.text} runs into article ${items[end]!.para.text.slice(0, 8)}…: no heading after it repeats its first entry, so the text's own headings cannot be told from it`,
    );
  }
  const lines = items.slice(at, end).map((it) => printed(it.para));
  const contents: ContentsNode = { type: 'contents', lines, position: ctx.position(lines[0]!.span[0], lines.at(-1)!.span[1]) };
  return { contents, items: [...items.slice(0, at), ...items.slice(end)] };
}

/** Makes the nodes, numbering sentences and repairs in source order. */
class NodeBuilder {
  // Plain fields, not parameter properties: Node runs this file by stripping types, which cannot rewrite those.
  private readonly ctx: SourceContext;
  private readonly repairs: Repair[];
  private readonly chapterId: (d: DraftChapter) => string;

  constructor(ctx: SourceContext, repairs: Repair[], chapterId: (d: DraftChapter) => string) {
    this.ctx = ctx;
    this.repairs = repairs;
    this.chapterId = chapterId;
  }

  /** The fields a book, chapter and section share: label and heading as printed, with their spans. */
  private heading(head: HeadingHead) {
    const [start, end] = firstSegment(head.para);
    return {
      n: head.n,
      numeral: head.numeral,
      label: head.label,
      labelSpan: [start, start + head.label.length] as Span,
      heading: head.heading,
      headingSpan: [end - head.heading.length, end] as Span,
      line: head.para.line,
    };
  }

  private paragraphs(paras: Paragraph[], prefix: string): ParagraphNode[] {
    return paragraphsOf(paras, sentenceIds(`${prefix}-`), this.ctx, this.repairs);
  }

  private placed(start: number, children: Array<{ position: { end: { offset?: number | undefined } } }>, end: number) {
    return this.ctx.position(start, children.at(-1)?.position.end.offset ?? end);
  }

  book(d: DraftBook): BookNode {
    const id = `bk${d.head.n}`;
    const fields = this.heading(d.head);
    const children: BookNode['children'] = [...this.paragraphs(d.paras, id), ...d.chapters.map((c) => this.chapter(c))];
    return { type: 'book', id, ...fields, children, position: this.placed(fields.labelSpan[0], children, fields.headingSpan[1]) };
  }

  chapter(d: DraftChapter): ChapterNode {
    const id = this.chapterId(d);
    const fields = this.heading(d.head);
    const children: ChapterNode['children'] = [
      ...this.paragraphs(d.paras, id),
      ...d.articles.map((a) => this.article(a, id)),
      ...d.sections.map((s) => this.section(s, id)),
    ];
    return {
      type: 'chapter',
      id,
      ...fields,
      ...(d.book ? { book: `bk${d.book.head.n}` } : {}),
      children,
      position: this.placed(fields.labelSpan[0], children, fields.headingSpan[1]),
    };
  }

  section(d: DraftSection, chapter: string): SectionNode {
    const id = `${chapter}-sec${d.head.n}`;
    const fields = this.heading(d.head);
    const children: SectionNode['children'] = [...this.paragraphs(d.paras, id), ...d.articles.map((a) => this.article(a, chapter))];
    return {
      type: 'section',
      id,
      ...fields,
      chapter,
      children,
      position: this.placed(fields.labelSpan[0], children, fields.headingSpan[1]),
    };
  }

  /** A sub-item (目) of an item: `art6-para1-item5-i1`, its sentences in the article's numbering. */
  private subItem(sub: DraftSub, itemId: string, clause: number, nextId: () => string): SubItemNode {
    const { ctx, repairs } = this;
    const labelSpan: Span = [sub.at, sub.at + sub.label.label.length];
    const own = sentencesOf(sub.para, clause, nextId, ctx, repairs);
    const children: ParagraphNode[] = own.length
      ? [{ type: 'paragraph', children: own, position: ctx.position(own[0]!.span[0], own.at(-1)!.span[1]) }]
      : [];
    return {
      type: 'subitem',
      id: `${itemId}-i${sub.label.n}`,
      n: sub.label.n,
      label: sub.label.label,
      labelSpan,
      line: sub.line,
      children,
      position: ctx.position(sub.at, own.at(-1)?.span[1] ?? labelSpan[1]),
    };
  }

  article({ head, clauses }: DraftArticle, chapter: string): ArticleNode {
    const { ctx, repairs } = this;
    const id = head.sub ? `art${head.n}-${head.sub}` : `art${head.n}`;
    const start = head.para.segments[0]!.start;
    const nextId = sentenceIds(`${id}-`);
    const children = clauses.map(({ para, items }, i): ClauseNode => {
      const own = sentencesOf(para, i, nextId, ctx, repairs);
      const listed = items.map(({ head: item, para: text, subs }): ItemNode => {
        const at = item.para.segments[0]!.start;
        const itemId = `${id}-para${i + 1}-item${item.n}`;
        const sentences = [...sentencesOf(text, i, nextId, ctx, repairs), ...subs.map((sub) => this.subItem(sub, itemId, i, nextId))];
        return {
          type: 'item',
          id: itemId,
          n: item.n,
          numeral: item.numeral,
          label: item.label,
          labelSpan: [at, at + item.label.length],
          line: item.para.line,
          children: sentences,
          position: ctx.position(at, sentences.at(-1)?.position.end.offset ?? at + item.label.length),
        };
      });
      const nodes = [...own, ...listed];
      const from = own.length ? para.segments[0]!.start : listed[0]!.position.start.offset!;
      return {
        type: 'clause',
        id: `${id}-para${i + 1}`,
        n: i + 1,
        line: ctx.lineOf(from),
        children: nodes,
        position: ctx.position(from, nodes.at(-1)!.position.end.offset!),
      };
    });
    return {
      type: 'article',
      id,
      n: head.n,
      ...(head.sub ? { sub: head.sub } : {}),
      numeral: head.numeral,
      label: head.label,
      labelSpan: [start, start + head.label.length],
      part: chapter,
      lead: null,
      line: head.para.line,
      children,
      position: ctx.position(start, children.at(-1)!.position.end.offset!),
    };
  }
}

/** The sentences of one paragraph, their `paragraph` the index of the 款 they belong to. */
function sentencesOf(para: Paragraph, clause: number, nextId: () => string, ctx: SourceContext, repairs: Repair[]): SentenceNode[] {
  const nodes: ParagraphNode[] = para.text === '' ? [] : paragraphsOf([para], nextId, ctx, repairs);
  return nodes.flatMap((p) => p.children).map((s) => ({ ...s, paragraph: clause }));
}

// The body of a regulation (条例, 规定, a law): chapters 第一章, articles 第一条 numbered
// continuously across them, an article's paragraphs (款) and the items (项) （一）… it lists, which
// are numbered within their article and are not measures.
import type { ArticleNode, ChapterNode, ClauseNode, ItemNode, ParagraphNode, Repair, SentenceNode, Span } from '../tree/nodes.ts';
import { type Paragraph, dropPrefix } from './blocks.ts';
import type { SourceContext } from './context.ts';
import { type Classified, checkNumber, firstSegment } from './labels.ts';
import { paragraphsOf, sentenceIds } from './paragraph-sentences.ts';

type ArticleHead = Extract<Classified, { kind: 'article' }>;
type ChapterHead = Extract<Classified, { kind: 'chapter' }>;
type ItemHead = Extract<Classified, { kind: 'measure' }>;

interface DraftArticle {
  head: ArticleHead;
  /** Its paragraphs (款), each with the items that follow it. */
  clauses: Array<{ para: Paragraph; items: Array<{ head: ItemHead; para: Paragraph }> }>;
}

interface DraftChapter {
  head: ChapterHead;
  paras: Paragraph[];
  articles: DraftArticle[];
}

/** Files each paragraph under the preamble, its chapter, its article and paragraph, then makes the nodes. */
export function regulationStructure(items: Classified[], ctx: SourceContext, repairs: Repair[]) {
  const preambleParas: Paragraph[] = [];
  const drafts: DraftChapter[] = [];
  let lastChapter = 0;
  let lastArticle = 0;
  for (const item of items) {
    const chapter = drafts.at(-1);
    const article = chapter?.articles.at(-1);
    if (item.kind === 'chapter') {
      const span = firstSegment(item.para);
      if (!item.heading) ctx.report(span, 'chapter-empty', `chapter ${item.label} has no heading`);
      checkNumber('chapter', item.n, lastChapter, item.label, ctx, span);
      lastChapter = Math.max(lastChapter, item.n);
      drafts.push({ head: item, paras: [], articles: [] });
    } else if (item.kind === 'article') {
      const at = item.para.segments[0]!.start;
      const labelSpan: Span = [at, at + item.label.length];
      checkNumber('article', item.n, lastArticle, item.label, ctx, labelSpan);
      lastArticle = Math.max(lastArticle, item.n);
      if (!chapter) {
        ctx.report(labelSpan, 'article-before-chapter', `article ${item.label} comes before any chapter (第一章…)`);
        preambleParas.push(item.para);
        continue;
      }
      chapter.articles.push({ head: item, clauses: [{ para: dropPrefix(item.para, item.label.length, ctx), items: [] }] });
    } else if (item.kind === 'measure' && article) {
      const clause = article.clauses.at(-1)!;
      const at = item.para.segments[0]!.start;
      checkNumber('item', item.n, clause.items.at(-1)?.head.n ?? 0, item.label, ctx, [at, at + item.label.length]);
      clause.items.push({ head: item, para: dropPrefix(item.para, item.label.length, ctx) });
    } else if (article) article.clauses.push({ para: item.para, items: [] });
    else if (chapter) chapter.paras.push(item.para);
    else preambleParas.push(item.para);
  }
  const preamble = paragraphsOf(preambleParas, sentenceIds('preamble-'), ctx, repairs);
  const chapters = drafts.map((d) => chapterNode(d, ctx, repairs));
  return { preamble, chapters };
}

function chapterNode({ head, paras, articles }: DraftChapter, ctx: SourceContext, repairs: Repair[]): ChapterNode {
  const id = `ch${head.n}`;
  const [start, end] = firstSegment(head.para);
  const headingStart = end - head.heading.length;
  const children: ChapterNode['children'] = [
    ...paragraphsOf(paras, sentenceIds(`${id}-`), ctx, repairs),
    ...articles.map((a) => articleNode(a, id, ctx, repairs)),
  ];
  return {
    type: 'chapter',
    id,
    n: head.n,
    numeral: head.numeral,
    label: head.label,
    labelSpan: [start, start + head.label.length],
    heading: head.heading,
    headingSpan: [headingStart, end],
    line: head.para.line,
    children,
    position: ctx.position(start, children.at(-1)?.position.end.offset ?? end),
  };
}

function articleNode({ head, clauses }: DraftArticle, chapter: string, ctx: SourceContext, repairs: Repair[]): ArticleNode {
  const id = `art${head.n}`;
  const start = head.para.segments[0]!.start;
  const nextId = sentenceIds(`${id}-`);
  const children = clauses.map(({ para, items }, i): ClauseNode => {
    const own = sentencesOf(para, i, nextId, ctx, repairs);
    const listed = items.map(({ head: item, para: text }): ItemNode => {
      const at = item.para.segments[0]!.start;
      const sentences = sentencesOf(text, i, nextId, ctx, repairs);
      return {
        type: 'item',
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

/** The sentences of one paragraph, their `paragraph` the index of the 款 they belong to. */
function sentencesOf(para: Paragraph, clause: number, nextId: () => string, ctx: SourceContext, repairs: Repair[]): SentenceNode[] {
  const nodes: ParagraphNode[] = para.text === '' ? [] : paragraphsOf([para], nextId, ctx, repairs);
  return nodes.flatMap((p) => p.children).map((s) => ({ ...s, paragraph: clause }));
}

import type { Corpus } from '../corpus.ts';
import { sentenceOrdinal, unitLabel } from '../links/labels.ts';
import { corpusUnits } from '../links/units.ts';
import { type Snippet, snippet } from '../snippet.ts';
import type { Quantity } from './extract.ts';
import { groupedPageOf } from '../view/paging.ts';

/** One figure as the quantities page lists it: the words around it and where it stands. */
export interface FigureRow {
  quantity: Quantity;
  context: Snippet;
  /** The measure, part or news item holding the sentence. */
  where: string;
  /** The sentence's place in that unit, from 1. */
  ordinal: number;
  /** Whether the unit is a news item (its label is then the item's title). */
  news: boolean;
}

export interface FigureGroup {
  item: { id: string; title: string; url: string };
  rows: FigureRow[];
}

/** The figures grouped by item in corpus order, each with its sentence's words around it. */
export function figureGroups(quantities: readonly Quantity[], corpus: Pick<Corpus, 'entries'>, width = 24): FigureGroup[] {
  const units = new Map(corpusUnits(corpus).map((u) => [u.key, u]));
  const byItem = Map.groupBy(quantities, (q) => q.item);
  return corpus.entries
    .filter((e) => byItem.has(e.id))
    .map((e) => ({
      item: { id: e.id, title: e.meta.title, url: e.url },
      rows: byItem.get(e.id)!.map((q) => {
        const unit = units.get(q.unitKey);
        const sentence = unit?.sentences.find((s) => s.id === q.sentence);
        if (!unit || !sentence) throw new Error(`figure ${q.id}: no sentence ${q.sentence} in ${q.unitKey}`);
        return {
          quantity: q,
          context: snippet(sentence.text, q.start, q.end, width),
          where: unitLabel(unit),
          ordinal: sentenceOrdinal(unit, sentence.id),
          news: unit.kind === 'news',
        };
      }),
    }));
}

/**
 * How many figures (rows) one page of /figures/ lists. Every figure of the corpus on one page grew
 * with the collection (1,845 figures, 43 KB of HTML gzipped at 500 documents; a figure is about 80
 * bytes gzipped in today's texts), so the page is cut by figures, documents in corpus order, a
 * document cut by the boundary shown on both pages: the charts and the first 400 figures at
 * /figures/, then /figures/2/ and on (figuresPageUrl), each near 30 KB. Today's 332 figures are
 * all on the first page.
 */
export const FIGURE_ROWS_PER_PAGE = 400;

/** Page `n` of /figures/'s list of figures. */
export const figuresPage = (groups: readonly FigureGroup[], n: number, urlOf: (n: number) => string) =>
  groupedPageOf(groups, (g) => g.rows, FIGURE_ROWS_PER_PAGE, n, urlOf);

/** How many figures the groups hold. */
export const figureCount = (groups: readonly FigureGroup[]) => groups.reduce((sum, g) => sum + g.rows.length, 0);

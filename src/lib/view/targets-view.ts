// What the targets pages render (/targets/ and /targets/<doc>/): each target sentence cut into
// plain and marked stretches (deadline, figure), its actors as links, and the timeline by year.
import { BASIS_LABELS, ROLE_LABELS } from '../actors/index.ts';
import type { Corpus } from '../corpus.ts';
import { type TargetRow, targetTimeline } from '../quantities/targets.ts';
import { actorUrl, documentTargetsUrl } from '../routes.ts';
import { type MarkedRun, markedRuns } from './marked-runs.ts';
import { type Paging, pageOf } from './paging.ts';

export type TextRun = MarkedRun<'deadline' | 'quantity'>;

export interface TargetRowView {
  /** The row's anchor on a targets page: `t-2024-chanye-gongren-p1-s3`. */
  anchor: string;
  url: string;
  /** 《意见》（十四）提高产业工人经济收入第3句, or a news item's title and 第3句. */
  where: string;
  runs: TextRun[];
  deadlines: string[];
  quantities: Array<{ text: string; label: string }>;
  /** url: the actor's page; null for a body a responsibility note names that the registry lacks. */
  actors: Array<{ name: string; url: string | null; note: string }>;
  year: number | null;
}

export interface TimelineYearView {
  /** `2035年`, or 未定期限 for figures with no date. */
  label: string;
  anchor: string;
  rows: TargetRowView[];
}

export interface TargetsView {
  rows: TargetRowView[];
  timeline: TimelineYearView[];
  /** Documents with targets, in corpus order, with their counts (the corpus page's table of contents). */
  documents: Array<{ id: string; title: string; targetsUrl: string; count: number }>;
}

/** The view of some target rows (the corpus's, or one document's). */
export function targetsView(rows: readonly TargetRow[], corpus: Pick<Corpus, 'byId' | 'entries'>): TargetsView {
  const views = new Map(rows.map((r) => [r, rowView(r, corpus)]));
  const counts = Map.groupBy(rows, (r) => r.item);
  return {
    rows: [...views.values()],
    timeline: targetTimeline(rows).map(({ year, rows: inYear }) => ({
      label: year === null ? '未定期限' : `${year}年`,
      anchor: year === null ? 'year-none' : `year-${year}`,
      rows: inYear.map((r) => views.get(r)!),
    })),
    documents: corpus.entries
      .filter((e) => counts.has(e.id))
      .map((e) => ({ id: e.id, title: e.meta.title, targetsUrl: documentTargetsUrl(e.id), count: counts.get(e.id)!.length })),
  };
}

function rowView(r: TargetRow, corpus: Pick<Corpus, 'byId'>): TargetRowView {
  const entry = corpus.byId(r.item)!;
  return {
    anchor: `t-${r.item}-${r.sentence}`,
    url: r.url,
    // A measure's label names its document already (《意见》（十四）…); a news item's is its title.
    where: entry.kind === 'news' ? `${entry.meta.title}第${r.ordinal}句` : `${r.where}第${r.ordinal}句`,
    runs: targetRuns(r),
    deadlines: r.deadlines.map((d) => d.text),
    quantities: r.quantities.map((q) => ({ text: q.text, label: q.label })),
    actors: r.actors.map((a) => ({
      name: a.name,
      url: a.id === undefined ? null : actorUrl(a.id),
      note: [ROLE_LABELS[a.role], a.inSentence ? '' : '本条', BASIS_LABELS[a.basis]].filter(Boolean).join('·'),
    })),
    year: r.year,
  };
}

/** The sentence cut at every deadline and figure. */
export function targetRuns(r: Pick<TargetRow, 'text' | 'deadlines' | 'quantities'>): TextRun[] {
  return markedRuns(r.text, [
    ...r.deadlines.map((d) => ({ start: d.start, end: d.end, mark: 'deadline' as const })),
    ...r.quantities.map((q) => ({ start: q.start, end: q.end, mark: 'quantity' as const })),
  ]);
}

/**
 * How many documents (or news items) one page of /targets/ covers: their entries in its list of
 * documents, its timeline and its table. Every target of the corpus on one page grew with the
 * collection (906 sentences of 497 documents, 40 KB of HTML gzipped at 500 documents; a sentence
 * is about 200 bytes gzipped in today's texts, listed twice, in the timeline and the table), so the
 * page is cut by documents, in corpus order: a document's targets stay on one page, and on its
 * own /targets/<doc>/ with the same anchors. 60 documents, about 140 sentences, keep a page near
 * 30 KB. The first page is /targets/, then /targets/page/2/ and on (targetsPageUrl). Today 34
 * items set targets, all on the first page.
 */
export const TARGET_DOCUMENTS_PER_PAGE = 60;

/** The items that set targets, in corpus order, with their rows. */
export function targetItems(rows: readonly TargetRow[], corpus: Pick<Corpus, 'entries'>): Array<{ id: string; rows: TargetRow[] }> {
  const byItem = Map.groupBy(rows, (r) => r.item);
  return corpus.entries.filter((e) => byItem.has(e.id)).map((e) => ({ id: e.id, rows: byItem.get(e.id)! }));
}

/** Page `n` of /targets/: the view of its items' rows, where it stands, and how many sentences there are in all. */
export function targetsIndexPage(
  rows: readonly TargetRow[],
  corpus: Pick<Corpus, 'byId' | 'entries'>,
  n: number,
  urlOf: (n: number) => string,
): { view: TargetsView; paging: Paging; rows: number } {
  const { items, paging } = pageOf(targetItems(rows, corpus), TARGET_DOCUMENTS_PER_PAGE, n, urlOf);
  return {
    view: targetsView(
      items.flatMap((i) => i.rows),
      corpus,
    ),
    paging,
    rows: rows.length,
  };
}

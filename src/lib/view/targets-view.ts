// What the targets pages render (/targets/ and /targets/<doc>/): each target sentence cut into
// plain and marked stretches (deadline, figure), its actors as links, and the timeline by year.
import { BASIS_LABELS, ROLE_LABELS } from '../actors/index.ts';
import type { Corpus } from '../corpus.ts';
import { type TargetRow, targetTimeline } from '../quantities/targets.ts';
import { actorUrl, documentTargetsUrl } from '../routes.ts';
import { type MarkedRun, markedRuns } from './marked-runs.ts';

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

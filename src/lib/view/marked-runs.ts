/** A stretch of a sentence, marked or plain; the runs of a sentence join back into its text. */
export interface MarkedRun<M extends string> {
  text: string;
  mark: M | null;
}

/**
 * A sentence cut at marked stretches (a deadline, a figure, a passage the other document repeats),
 * for views that show a few kinds of mark without the sentence's other annotations; where two
 * stretches overlap the earlier one is kept whole.
 */
export function markedRuns<M extends string>(text: string, marks: ReadonlyArray<{ start: number; end: number; mark: M }>): MarkedRun<M>[] {
  const runs: MarkedRun<M>[] = [];
  let at = 0;
  for (const m of [...marks].sort((x, y) => x.start - y.start)) {
    if (m.start < at) continue;
    if (m.start > at) runs.push({ text: text.slice(at, m.start), mark: null });
    runs.push({ text: text.slice(m.start, m.end), mark: m.mark });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: null });
  return runs;
}

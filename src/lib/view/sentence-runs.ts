/** Something to show on a stretch of a sentence's text: offsets are into the sentence text. */
export interface Annotation {
  kind: 'actor' | 'term' | 'note' | 'repair' | 'query';
  start: number;
  end: number;
  /** Actor id, term id, note id or repair id. */
  ref: string;
  /** Where the annotation leads (term page, note), if anywhere. */
  href?: string;
  label?: string;
}

export interface Run {
  text: string;
  /** Annotations covering this whole run. */
  on: Annotation[];
  /** Annotations that end right after this run (where a note reference is placed). */
  ending: Annotation[];
}

/**
 * Cuts a sentence into runs at every annotation boundary, so overlapping annotations (an actor's
 * evidence inside a glossary term) render as nested marks without breaking the text.
 */
export function sentenceRuns(text: string, annotations: readonly Annotation[]): Run[] {
  const valid = annotations.filter((a) => a.start >= 0 && a.end <= text.length && a.end > a.start);
  const cuts = new Set([0, text.length]);
  for (const a of valid) cuts.add(a.start).add(a.end);
  const points = [...cuts].sort((x, y) => x - y);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    runs.push({
      text: text.slice(from, to),
      on: valid.filter((a) => a.start <= from && a.end >= to),
      ending: valid.filter((a) => a.end === to),
    });
  }
  return runs;
}

/** Links must not nest: of overlapping linked annotations keep the first, drop the rest's href. */
export function withoutNestedLinks(annotations: readonly Annotation[]): Annotation[] {
  const taken: Array<[number, number]> = [];
  return annotations.map((a) => {
    if (!a.href || a.kind === 'note' || a.kind === 'repair') return a;
    const clash = taken.some(([s, e]) => a.start < e && a.end > s);
    if (clash) {
      const { href: _dropped, ...rest } = a;
      return rest;
    }
    taken.push([a.start, a.end]);
    return a;
  });
}

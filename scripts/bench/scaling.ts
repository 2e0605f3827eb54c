// The scaling verdict of `npm run bench`: from the build times measured at three or more corpus
// sizes, what one added document costs between consecutive sizes, and whether that cost stays
// flat. Two sizes give one marginal cost, which any growth fits; the verdict needs two.

/** The build steps timed by scripts/build.ts, with the names the tables give them. */
export const STEPS = [
  ['validateMs', 'content checks'],
  ['astroMs', 'astro'],
  ['pagefindMs', 'Pagefind'],
] as const;
export type Step = (typeof STEPS)[number][0];

/** One corpus size: documents, milliseconds per step, and the CPU time of the whole build when known. */
export interface SizeRun {
  n: number;
  ms: Record<Step, number>;
  cpuMs?: number | undefined;
}

export const totalMs = (run: SizeRun) => STEPS.reduce((sum, [step]) => sum + run.ms[step], 0);

/** What a document added between two consecutive sizes cost, per step and in all (ms per document). */
export interface Marginal {
  from: number;
  to: number;
  ms: Record<Step, number>;
  total: number;
}

export function marginals(runs: readonly SizeRun[]): Marginal[] {
  return runs.slice(1).map((run, i) => {
    const before = runs[i]!;
    const per = (a: number, b: number) => (b - a) / (run.n - before.n);
    const ms = Object.fromEntries(STEPS.map(([step]) => [step, per(before.ms[step], run.ms[step])])) as Record<Step, number>;
    return { from: before.n, to: run.n, ms, total: per(totalMs(before), totalMs(run)) };
  });
}

export interface Verdict {
  /** Marginal cost at the largest sizes over that at the smallest; null when it cannot be told. */
  ratio: number | null;
  met: boolean;
  text: string;
}

/** A total measured at one size: build time, or CPU time. */
export interface Point {
  n: number;
  ms: number;
}

/**
 * Linear when a document added between the two largest sizes costs at most `target` times what
 * one added between the two smallest cost. Not met when it is more, and when it cannot be told:
 * fewer than three sizes, or a first marginal cost that is not positive.
 */
export function verdictOn(points: readonly Point[], target = 1.2): Verdict {
  const goal = `(target ≤ ${target}×)`;
  if (points.length < 3) {
    return {
      ratio: null,
      met: false,
      text: `an added document's cost at the largest size against the smallest needs three sizes or more, ${points.length} measured ${goal}: **not met**`,
    };
  }
  const steps = points.slice(1).map((p, i) => ({ from: points[i]!.n, to: p.n, ms: (p.ms - points[i]!.ms) / (p.n - points[i]!.n) }));
  const [first, last] = [steps[0]!, steps.at(-1)!];
  const figures = steps.map((m) => `${m.ms.toFixed(0)} ms per document from ${m.from} to ${m.to}`).join(', ');
  if (!(first.ms > 0)) {
    return {
      ratio: null,
      met: false,
      text: `an added document cost ${first.ms.toFixed(0)} ms between the smallest sizes, so no ratio can be taken (${figures}) ${goal}: **not met**`,
    };
  }
  const ratio = last.ms / first.ms;
  const met = ratio <= target;
  return {
    ratio,
    met,
    text: `an added document costs ${ratio.toFixed(2)}× as much at the largest size as at the smallest ${goal}: ${met ? 'met' : '**not met**'} (${figures})`,
  };
}

/** The verdict on the build's total time (the steps summed). */
export const verdict = (runs: readonly SizeRun[], target = 1.2) =>
  verdictOn(
    runs.map((r) => ({ n: r.n, ms: totalMs(r) })),
    target,
  );

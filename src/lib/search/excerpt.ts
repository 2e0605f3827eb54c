// A clause cut to a readable length around its first mark, as text runs to render.
import type { Range } from './match.ts';

export interface Run {
  text: string;
  mark: boolean;
}

/** Runs of `text` with `marks`, cut to about `max` characters around the first mark (… where cut). */
export function excerptRuns(text: string, marks: readonly Range[], max = 110): Run[] {
  let start = 0;
  let end = text.length;
  if (text.length > max) {
    const first = marks[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max));
    end = Math.min(text.length, start + max);
  }
  const runs: Run[] = [];
  if (start > 0) runs.push({ text: '…', mark: false });
  let at = start;
  for (const [s, e] of marks) {
    if (e <= start || s >= end) continue;
    const [ms, me] = [Math.max(s, start), Math.min(e, end)];
    if (ms > at) runs.push({ text: text.slice(at, ms), mark: false });
    runs.push({ text: text.slice(ms, me), mark: true });
    at = me;
  }
  if (at < end) runs.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) runs.push({ text: '…', mark: false });
  return runs;
}

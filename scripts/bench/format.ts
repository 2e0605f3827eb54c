// How `npm run bench` writes its figures: sizes, times, medians, Markdown tables and verdicts,
// one way for every section.

export const kb = (n: number) => (n / 1024).toFixed(1);
export const sec = (ms: number) => (ms / 1000).toFixed(1);
export const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
/** A count with thousands separated, as the tables write them. */
export const count = (n: number) => n.toLocaleString('en-US');

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

export const table = (head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export const mark = (ok: boolean) => (ok ? 'met' : '**not met**');

const started = performance.now();

/** A line on stderr, with the minutes and seconds since the bench started: how long each part takes. */
export function log(message: string) {
  const s = Math.round((performance.now() - started) / 1000);
  process.stderr.write(`bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}: ${message}\n`);
}

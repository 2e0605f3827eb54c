// Shapes and scoring of the search-quality suites. A case names the units a reader means by the
// query (`<item>#<unit>`, e.g. 2024-chanye-gongren#m17, or a news item's id); a hit counts when
// one of them is among the first results. `first` marks queries whose answer is unambiguous
// and must come first. Expectations were written from the text, not from the ranker's output.
import type { SearchResponse } from '../../src/lib/search/engine.ts';

export const C = '2024-chanye-gongren';
export const G = '2022-gaojineng-rencai';
export const NDRC = '2024-ndrc-q4-economy';
export const TRANSPORT = '2024-transport-power-patents';
export const TUNNEL = '2024-xiyu-railway-tunnel';
export const LAUNCH = '2024-tianping-3-launch';
export const J = '2025-shiwuwu-jianyi';
export const T = '2025-lixing-jieyue-tiaoli';

export interface Case {
  q: string;
  want: string[];
  first?: boolean;
  note?: string;
}

export const u = (item: string, unit?: string) => (unit ? `${item}#${unit}` : item);

/** The units of a response, best first, as `<item>#<unit>` (news: the item id). */
export function rankedUnits(r: SearchResponse): string[] {
  return r.all.map((h) => (h.unit.unit === h.unit.item ? h.unit.item : `${h.unit.item}#${h.unit.unit}`));
}

export interface Outcome {
  q: string;
  rank: number | undefined;
  top: string[];
  status: SearchResponse['status'];
  ok: boolean;
}

export function score(c: Case, r: SearchResponse): Outcome {
  const units = rankedUnits(r);
  const at = units.findIndex((x) => c.want.includes(x));
  const rank = at < 0 ? undefined : at + 1;
  return { q: c.q, rank, top: units.slice(0, 3), status: r.status, ok: rank !== undefined && rank <= (c.first ? 1 : 3) };
}

export function summary(outcomes: Outcome[]) {
  const n = outcomes.length;
  const hit1 = outcomes.filter((o) => o.rank === 1).length / n;
  const hit3 = outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length / n;
  return { n, hit1: Math.round(hit1 * 1000) / 1000, hit3: Math.round(hit3 * 1000) / 1000, misses: outcomes.filter((o) => !o.ok) };
}

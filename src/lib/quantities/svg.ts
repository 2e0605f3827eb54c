import { escapeMarkup } from '../escape.ts';

/** A horizontal bar chart as a standalone, accessible SVG string: no script, no client library. */
export interface BarChartInput {
  /** Prefix for the ids of <title> and <desc>; unique on the page. */
  id: string;
  title: string;
  /** Defaults to the bars read out in words, so a screen reader gets the data. */
  desc?: string;
  bars: ReadonlyArray<{ label: string; value: number; valueText: string }>;
  width?: number;
}

const ROW = 36;
const BAR = 20;
const PAD = 8;
const FONT = 14;
const MIN_PLOT = 200;

/** Rough advance width: a CJK character is one em, anything else about half of one. */
const textWidth = (s: string) => [...s].reduce((w, c) => w + (/[\u2018-\u201F\u2E80-\uFFEF]/.test(c) ? FONT : FONT * 0.6), 0);

export function barChartSvg(input: BarChartInput): string {
  const { id, title, bars, width = 640 } = input;
  if (bars.length === 0) throw new Error(`chart ${id} has no bars`);
  if (bars.some((b) => !(b.value >= 0) || !Number.isFinite(b.value)))
    throw new Error(`chart ${id}: bar values must be finite and not negative`);
  const desc = input.desc ?? bars.map((b) => `${b.label}：${b.valueText}`).join('；');
  const labelWidth = Math.ceil(Math.max(...bars.map((b) => textWidth(b.label)))) + PAD;
  const valueWidth = Math.ceil(Math.max(...bars.map((b) => textWidth(b.valueText)))) + PAD;
  // Long labels widen the drawing rather than run off its edge; the viewBox scales it to fit.
  const plot = Math.max(MIN_PLOT, width - labelWidth - valueWidth - 2 * PAD);
  const total = labelWidth + plot + valueWidth + 2 * PAD;
  const max = Math.max(...bars.map((b) => b.value)) || 1;
  const height = bars.length * ROW + PAD;
  const rows = bars.map((b, i) => {
    const y = PAD + i * ROW;
    const w = b.value === 0 ? 0 : Math.max(1, Math.round((b.value / max) * plot * 10) / 10);
    const x = labelWidth + PAD;
    const mid = y + BAR / 2 + FONT * 0.35;
    return [
      `<g class="bar">`,
      `<text x="${labelWidth}" y="${mid.toFixed(1)}" text-anchor="end">${escapeMarkup(b.label)}</text>`,
      `<rect x="${x}" y="${y}" width="${w}" height="${BAR}" rx="2" fill="currentColor" fill-opacity="0.55"/>`,
      `<text x="${(x + w + 6).toFixed(1)}" y="${mid.toFixed(1)}">${escapeMarkup(b.valueText)}</text>`,
      `</g>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${total} ${height}" width="${total}" height="${height}" font-size="${FONT}" fill="currentColor">`,
    `<title id="${id}-title">${escapeMarkup(title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(desc)}</desc>`,
    ...rows,
    `</svg>`,
  ].join('\n');
}

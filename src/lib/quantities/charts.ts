import { z } from 'zod';
import type { YamlWithLines } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import { type ContentError, ContentErrors } from '../errors.ts';
import { UnitRef } from '../glossary/schema.ts';
import { makeResolver } from '../links/units.ts';
import type { Quantity } from './extract.ts';

const Bar = z.strictObject({
  /** Words of the sentence holding exactly one figure. */
  quote: z.string().min(1),
  label: z.string().min(1),
  /** The bar's sentence, when not the chart's. */
  sentence: UnitRef.optional(),
});

/** One entry of content/quantities.yaml. */
export const ChartSpec = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens'),
  title: z.string().min(1),
  sentence: UnitRef,
  bars: z.array(Bar).min(2),
});
export const ChartSpecs = z.array(ChartSpec);
export type ChartSpecs = z.infer<typeof ChartSpecs>;

export interface ChartBar {
  label: string;
  value: number;
  quantity: Quantity;
}

export interface Chart {
  id: string;
  title: string;
  unit: string;
  bars: ChartBar[];
}

/** Finds each bar's figure among the extracted quantities; throws every problem with its line. */
export function resolveCharts(file: YamlWithLines<ChartSpecs>, quantities: readonly Quantity[], corpus: Pick<Corpus, 'entries'>): Chart[] {
  const resolve = makeResolver(corpus);
  const errors: ContentError[] = [];
  // The figures of each sentence, for every bar to look in its own.
  const bySentence = Map.groupBy(quantities, (q) => `${q.item}#${q.sentence}`);
  const charts = file.data.map((spec, i): Chart => {
    const bars = spec.bars.flatMap((bar, j): ChartBar[] => {
      const ref = bar.sentence ?? spec.sentence;
      const at = bar.sentence ? [i, 'bars', j, 'sentence'] : [i, 'sentence'];
      const target = resolve(ref);
      if (target?.kind !== 'sentence') {
        errors.push(file.error(at, `"${ref}" is not a sentence of the corpus`));
        return [];
      }
      const text = target.sentence.text;
      const start = text.indexOf(bar.quote);
      if (start < 0 || text.indexOf(bar.quote, start + 1) >= 0) {
        errors.push(file.error([i, 'bars', j, 'quote'], `"${bar.quote}" occurs ${start < 0 ? 'nowhere' : 'more than once'} in ${ref}`));
        return [];
      }
      const inQuote = (bySentence.get(ref) ?? []).filter((q) => q.start >= start && q.end <= start + bar.quote.length);
      if (inQuote.length !== 1) {
        errors.push(file.error([i, 'bars', j, 'quote'], `"${bar.quote}" holds ${inQuote.length} figures; quote words around exactly one`));
        return [];
      }
      return [{ label: bar.label, value: inQuote[0]!.value, quantity: inQuote[0]! }];
    });
    const units = [...new Set(bars.map((b) => b.quantity.unit))];
    if (units.length > 1) errors.push(file.error([i, 'bars'], `bars mix units (${units.join(', ')}); a chart compares like with like`));
    return { id: spec.id, title: spec.title, unit: units[0] ?? '', bars };
  });
  if (errors.length) throw new ContentErrors(errors);
  return charts;
}

import type { Corpus } from '../corpus.ts';
import { corpusUnits } from '../links/units.ts';
import type { YamlWithLines } from '../content/yaml.ts';
import { type Chart, type ChartSpecs, resolveCharts } from './charts.ts';
import { extractQuantities, type Quantity } from './extract.ts';
import { barChartSvg } from './svg.ts';

export interface QuantitiesPage {
  quantities: Quantity[];
  charts: Array<Chart & { svg: string }>;
}

/** Every figure of the corpus, and the curated charts drawn as SVG, for the quantities page. */
export function buildQuantities(corpus: Pick<Corpus, 'entries'>, specs: YamlWithLines<ChartSpecs> | undefined): QuantitiesPage {
  const quantities = extractQuantities(corpusUnits(corpus));
  const charts = specs ? resolveCharts(specs, quantities, corpus) : [];
  return {
    quantities,
    charts: charts.map((c) => ({
      ...c,
      svg: barChartSvg({
        id: `chart-${c.id}`,
        title: c.title,
        bars: c.bars.map((b) => ({ label: b.label, value: b.value, valueText: b.quantity.text })),
      }),
    })),
  };
}

import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { FACETS, facetCounts } from '../search/facets.ts';
import { looseUnits, measureUnit } from '../search/indexed-units.ts';
import { instrumentLookup } from './lookup.ts';

const { corpus, instruments } = siteModel(FIXTURE_CORPUS);
const doc = corpus.documents.find((d) => d.id === '2024-jineng-tisheng')!;
const lookup = instrumentLookup(instruments);

describe('the instrument filter of search', () => {
  it('gives a measure its instruments as type·name, in codebook order', () => {
    // m2: 培训 (supply) in s1–s3, then 依法 (environment) in s4.
    expect(measureUnit(doc, doc.measures[1]!, undefined, lookup).filters['instrument']).toEqual(['供给型·人才培养', '环境型·法规管制']);
    // m9: its one suggestion vetoed, none left: no instrument filter at all.
    expect(measureUnit(doc, doc.measures[8]!, undefined, lookup).filters).not.toHaveProperty('instrument');
  });

  it('gives a part’s own text its instruments too', () => {
    expect(looseUnits(doc, undefined, lookup).find((u) => u.unit === 'p1')!.filters['instrument']).toEqual([
      '供给型·人才培养',
      '环境型·目标规划',
    ]);
  });

  it('is a facet that counts the results of each instrument', () => {
    expect(FACETS).toContain('instrument');
    const units = doc.measures.map((m) => measureUnit(doc, m, undefined, lookup));
    const counts = facetCounts(units, { instrument: ['环境型·法规管制'] }).instrument;
    expect(counts.find((c) => c.value === '环境型·法规管制')).toEqual({ value: '环境型·法规管制', count: 6, selected: true });
  });
});

import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { actorCoverage } from './coverage.ts';

const model = siteModel(PROJECT_CONTENT);
const coverage = actorCoverage(model.actors, model.corpus.documents);

describe('the actor coverage /actors/ states', () => {
  it('counts every unit a reader codes once, by the footing of its responsible actor, or as naming none', () => {
    for (const c of coverage) {
      expect(c.official + c.reviewed + c.machine + c.none, c.doc.id).toBe(c.units);
      expect(c.units).toBe(c.doc.measures.length);
    }
  });

  it('says which units name no one, as the tags are: a unit counts as covered only by a lead or participant tag', () => {
    for (const c of coverage) {
      const responsible = (id: string) => (model.actors.unit(c.doc.id, id)?.tags ?? []).some((t) => t.role !== 'beneficiary');
      expect(c.none).toBe(c.doc.measures.filter((m) => !responsible(m.id)).length);
    }
    // The proposal leaves many measures to no named body: the page must not claim otherwise.
    expect(coverage.find((c) => c.doc.id === '2025-shiwuwu-jianyi')!.none).toBeGreaterThan(0);
  });
});

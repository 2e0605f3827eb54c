import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { unitLinks } from './unit-links.ts';

describe('unitLinks', () => {
  const graph = siteModel(FIXTURE_CORPUS).links;
  // (五) repeats two sentences and a clause of (二) and a clause of (六); a glossary term links back to it.
  const key = '2024-jineng-tisheng#m5';

  it('shows only repeated passages on the document page', () => {
    const compact = unitLinks(graph, key, false);
    expect(compact.repeated.length).toBeGreaterThan(0);
    expect(compact.related).toEqual([]);
    expect(compact.backlinks).toEqual([]);
    expect(compact.count).toBe(compact.repeated.length);
  });

  it('never lists a page twice on the measure page', () => {
    const full = unitLinks(graph, key, true);
    const shown = [...full.repeated.map((r) => r.there.url), ...full.related.map((r) => r.url)].map((u) => u.split('#')[0]);
    for (const b of full.backlinks) {
      expect(b.kind).not.toBe('repeated');
      expect(shown).not.toContain(b.url.split('#')[0]);
    }
    expect(full.count).toBe(full.repeated.length + full.related.length + full.backlinks.length);
  });
});

import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { partLinks, unitLinks } from './unit-links.ts';

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

describe('partLinks', () => {
  const graph = siteModel(FIXTURE_CORPUS).links;

  it('lists the curated links of a unit both ways and its repeated passages, never the computed related items', () => {
    const key = '2023-gongjiang-peiyang#m4';
    const part = partLinks(graph, key);
    const full = unitLinks(graph, key, true);
    expect(part.related.length).toBeGreaterThan(0);
    expect([...part.related, ...part.backlinks].every((l) => l.kind === 'curated')).toBe(true);
    expect(part.related).toEqual(full.related.filter((l) => l.kind === 'curated'));
    expect(part.repeated).toEqual(full.repeated);
    expect(part.count).toBe(part.repeated.length + part.related.length + part.backlinks.length);
  });

  it('leaves out what the build computes', () => {
    const key = '2024-jineng-tisheng#m5';
    const full = unitLinks(graph, key, true);
    expect([...full.related, ...full.backlinks].some((l) => l.kind !== 'curated')).toBe(true);
    expect([...partLinks(graph, key).related, ...partLinks(graph, key).backlinks].every((l) => l.kind === 'curated')).toBe(true);
  });

  it('shows the curated link on the other end too', () => {
    expect(partLinks(graph, '2024-jineng-tisheng#m4').related.map((l) => l.key)).toContain('2023-gongjiang-peiyang#m4');
  });
});

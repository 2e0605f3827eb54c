import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';

describe('the site link graph (terms, actors, thesaurus topics, curated links)', () => {
  const graph = siteModel(PROJECT_CONTENT).links;

  it('links the NDRC interview to the measure on state and private firms, saying why', () => {
    const link = graph.related('2024-ndrc-q4-economy').find((l) => l.key === '2024-chanye-gongren#m26');
    expect(link?.note).toMatch(/共同主体：.*民营企业/);
  });

  it('keeps the curated note where a curated link meets a computed one', () => {
    const link = graph.related('2024-transport-power-patents').find((l) => l.key === '2024-chanye-gongren#m19')!;
    expect(link.kind).toBe('curated');
    expect(link.note).toContain('知识产权保护');
  });

  it('links every pair both ways', () => {
    for (const u of graph.units) {
      for (const l of graph.related(u.key)) expect(graph.related(l.key).some((back) => back.key === u.key), `${u.key} → ${l.key}`).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';

describe('the site link graph (terms, actors, thesaurus topics, curated links)', () => {
  const graph = siteModel(FIXTURE_CORPUS).links;

  it('links the interview to the measure on state and private firms, saying why', () => {
    // Only the interview's s11 and the 2024 opinion's (九) are tagged with both 国有企业 and 民营企业.
    const link = graph.related('2024-ndrc-equipment-renewal').find((l) => l.key === '2024-jineng-tisheng#m9');
    expect(link?.note).toMatch(/共同主体：.*民营企业/);
  });

  it('keeps the curated note where a curated link meets a computed one', () => {
    // The report and (八) both tag 科研院所 and both say 知识产权保护 (a thesaurus topic).
    const link = graph.related('2024-transport-pilot-patents').find((l) => l.key === '2024-jineng-tisheng#m8')!;
    expect(link.kind).toBe('curated');
    expect(link.shared?.map((f) => f.id).sort()).toEqual(['research-institutes', 'zhishi-chanquan']);
    expect(link.note).toContain('知识产权保护');
  });

  it('links every pair both ways', () => {
    for (const u of graph.units) {
      for (const l of graph.related(u.key))
        expect(
          graph.related(l.key).some((back) => back.key === u.key),
          `${u.key} → ${l.key}`,
        ).toBe(true);
    }
  });
});

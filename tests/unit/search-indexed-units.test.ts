import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { actorLookup } from '../../src/lib/search/actor-lookup.ts';
import { looseUnits, measureUnit, newsUnit, searchUnits } from '../../src/lib/search/indexed-units.ts';
import { unitFromFragment, unitMeta } from '../../src/lib/search/unit.ts';

const { corpus, actors } = siteModel(PROJECT_CONTENT);
const units = searchUnits(corpus.entries);
const doc = corpus.documents.find((d) => d.id === '2024-chanye-gongren')!;

describe('searchable units', () => {
  it('hold every sentence of the corpus exactly once, so no text is out of reach of search', () => {
    const indexed = units.flatMap((u) => u.clauses.filter(([id]) => /(^|-)s\d+$/.test(id)).map(([id]) => `${u.item}#${id}`));
    const all = corpus.entries.flatMap((e) => e.sentences.map((s) => `${e.id}#${s.id}`));
    expect(indexed.sort()).toEqual(all.sort());
  });

  it('make a measure a unit on its own page, with its part as a filter', () => {
    const u = measureUnit(doc, doc.measures.find((m) => m.id === 'm14')!);
    expect(u).toMatchObject({ item: doc.id, unit: 'm14', page: '/documents/2024-chanye-gongren/m14/', title: '(十四)提高产业工人经济收入', kind: '措施' });
    expect(u.filters['part']).toEqual(['《意见》六、维护劳动经济权益，增强产业工人成就感获得感幸福感']);
    expect(u.clauses[3]?.[0]).toBe('m14-s4');
  });

  it('index the text outside measures on the document page (一、总体要求 of the 2024 opinion)', () => {
    const p1 = looseUnits(doc).find((u) => u.unit === 'p1')!;
    expect([p1.page, p1.kind, p1.clauses[0]]).toEqual(['/documents/2024-chanye-gongren/', '总体要求', ['p1', '一、总体要求']]);
    expect(p1.clauses.some(([, t]) => t.includes('2035'))).toBe(true);
  });

  it('make a news item one unit, its headline a clause pointing at the page', () => {
    const u = newsUnit(corpus.news.find((n) => n.id === '2024-ndrc-q4-economy')!);
    expect(u.clauses[0]).toEqual(['', '国家发展改革委有关负责人谈四季度经济走势和增量政策']);
    expect(u.clauses.some(([id]) => id === 'h1')).toBe(true);
  });

  it('carry actor names for chips and the actor filter', () => {
    const lookup = actorLookup(actors);
    const u = measureUnit(doc, doc.measures.find((m) => m.id === 'm17')!, lookup);
    expect(u.actors).toContain('工会');
    expect(u.filters['actor']).toEqual(u.actors);
  });

  it('survive the trip through Pagefind metadata', () => {
    for (const u of units.slice(0, 5)) expect(unitFromFragment({ url: u.page, meta: unitMeta(u), filters: u.filters })).toEqual(u);
  });

  it('are not read from pages our build did not describe', () => {
    expect(unitFromFragment({ url: '/x/', meta: { title: 'x' } })).toBeUndefined();
    expect(unitFromFragment({ url: '/x/', meta: { item: 'a', unit: 'b', clauses: 'not json' } })).toBeUndefined();
  });
});

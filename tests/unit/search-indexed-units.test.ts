import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../support/site.ts';
import { actorLookup } from '../../src/lib/search/actor-lookup.ts';
import { looseUnits, measureUnit, newsUnit, searchUnitCount, searchUnits } from '../../src/lib/search/indexed-units.ts';
import { indexInput } from '../../src/lib/site/search-records.ts';
import { unitFromFragment, unitMeta } from '../../src/lib/search/unit.ts';

const { corpus, actors } = siteModel(FIXTURE_CORPUS);
const units = searchUnits(corpus.entries);
const doc = corpus.documents.find((d) => d.id === '2024-jineng-tisheng')!;

describe('searchable units', () => {
  it('hold every sentence of the corpus exactly once, so no text is out of reach of search', () => {
    const indexed = units.flatMap((u) => u.clauses.filter(([id]) => /(^|-)s\d+$/.test(id)).map(([id]) => `${u.item}#${id}`));
    const all = corpus.entries.flatMap((e) => e.sentences.map((s) => `${e.id}#${s.id}`));
    expect(indexed.sort()).toEqual(all.sort());
  });

  it('are counted, item by item, as they are made, and a shard’s records are made from its items alone', () => {
    for (const e of corpus.entries) expect(searchUnitCount(e), e.id).toBe(searchUnits([e]).length);
    // Shards of 5 units (a document is never cut): the records each is given are the units of its items, in corpus order, none twice.
    const input = indexInput(siteModel(FIXTURE_CORPUS), { shardUnits: 5 });
    expect(input.shards.length).toBeGreaterThan(1);
    const made = input.shards.flatMap((shard) => {
      const records = input.records(shard);
      expect(records.length, shard.name).toBe(shard.units);
      return records.map((r) => r.url);
    });
    expect(made.sort()).toEqual(units.map((u) => (u.page.endsWith(`/${u.unit}/`) ? u.page : `${u.page}#${u.unit}`)).sort());
  });

  it('make a measure a unit on its own page, with its part as a filter', () => {
    const u = measureUnit(
      doc,
      doc.measures.find((m) => m.id === 'm4')!,
    );
    expect(u).toMatchObject({
      item: doc.id,
      unit: 'm4',
      page: '/documents/2024-jineng-tisheng/m4/',
      title: '(四)提高技能人才薪酬待遇',
      kind: '措施',
    });
    // A filter names one document of a collection: its full title, not the short one (《技能意见》).
    expect(u.filters['part']).toEqual([`${doc.meta.title}三、维护劳动经济权益，保障职工安全健康`]);
    expect(u.filters['document']).toEqual([doc.meta.title]);
    expect([u.filters['doctype'], u.filters['issuer'], u.filters['year']]).toEqual([
      ['意见'],
      doc.meta.issuers,
      [`${doc.meta.date!.slice(0, 4)}年`],
    ]);
    // No registry given: no level.
    expect(u.filters['level']).toBeUndefined();
    expect(u.clauses[1]?.[0]).toBe('m4-s2');
  });

  it('index the text outside measures on the document page (一、总体要求 of the 2024 opinion)', () => {
    const p1 = looseUnits(doc).find((u) => u.unit === 'p1')!;
    expect([p1.page, p1.kind, p1.clauses[0]]).toEqual(['/documents/2024-jineng-tisheng/', '总体要求', ['p1', '一、总体要求']]);
    expect(p1.clauses.some(([, t]) => t.includes('2030'))).toBe(true);
    // A part with measures and no text of its own is only its heading.
    expect(looseUnits(doc).find((u) => u.unit === 'p2')).toMatchObject({ kind: '部分标题', clauses: [['p2', '二、完善技能培训体系']] });
  });

  it('make a news item one unit, its headline a clause pointing at the page', () => {
    const u = newsUnit(corpus.news.find((n) => n.id === '2024-ndrc-equipment-renewal')!);
    expect(u.clauses[0]).toEqual(['', '国家发展改革委有关负责人谈经济运行和设备更新政策']);
    expect(u.clauses.some(([id]) => id === 'h1')).toBe(true);
    expect(newsUnit(corpus.news.find((n) => n.id === '2024-robot-skills-contest')!).kind).toBe('图片新闻');
  });

  it('carry actor names for chips and the actor filter', () => {
    const lookup = actorLookup(actors);
    const u = measureUnit(
      doc,
      doc.measures.find((m) => m.id === 'm6')!,
      lookup,
    );
    expect(u.actors).toEqual(['工会', '平台企业', '新就业形态劳动者', '农民工']);
    expect(u.filters['actor']).toEqual(u.actors);
    // A news item's unit gathers the actors of all its tagged statements.
    expect(lookup('2024-ndrc-equipment-renewal', '2024-ndrc-equipment-renewal')).toEqual([
      '国家发展改革委',
      '有关部门',
      '国有企业',
      '民营企业',
    ]);
  });

  it('survive the trip through Pagefind metadata', () => {
    for (const u of units.slice(0, 5)) expect(unitFromFragment({ url: u.page, meta: unitMeta(u), filters: u.filters })).toEqual(u);
  });

  it('are not read from pages our build did not describe', () => {
    expect(unitFromFragment({ url: '/x/', meta: { title: 'x' } })).toBeUndefined();
    expect(unitFromFragment({ url: '/x/', meta: { item: 'a', unit: 'b', clauses: 'not json' } })).toBeUndefined();
  });
});

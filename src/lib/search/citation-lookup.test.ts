// Citation lookups over the index the build writes, on every shape fixture and the project's
// content: each place cited as the cite panel cites it comes back to its URL, and the lookups a
// reader types (titles, short titles, 文号, places with no document) find what they name, or say
// what is not there, fetching only a shard or two.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { clause, placeOfUnit, shortBookTitle } from '../cite/locators.ts';
import type { DocumentEntry } from '../corpus.ts';
import { citationDocUrl } from '../routes.ts';
import { citationIndex } from './citation-index.ts';
import { type CitationAnswer, citationLookup, type DocShard } from './citation-lookup.ts';

const SHAPES = 'tests/fixtures/shapes';
const shape = (name: string) => join(SHAPES, name);
const dirs = [
  ...readdirSync(SHAPES)
    .filter((name) => existsSync(join(SHAPES, name, 'items')))
    .map(shape),
  PROJECT_CONTENT,
];
const documents = (...from: string[]) => from.flatMap((dir) => siteModel(dir).corpus.documents);

/** A lookup over the index of these documents, its files served as the site serves them (JSON), with what it fetched. */
function lookupOver(docs: readonly DocumentEntry[]) {
  const index = citationIndex(docs);
  const fetched: string[] = [];
  const { lookUp } = citationLookup({
    fetchJson: async (path) => {
      fetched.push(path);
      if (!index.files.has(path)) throw new Error(`${path}: not found`);
      return JSON.parse(JSON.stringify(index.files.get(path)));
    },
    counts: async () => index.counts,
  });
  return { index, fetched, lookUp };
}

const brief = (a: CitationAnswer | undefined) => a && { hits: a.hits.map((h) => [h.cite, h.url]), total: a.total, notice: a.notice };

describe.each(dirs)('every place of every document of %s', (dir) => {
  const docs = documents(dir);
  const { index, lookUp } = lookupOver(docs);

  it('is found again by its citation as the cite panel writes it, at its own URL', async () => {
    for (const doc of docs) {
      const short = shortBookTitle(doc);
      for (const u of doc.units.list) {
        // A signature or an issued document's wrapper is never cited; an article's 目 is checked with the article's places below.
        if (u.kind === 'signature' || u.kind === 'issued' || (u.kind === 'subitem' && doc.units.byId.get(u.parent!)?.kind === 'article'))
          continue;
        // A table's or attachment's label may carry its title (表1 主要发展指标, 附件：…清单): cited by number.
        const cited = u.kind === 'table' ? `表${u.n}` : u.kind === 'attachment' ? `附件${u.n}` : clause(placeOfUnit(doc, u.id));
        const answer = await lookUp(`${short}${cited}`);
        expect(
          answer?.hits.map((h) => h.url),
          `${doc.id}#${u.id}: ${short}${cited}`,
        ).toContain(u.url);
      }
    }
  });

  it("finds each paragraph, item and 目 of an article at its anchor on the article's page", async () => {
    for (const doc of docs) {
      const shards = [...index.files].filter(([path]) => path.startsWith(citationDocUrl(doc.id, 0).replace(/0\.json$/u, '')));
      const places = new Map(shards.flatMap(([, shard]) => Object.values(shard as DocShard).flat()).map((p) => [p[0], p]));
      // Every paragraph, item and 目 of the document's articles has its place.
      const inArticles = doc.units.list.flatMap((u) =>
        u.node.type === 'article'
          ? u.node.children.flatMap((para) => [
              para.id,
              ...para.children.flatMap((c) =>
                c.type === 'item' ? [c.id, ...c.children.flatMap((s) => (s.type === 'subitem' ? [s.id] : []))] : [],
              ),
            ])
          : [],
      );
      expect([...places.keys()].filter((id) => /-para\d/u.test(id)).sort(), doc.id).toEqual([...inArticles].sort());
      for (const id of inArticles) {
        const [, url, cited] = places.get(id)!;
        expect(url).toMatch(new RegExp(`/#${id}$`, 'u'));
        const answer = await lookUp(`${shortBookTitle(doc)}${cited}`);
        expect(
          answer?.hits.map((h) => h.id),
          `${doc.id}: ${cited}`,
        ).toContain(id);
      }
    }
  });
});

describe('citation lookups', () => {
  it('find an article, its paragraph and item by the full or short title, with or without 中华人民共和国', async () => {
    const { lookUp } = lookupOver(documents(shape('law'), PROJECT_CONTENT));
    expect(brief(await lookUp('某某法第十条之一'))).toEqual({
      hits: [['《中华人民共和国某某法》第十条之一', '/documents/2024-moumou-fa/art10-1/']],
      total: 1,
      notice: '',
    });
    expect((await lookUp('中华人民共和国某某法第三条第（一）项'))?.hits.map((h) => h.url)).toEqual([
      '/documents/2024-moumou-fa/art3/#art3-para1-item1',
    ]);
    // Two documents of the collection call themselves 《条例》 (the 2025 regulation, and the 2019
    // 基层组织工作条例 whose Xinhua lead says 以下简称《条例》): the short title lists both.
    expect(brief(await lookUp('《条例》第八条第二款'))?.hits).toEqual([
      ['《条例》第八条第二款', '/documents/2025-lixing-jieyue-tiaoli/art8/#art8-para2'],
      ['《条例》第八条第二款', '/documents/tiaoli-jiguan-jiceng-zuzhi-nd/art8/#art8-para2'],
    ]);
    expect((await lookUp('党政机关厉行节约反对浪费条例第十三条'))?.hits.map((h) => h.url)).toEqual([
      '/documents/2025-lixing-jieyue-tiaoli/art13/',
    ]);
    // Citations drop the issuers: the title from 关于 on names the document too.
    expect((await lookUp('关于深化产业工人队伍建设改革的意见第（十四）条'))?.hits.map((h) => h.cite)).toEqual(['《意见》第（十四）条']);
  });

  it('find a document by its 文号 in any printed form, and a place in it', async () => {
    const { lookUp } = lookupOver(documents(shape('notice'), shape('measures'), PROJECT_CONTENT));
    for (const typed of ['中办发〔2022〕58号', '中办发[2022]58号', '中办发（２０２２）５８号'])
      expect(
        (await lookUp(typed))?.hits.map((h) => [h.item, h.url]),
        typed,
      ).toEqual([['2022-gaojineng-rencai', '/documents/2022-gaojineng-rencai/']]);
    expect((await lookUp('中办发[2022]58号第（三）条'))?.hits.map((h) => h.cite)).toEqual(['《高技能人才意见》第（三）条']);
    expect((await lookUp('某市教〔2025〕12号附件2'))?.hits.map((h) => h.url)).toEqual(['/documents/2025-shuqi-anquan/#att2']);
    expect((await lookUp('某某部令第3号第三条之一'))?.hits.map((h) => h.url)).toEqual(['/documents/2025-mouban-banfa/art3-1/']);
  });

  it('find measures restarted per part, sub-items, boxes, tables and points by their numbers', async () => {
    const { lookUp } = lookupOver(documents(shape('scheme'), shape('plan-tables'), shape('speech')));
    const urls = async (q: string) => (await lookUp(q))?.hits.map((h) => h.url);
    expect(await urls('《方案》第二部分第（二）条')).toEqual(['/documents/2025-mou-fuwu-fangan/p2-m2/']);
    expect(await urls('《方案》第二部分（二）')).toEqual(['/documents/2025-mou-fuwu-fangan/p2-m2/']);
    // Without its part, （二） is in each part that restarts its measures: all are listed.
    expect(await urls('《方案》第（二）条')).toEqual([
      '/documents/2025-mou-fuwu-fangan/p1-m2/',
      '/documents/2025-mou-fuwu-fangan/p2-m2/',
      '/documents/2025-mou-fuwu-fangan/p3-m2/',
    ]);
    expect(brief(await lookUp('《方案》第二部分第（二）条第1项'))?.hits).toEqual([
      ['《方案》第二部分第（二）条第1项', '/documents/2025-mou-fuwu-fangan/#p2-m2-i1'],
    ]);
    expect(await urls('《方案》第4项')).toEqual(['/documents/2025-mou-fuwu-fangan/#p2-m3-i4']);
    expect(await urls('《规划》专栏1')).toEqual(['/documents/2025-mou-chanye-guihua/#box1']);
    expect(await urls('《规划》重点任务2')).toEqual(['/documents/2025-mou-chanye-guihua/#box2']);
    expect(await urls('《规划》表4')).toEqual(['/documents/2025-mou-chanye-guihua/#tbl4']);
    expect(await urls('《讲话》第二点')).toEqual(['/documents/2025-mougong-jianghua/pt2/']);
    // 专栏2 is no 【重点任务2】: the name typed must be the box's.
    expect(brief(await lookUp('《规划》专栏2'))).toEqual({ hits: [], total: 0, notice: '《规划》没有专栏2' });
  });

  it('say what is not there: a place the document lacks, a document the corpus lacks', async () => {
    const { lookUp } = lookupOver(documents(PROJECT_CONTENT));
    expect((await lookUp('《党政机关厉行节约反对浪费条例》第九十条'))?.notice).toBe('《条例》没有第九十条');
    expect((await lookUp('《条例》第九十条'))?.notice).toBe(
      '“条例”可指 2 份文件；《党政机关厉行节约反对浪费条例》、《中国共产党党和国家机关基层组织工作条例》没有第九十条',
    );
    expect((await lookUp('《高技能人才意见》第四部分第（二）条'))?.notice).toBe('《高技能人才意见》没有第四部分第（二）条');
    expect((await lookUp('《不存在的条例》第一条'))?.notice).toBe('没有找到《不存在的条例》');
    expect((await lookUp('国发〔2019〕4号'))?.notice).toBe('没有找到文号为国发〔2019〕4号的文件');
    // The 宪法 of the collection has 143 articles.
    expect((await lookUp('第一百五十条'))?.notice).toBe('没有文件有第一百五十条');
    // A bare title that names nothing was not meant as one; an ordinary query is no citation.
    expect(await lookUp('工资第三条')).toBeUndefined();
    expect(await lookUp('工资集体协商')).toBeUndefined();
  });

  it('list every document a short title names, and say which lack the place', async () => {
    const { lookUp } = lookupOver(documents(shape('notice'), shape('notice-issuing')));
    const answer = await lookUp('《通知》附件1');
    expect(answer?.hits.map((h) => h.url)).toEqual(['/documents/2025-shuqi-anquan/#att1']);
    expect(answer?.notice).toBe('“通知”可指 2 份文件；《某某省人民政府办公厅关于印发某某省“无废园区”建设试点工作方案的通知》没有附件1');
  });

  it('find a place with no document named across the corpus, the first listed and all counted, or in the documents filtered to', async () => {
    const docs = documents(...dirs);
    const { lookUp } = lookupOver(docs);
    const all = docs.flatMap((d) => d.units.list.filter((u) => u.kind === 'measure' && u.n === 1));
    const answer = await lookUp('（一）');
    expect(answer?.total).toBe(all.length);
    expect(answer?.hits.length).toBe(Math.min(all.length, 20));
    expect(answer?.hits.map((h) => h.url)).toEqual(all.slice(0, 20).map((u) => u.url));
    expect((await lookUp('第二条', { within: ['《条例》'] }))?.hits.map((h) => h.url).sort()).toEqual([
      '/documents/2025-lixing-jieyue-tiaoli/art2/',
      '/documents/2025-mouguan-tiaoli/art2/',
      '/documents/tiaoli-jiguan-jiceng-zuzhi-nd/art2/',
    ]);
    expect(await lookUp('前言')).toBeUndefined();
    expect((await lookUp('前言', { within: ['《讲话》'] }))?.hits.map((h) => h.url)).toEqual([
      '/documents/2025-mougong-jianghua/#preamble',
    ]);
  });

  it('fetch nothing for a query that is no citation, a shard of names and one of the document for one that names it, one shard for one that does not', async () => {
    const { lookUp, fetched } = lookupOver(documents(PROJECT_CONTENT));
    await lookUp('工资集体协商');
    expect(fetched).toEqual([]);
    await lookUp('《党政机关厉行节约反对浪费条例》第八条第二款');
    expect(fetched.map((p) => p.replace(/\d+\.json$/u, 'N'))).toEqual([
      '/search/citations/names-N',
      '/search/citations/doc/2025-lixing-jieyue-tiaoli/N',
    ]);
    fetched.length = 0;
    await lookUp('第三章');
    expect(fetched.map((p) => p.replace(/\d+\.json$/u, 'N'))).toEqual(['/search/citations/places-N']);
  });

  it('keep every shard small', () => {
    const { index } = lookupOver(documents(...dirs));
    for (const [path, data] of index.files) expect(JSON.stringify(data).length, path).toBeLessThan(40_000);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteModel } from '../../../tests/support/site.ts';
import { citationsIn } from './recognise.ts';
import { buildReferences } from './relations.ts';

const brief = (text: string) => citationsIn(text).map((c) => [c.kind, c.text, c.value, c.type, c.alias ?? null]);

describe('citationsIn', () => {
  it('recognises titles, the abbreviation a text defines, and the type of use, on sentences of the real texts', () => {
    // 2025-shiwuwu-jianyi-shuoming p1: the full title, then 《建议》 from there on.
    expect(
      brief(
        '受中央政治局委托，我就《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》）起草的有关情况向全会作说明。',
      ),
    ).toEqual([
      [
        'title',
        '《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》',
        '中共中央关于制定国民经济和社会发展第十五个五年规划的建议',
        'cites',
        '建议',
      ],
    ]);
    // 2025-lixing-jieyue-tiaoli 第一条: 根据…制定本条例 implements both, and 本条例 is the text itself.
    expect(brief('为了进一步弘扬艰苦奋斗、勤俭节约的优良作风，根据《中国共产党章程》和《中华人民共和国宪法》，制定本条例。')).toEqual([
      ['title', '《中国共产党章程》', '中国共产党章程', 'implements', null],
      ['title', '《中华人民共和国宪法》', '中华人民共和国宪法', 'implements', null],
      ['self', '本条例', '条例', 'cites', null],
    ]);
  });

  it('recognises document numbers and repeals', () => {
    expect(brief('为贯彻落实《关于加强示例人才培养的意见》（示例发〔2020〕1号），提出如下意见。')).toEqual([
      ['title', '《关于加强示例人才培养的意见》', '关于加强示例人才培养的意见', 'implements', null],
      ['number', '示例发〔2020〕1号', '示例发〔2020〕1号', 'implements', null],
    ]);
    expect(brief('中办发〔2022〕58号文件印发以来。')).toEqual([['number', '中办发〔2022〕58号', '中办发〔2022〕58号', 'cites', null]]);
    expect(brief('本意见自发布之日起施行，《关于示例人才的旧通知》同时废止。')).toEqual([
      ['self', '本意见', '意见', 'cites', null],
      ['title', '《关于示例人才的旧通知》', '关于示例人才的旧通知', 'repeals', null],
    ]);
  });

  it('finds nothing where nothing is cited, and keeps offsets on the printed words', () => {
    expect(citationsIn('第十五个五年规划时期，2月11日召开会议，本身就是基本要求。')).toEqual([]);
    const text = '根据《甲法》和《乙条例》（以下简称《条例》）制定本办法。';
    for (const c of citationsIn(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('buildReferences', () => {
  // tests/fixtures/compare: B cites A by title and number, names itself and repeals a text outside the corpus.
  const model = siteModel(resolve('tests/fixtures/compare'));
  const refs = buildReferences(model.corpus, model.units);

  it('links a cited document of the corpus, lists one outside it, and types each relation', () => {
    expect(refs.from('2021-shili-b').map((r) => [r.to, r.type, r.basis, r.occurrences.map((o) => o.text)])).toEqual([
      [{ kind: 'corpus', id: '2020-shili-a' }, 'implements', 'machine', ['《关于加强示例人才培养的意见》', '示例发〔2020〕1号']],
      [{ kind: 'outside', title: '关于示例人才的旧通知' }, 'repeals', 'machine', ['《关于示例人才的旧通知》']],
    ]);
    expect(refs.selfCount('2021-shili-b')).toBe(1);
  });

  it('shows each relation at both ends', () => {
    expect(refs.to('2020-shili-a').map((r) => [r.from, r.type])).toEqual([['2021-shili-b', 'implements']]);
    expect(refs.from('2020-shili-a')).toEqual([]);
    expect(refs.inUnit('2021-shili-b#preamble').map((x) => x.occurrence.url)).toEqual([
      '/documents/2021-shili-b/#preamble-s1',
      '/documents/2021-shili-b/#preamble-s1',
    ]);
  });
});

describe('buildReferences, over many documents', () => {
  /** A document of one sentence (only its id, title, number and text matter here). */
  const doc = (id: string, title: string, text: string, docNumber?: string) => ({
    entry: { kind: 'document', id, meta: { title, ...(docNumber ? { docNumber } : {}) }, outline: { printedTitle: { text: title } } },
    unit: { key: `${id}#m1`, item: id, url: `/documents/${id}/m1/`, sentences: [{ id: 'm1-s1', text }] },
  });
  const build = (docs: ReturnType<typeof doc>[]) =>
    buildReferences({ entries: docs.map((d) => d.entry) } as never, docs.map((d) => d.unit) as never);

  it('names the first document a citation can mean: a title ending in the cited 关于…, a number either end of the cited one', () => {
    const docs = [
      doc('a', '甲省人民政府关于加强示例工作的意见', '为贯彻落实《关于加强示例工作的意见》（乙发〔2020〕1号），提出如下意见。'),
      doc('b', '乙省人民政府关于加强示例工作的意见', '无。', '乙发〔2020〕1号'),
      doc('c', '丙省人民政府关于加强示例工作的意见', '根据〔2020〕1号文件。', '丙省乙发〔2020〕1号'),
    ];
    const refs = build(docs);
    // 《关于加强示例工作的意见》 ends all three titles (a is the citing one itself); the number is b's.
    expect(refs.from('a').map((r) => r.to)).toEqual([{ kind: 'corpus', id: 'b' }]);
    expect(refs.selfCount('a')).toBe(1);
  });

  it('resolves 9,000 citations of titles outside a corpus of 3,000 documents', () => {
    // Each citation is looked up in maps of the titles (a walk over every document per citation
    // would compare 3,000 × 3 × 3,000 titles).
    const docs = Array.from({ length: 3000 }, (_, i) =>
      doc(`d${i}`, `某机关关于第${i}项工作的通知`, `根据《外部第${i}号规定》《外部第${i}号办法》和《外部第${i}号细则》，现通知如下。`),
    );
    const refs = build(docs);
    expect(refs.relations).toHaveLength(9000);
    expect(refs.from('d7').map((r) => r.to)).toEqual([
      { kind: 'outside', title: '外部第7号规定' },
      { kind: 'outside', title: '外部第7号办法' },
      { kind: 'outside', title: '外部第7号细则' },
    ]);
  });
});

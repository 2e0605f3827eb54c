// Content test: what the research layer finds in the published texts (issue 15): the targets of
// the two opinions, the 2022 ↔ 2024 alignment's verbatim clauses, and the references between the
// explanation of the 十五五 proposal and the proposal, and from the 2025 regulation.
import { describe, expect, it } from 'vitest';
import { MIN_SHARE } from '../../src/lib/compare/pairs.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const model = siteModel(PROJECT_CONTENT);
const [A, B] = ['2022-gaojineng-rencai', '2024-chanye-gongren'];

describe('targets', () => {
  it('finds the 2035 craftsmen targets of the 2024 opinion and the 十四五 targets of the 2022 one', () => {
    const row = model.targets.find((t) => t.id === `${B}#p1-s3`)!;
    expect([row.deadlines.map((d) => d.text), row.quantities.map((q) => q.text), row.year]).toEqual([
      ['力争到2035年'],
      ['2000名左右', '10000名左右', '50000名左右'],
      2035,
    ]);
    const plan = model.targets.find((t) => t.id === `${A}#m2-s2`)!;
    expect([plan.deadlines[0]!.when, plan.year, plan.quantities.map((q) => q.text)]).toEqual(['“十四五”时期末', 2025, ['30%以上', '1/3', '35%']]);
  });
});

describe('the 2022 ↔ 2024 comparison', () => {
  const alignment = model.comparisons.alignment(A, B);
  const text = (key: string, id: string) => model.units.find((u) => u.key === key)!.sentences.find((s) => s.id === id)!.text;

  it('pairs 2024 (十三) with 2022 (十一) on the two clauses it repeats word for word', () => {
    const row = alignment.rows.find((r) => r.b === `${B}#m13`)!;
    expect(row.a).toBe(`${A}#m11`);
    const verbatim = ['m13-s3', 'm13-s4'].flatMap((id) =>
      alignment.sentences
        .get(`${B}#m13\u0000${id}`)!
        .spans.filter((s) => s.kind === 'verbatim')
        .map((s) => text(`${B}#m13`, id).slice(s.start, s.end)),
    );
    expect(verbatim).toEqual(['推进学历教育学习成果、非学历教育学习成果、职业技能等级学分转换互认', '建立职业资格、职业技能等级与相应职称、学历的双向比照认定制度']);
    // All of 2024's m13-s3 but its 。 is that clause: verbatim; 2022's m11-s6 holds more: kept in part.
    expect(alignment.sentences.get(`${B}#m13\u0000m13-s3`)!.status).toBe('verbatim');
    expect(alignment.sentences.get(`${B}#m13\u0000m13-s4`)!.status).toBe('near');
    expect(alignment.sentences.get(`${A}#m11\u0000m11-s6`)!.status).toBe('near');
  });

  it('is one of the pairs with a page, with the proposal pairs, among the pairs over the threshold of shared text', () => {
    const pairs = model.comparisons.pairs.map((p) => `${p.a} ${p.b}`);
    // The three pairs of the five-document site keep their pages (permalinks): 2022 ↔ 2024 shares
    // 2.4% of the shorter text, 2024 ↔ 2025 1.2%, the proposal and its explanation refer to each other.
    expect(pairs).toEqual(expect.arrayContaining([`${A} ${B}`, `${B} 2025-shiwuwu-jianyi`, '2025-shiwuwu-jianyi 2025-shiwuwu-jianyi-shuoming']));
    // Every other pair of the collection meets the rule the page states, and stock phrases alone make none:
    // State Council documents that share only the salutation 各省、自治区、直辖市人民政府，国务院各部委、各直属机构 are not paired.
    for (const p of model.comparisons.pairs) expect(p.share >= MIN_SHARE || p.relations.length > 0, `${p.a} ${p.b}`).toBe(true);
    expect(pairs).not.toContain('jueding-keji-jiang-2018 tongzhi-wufei-chengshi-2018');
    // The yearly safety notices of the Shaoxing education bureau, made from one template, are.
    expect(pairs).toContain('tongzhi-xiaofang-2018 tongzhi-xiaofang-2019');
  });
});

describe('references', () => {
  it('links the explanation to the proposal it explains and cites as 《建议》, both ways', () => {
    const out = model.references.from('2025-shiwuwu-jianyi-shuoming').filter((r) => r.to.kind === 'corpus');
    expect(out.map((r) => [r.type, r.basis])).toEqual([
      ['explains', 'metadata'],
      ['cites', 'machine'],
    ]);
    const cites = out[1]!;
    expect(new Set(cites.occurrences.map((o) => o.text))).toEqual(new Set(['《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》', '《建议》']));
    expect(model.references.to('2025-shiwuwu-jianyi').map((r) => r.from)).toEqual(['2025-shiwuwu-jianyi-shuoming', '2025-shiwuwu-jianyi-shuoming']);
  });

  it('reads the regulation as made under the Party constitution and the Constitution, both now in the collection', () => {
    // Outside the corpus at five documents (中国共产党章程, 中华人民共和国宪法); the collection holds both.
    expect(
      model.references.from('2025-lixing-jieyue-tiaoli').map((r) => [r.type, r.to.kind === 'outside' ? r.to.title : r.to.id]),
    ).toEqual([
      ['implements', 'zhangcheng-dangzhang-2022'],
      ['implements', 'fa-xianfa-nd'],
    ]);
    expect(model.references.selfCount('2025-lixing-jieyue-tiaoli')).toBe(10);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { documentReferences, unitReferences } from './references-view.ts';
import { documentResearch } from './research-view.ts';

// tests/fixtures/compare: B implements A (by title and number) and repeals a text outside the corpus.
const model = siteModel(resolve('tests/fixtures/compare'));
// The whole collection's model, read once as the file loads (as the other tests of it do): read
// inside a test, it ran past the test's 5 s on a busy machine.
const project = siteModel(PROJECT_CONTENT);

describe('documentReferences', () => {
  it('shows each relation at both ends, machine-made ones labelled, one outside the corpus without a link', () => {
    const b = documentReferences(model.references, model.corpus, model.units, '2021-shili-b');
    expect(
      b.outgoing.flatMap((d) => d.relations).map((r) => [r.typeLabel, r.other, r.basisLabel, r.occurrences.map((o) => o.label)]),
    ).toEqual([
      [
        '依据或贯彻',
        { label: '《关于加强示例人才培养的意见》', url: '/documents/2020-shili-a/' },
        '机器标注，未经审核',
        ['《深化意见》前言第1句', '《深化意见》前言第1句'],
      ],
      ['废止', { label: '《关于示例人才的旧通知》', url: null }, '机器标注，未经审核', ['《深化意见》（四）第1句']],
    ]);
    const a = documentReferences(model.references, model.corpus, model.units, '2020-shili-a');
    expect(a.incoming.flatMap((d) => d.relations.map((r) => [r.typeLabel, d.other.url]))).toEqual([
      ['以本文为依据或贯彻本文', '/documents/2021-shili-b/'],
    ]);
    expect(a.outgoing).toEqual([]);
  });

  it('lists a document once with every relation to it: the 说明 explains the 建议 (the editors say so) and cites it', () => {
    const { incoming } = documentReferences(project.references, project.corpus, project.units, '2025-shiwuwu-jianyi');
    const explanation = incoming.filter((d) => d.other.url === '/documents/2025-shiwuwu-jianyi-shuoming/');
    expect(explanation).toHaveLength(1);
    expect(explanation[0]!.relations.map((r) => [r.typeLabel, r.basisLabel])).toEqual([
      ['说明本文', '编者标注'],
      ['引用本文', '机器标注，未经审核'],
    ]);
  });

  it('lists a unit’s citations once per cited document and type', () => {
    expect(unitReferences(model.references, model.corpus, '2021-shili-b#preamble')).toEqual([
      {
        text: '《关于加强示例人才培养的意见》',
        url: '/documents/2021-shili-b/#preamble-s1',
        typeLabel: '依据或贯彻',
        other: { label: '《关于加强示例人才培养的意见》', url: '/documents/2020-shili-a/' },
      },
    ]);
  });

  it('gives the document page its comparisons and references', () => {
    const research = documentResearch(model, '2020-shili-a');
    expect(research.comparisons).toEqual([
      {
        url: '/compare/2020-shili-a/2021-shili-b/',
        other: '《关于深化示例人才队伍建设的意见》',
        why: '1句逐字相同；1个分句逐字相同；共有文字占较短一份的18.9%；一方依据或贯彻另一方',
      },
    ]);
    expect(research.targets).toEqual({ url: '/targets/2020-shili-a/', count: 1 });
    expect(research.any).toBe(true);
  });
});

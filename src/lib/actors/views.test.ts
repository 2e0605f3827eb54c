import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorFixture } from '../../../tests/fixtures/actors/fixture.ts';
import type { Actors } from './model.ts';
import { sentenceRuns } from '../view/sentence-runs.ts';
import {
  OUTSIDE_PARTS,
  actorIndex,
  actorPage,
  actorPartMatrix,
  evidenceAnnotations,
  evidenceMarks,
  measureActorIds,
  outsideHeading,
  unitChips,
} from './views.ts';

let fx: ActorFixture;
let actors: Actors;
beforeAll(() => {
  fx = new ActorFixture();
  actors = fx.load();
});
afterAll(() => fx.dispose());

describe('resolved units', () => {
  it('lists units in text order with links to the measure page or the news sentence', () => {
    expect(actors.units.map((u) => [u.item, u.id, u.href])).toEqual([
      ['tiny-doc', 'm1', '/documents/tiny-doc/m1/'],
      ['tiny-doc', 'm2', '/documents/tiny-doc/m2/'],
      ['tiny-doc', 'm3', '/documents/tiny-doc/m3/'],
      ['tiny-news', 's2', '/news/tiny-news/#s2'],
    ]);
    expect(actors.unit('tiny-doc', 'm1')!.label).toBe('（一）加强组织');
    expect(actors.unit('tiny-doc', 'm1')!.part!.id).toBe('p1');
  });

  it('gives explicit tags the offsets of their quote and a link to the sentence', () => {
    const tag = actors.unit('tiny-doc', 'm1')!.tags[1]!;
    expect(tag).toMatchObject({ actor: 'central-soes', basis: 'explicit', start: 0, end: 11, href: '/documents/tiny-doc/m1/#m1-s3' });
    expect(actors.unit('tiny-doc', 'm3')!.tags[0]).toMatchObject({ basis: 'implied', href: '/documents/tiny-doc/m3/' });
  });

  it('walks the parent chain', () => {
    expect(actors.ancestors('central-soes').map((a) => a.id)).toEqual(['soes', 'enterprises']);
    expect(actors.children('enterprises').map((a) => a.id)).toEqual(['soes']);
  });
});

describe('actor pages and index', () => {
  it('groups an actor’s tags by role, in corpus order', () => {
    const page = actorPage(actors, 'enterprises');
    expect(page.byRole.lead.map((e) => e.unit.id)).toEqual(['m2']);
    expect(page.byRole.beneficiary.map((e) => [e.unit.id, e.tag.basis])).toEqual([['m2', 'implied']]);
    expect(page.byRole.participant).toEqual([]);
    expect(page.total).toBe(2);
    expect(page.children.map((a) => a.id)).toEqual(['soes']);
    expect(actorPage(actors, 'soes').parent!.id).toBe('enterprises');
  });

  it('indexes actors by kind in the fixed kind order, with counts', () => {
    const index = actorIndex(actors);
    expect(index.map((g) => g.kind)).toEqual(['party-state', 'ministry', 'union', 'enterprise']);
    const ndrc = index.find((g) => g.kind === 'ministry')!.actors.find((a) => a.actor.id === 'ndrc')!;
    expect(ndrc.counts).toEqual({ lead: 1, participant: 0, beneficiary: 0 });
  });
});

describe('chips and evidence marks', () => {
  it('orders chips lead, participant, beneficiary and keeps one chip per actor and role', () => {
    const chips = unitChips(actors, actors.unit('tiny-doc', 'm2')!);
    expect(chips.map((c) => [c.actor.id, c.role, c.basis])).toEqual([
      ['enterprises', 'lead', 'explicit'],
      ['governments', 'participant', 'explicit'],
      ['enterprises', 'beneficiary', 'implied'],
    ]);
  });

  it('maps each sentence to the ranges of its quoted evidence', () => {
    const corpus = fx.corpus();
    const marks = evidenceMarks(actors, 'tiny-doc');
    expect([...marks.keys()]).toEqual(['m1-s2', 'm1-s3', 'm2-s2']);
    const text = corpus.byId('tiny-doc')!.sentences.find((s) => s.id === 'm2-s2')!.text;
    expect(marks.get('m2-s2')!.map((m) => [text.slice(m.start, m.end), m.actor, m.role])).toEqual([
      ['鼓励企业开展培训', 'enterprises', 'lead'],
      ['政府给予支持', 'governments', 'participant'],
    ]);
  });

  it('turns evidence marks into actor annotations that link to the actor page', () => {
    const text = '鼓励企业开展培训，政府给予支持。';
    const annotations = evidenceAnnotations(actors, evidenceMarks(actors, 'tiny-doc').get('m2-s2')!);
    expect(annotations).toEqual([
      { kind: 'actor', start: 0, end: 8, ref: 'enterprises', href: '/actors/enterprises/', label: '企业（牵头）' },
      { kind: 'actor', start: 9, end: 15, ref: 'governments', href: '/actors/governments/', label: '各级政府（参与）' },
    ]);
    expect(sentenceRuns(text, annotations).map((r) => [r.text, r.on.map((a) => a.ref).join('+')])).toEqual([
      ['鼓励企业开展培训', 'enterprises'],
      ['，', ''],
      ['政府给予支持', 'governments'],
      ['。', ''],
    ]);
  });

  it('lists the actors of each measure for the one-actor filter', () => {
    expect(Object.fromEntries(measureActorIds(actors, 'tiny-doc'))).toEqual({
      m1: ['unions', 'central-soes'],
      m2: ['enterprises', 'governments'],
      m3: ['hrss'],
    });
  });
});

describe('actor × part matrix', () => {
  it('counts measures by role per part, with the measures behind each cell', () => {
    const doc = fx.corpus().documents[0]!;
    const matrix = actorPartMatrix(actors, doc);
    expect(matrix.parts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(matrix.parts[0]).toMatchObject({ numeral: '一', href: '/documents/tiny-doc/#p1', outside: false });
    expect(matrix.rows.map((r) => r.actor.id)).toEqual(['governments', 'hrss', 'unions', 'enterprises', 'central-soes']);
    const enterprises = matrix.rows.find((r) => r.actor.id === 'enterprises')!;
    expect(enterprises.cells[0]).toEqual({
      part: 'p1',
      counts: { lead: 1, participant: 0, beneficiary: 1 },
      measures: { lead: ['m2'], participant: [], beneficiary: ['m2'] },
    });
    expect(enterprises.cells[1]!.counts).toEqual({ lead: 0, participant: 0, beneficiary: 0 });
    expect(matrix.rows.find((r) => r.actor.id === 'hrss')!.total).toEqual({ lead: 1, participant: 0, beneficiary: 0 });
  });
});

describe('actor × part matrix of units outside every part', () => {
  // A notice whose measures stand in no part, and an opinion with one measure before its first part.
  const flat = new ActorFixture()
    .write('sources/flat.txt', '关于平铺的通知\n（一）加强组织。各级工会要牵头抓总。\n（二）支持企业。鼓励企业开展培训，政府给予支持。\n')
    .write(
      'items/flat-doc.yaml',
      'id: flat-doc\nkind: notice\nsource: flat.txt\nbegins: 关于平铺的通知\ntitle: 关于平铺的通知\nissuers: [测试机关]\npublished: "2024-10-23"\npublisher: 测试社\n',
    )
    .write(
      'actor-tags/flat-doc.yaml',
      'units:\n  m1:\n    tags:\n      - { actor: unions, role: lead, basis: explicit, sentence: m1-s2, quote: 各级工会要牵头抓总 }\n  m2:\n    tags:\n      - { actor: enterprises, role: lead, basis: explicit, sentence: m2-s2, quote: 鼓励企业开展培训 }\n      - { actor: governments, role: participant, basis: explicit, sentence: m2-s2, quote: 政府给予支持 }\n',
    );
  afterAll(() => flat.dispose());

  it('gives them one column, headed as the whole text when there are no parts, so every tag has a cell', () => {
    const loaded = flat.load();
    const doc = flat.corpus().documents.find((d) => d.id === 'flat-doc')!;
    expect(doc.outline.parts).toHaveLength(0);
    const matrix = actorPartMatrix(loaded, doc);
    expect(matrix.parts).toEqual([
      { id: OUTSIDE_PARTS, n: 0, numeral: '', heading: outsideHeading(false), href: '/documents/flat-doc/#m1', outside: true },
    ]);
    expect(outsideHeading(false)).toBe('全文（本文件不分部分）');
    const cells = matrix.rows.map((r) => [r.actor.id, r.cells.map((c) => c.measures)]);
    expect(cells).toEqual([
      ['governments', [{ lead: [], participant: ['m2'], beneficiary: [] }]],
      ['unions', [{ lead: ['m1'], participant: [], beneficiary: [] }]],
      ['enterprises', [{ lead: ['m2'], participant: [], beneficiary: [] }]],
    ]);
  });

  it('adds no such column when every unit stands in a part; beside parts the column says it holds what is left', () => {
    const doc = fx.corpus().documents[0]!;
    expect(actorPartMatrix(actors, doc).parts.every((p) => !p.outside)).toBe(true);
    expect(outsideHeading(true)).toBe('不属于任何部分的条目');
  });
});

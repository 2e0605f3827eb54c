import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorFixture, OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import { groupByYear } from '../view/by-year.ts';
import {
  documentActorOptions,
  documentActorRows,
  documentActorTable,
  documentActorsPage,
  evidencePlace,
  groupByItem,
  matrixRowsByKind,
  shortPartHeading,
  taggedUnitCounts,
  unregisteredBodies,
  unregisteredSummary,
} from './listing.ts';
import type { Actors } from './model.ts';
import { actorPage, actorPartMatrix } from './views.ts';

let fx: ActorFixture;
let actors: Actors;
beforeAll(() => {
  fx = new ActorFixture();
  fx.edit(
    'actor-tags/tiny-news.yaml',
    'units:\n',
    'units:\n  s1:\n    tags:\n      - { actor: relevant-departments, role: lead, basis: explicit, sentence: s1, quote: 有关部门介绍了情况 }\n      - { actor: ndrc, role: participant, basis: implied, rationale: 介绍情况的部门之一 }\n',
  );
  // A second (implied) lead tag of the unions in m1, so one unit holds two tags of the same actor and role.
  fx.edit(
    'actor-tags/tiny-doc.yaml',
    '      - { actor: central-soes,',
    '      - { actor: unions, role: lead, basis: implied, rationale: 本条由工会牵头 }\n      - { actor: central-soes,',
  );
  actors = fx.load();
});
afterAll(() => fx.dispose());

describe('an actor page’s entries grouped by item and unit', () => {
  it('keeps items and units in corpus order with links to each item', () => {
    const groups = groupByItem(actorPage(actors, 'enterprises').byRole.lead);
    expect(groups.map((g) => [g.item, g.itemKind, g.itemUrl, g.units.map((u) => u.unit.id)])).toEqual([
      ['tiny-doc', 'document', '/documents/tiny-doc/', ['m2']],
    ]);
    expect(groups[0]!.itemTitle).toBe('关于测试的意见');
  });

  it('lists a unit once with every quote of the actor in that role', () => {
    const [doc] = groupByItem(actorPage(actors, 'unions').byRole.lead);
    expect(doc!.units).toHaveLength(1);
    expect(doc!.units[0]!.tags.map((t) => (t.basis === 'implied' ? t.rationale : t.quote))).toEqual([
      '各级工会要牵头抓总',
      '本条由工会牵头',
    ]);
  });

  it('links news items to the news page and separates them from documents', () => {
    const groups = groupByItem(actorPage(actors, 'ndrc').byRole.participant.concat(actorPage(actors, 'ndrc').byRole.lead));
    expect(groups.map((g) => [g.item, g.itemUrl, g.units.map((u) => u.unit.id)])).toEqual([
      ['tiny-news', '/news/tiny-news/', ['s1', 's2']],
    ]);
  });

  it('counts distinct measures and news statements across roles', () => {
    // enterprises: lead and beneficiary of the same measure m2
    expect(taggedUnitCounts(actorPage(actors, 'enterprises'))).toEqual({ measures: 1, statements: 0 });
    expect(taggedUnitCounts(actorPage(actors, 'ndrc'))).toEqual({ measures: 0, statements: 2 });
    expect(taggedUnitCounts(actorPage(actors, 'unions'))).toEqual({ measures: 1, statements: 0 });
  });

  it('gives nothing for a role without entries', () => {
    expect(groupByItem(actorPage(actors, 'unions').byRole.beneficiary)).toEqual([]);
  });
});

describe('the actors a document can be filtered to', () => {
  it('offers only the actors tagged in that document, by kind, counting measures not tags', () => {
    const groups = documentActorOptions(actors, 'tiny-doc');
    expect(groups.map((g) => [g.kind, g.label, g.options.map((o) => [o.actor.id, o.measures])])).toEqual([
      ['party-state', '党政机关', [['governments', 1]]],
      ['ministry', '部门和机构', [['hrss', 1]]],
      ['union', '工会和群团组织', [['unions', 1]]],
      [
        'enterprise',
        '企业',
        [
          ['enterprises', 1],
          ['central-soes', 1],
        ],
      ],
    ]);
  });

  it('leaves out the news item’s actors and offers nothing for an untagged item', () => {
    const ids = documentActorOptions(actors, 'tiny-doc').flatMap((g) => g.options.map((o) => o.actor.id));
    expect(ids).not.toContain('ndrc');
    expect(documentActorOptions(actors, 'no-such-doc')).toEqual([]);
  });
});

describe('matrix helpers', () => {
  it('shortens a part heading to its first clause', () => {
    expect(shortPartHeading('强化思想政治引领，团结引导产业工人坚定不移听党话跟党走')).toBe('强化思想政治引领');
    expect(shortPartHeading('建立高技能人才表彰激励机制')).toBe('建立高技能人才表彰激励机制');
    expect(shortPartHeading('，')).toBe('，');
  });

  it('splits the matrix rows into one run per kind, in the matrix order', () => {
    const doc = fx.corpus().documents.find((d) => d.id === 'tiny-doc')!;
    const matrix = actorPartMatrix(actors, doc);
    const groups = matrixRowsByKind(matrix);
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.actor.id)])).toEqual([
      ['党政机关', ['governments']],
      ['部门和机构', ['hrss']],
      ['工会和群团组织', ['unions']],
      ['企业', ['enterprises', 'central-soes']],
    ]);
    expect(groups.flatMap((g) => g.rows)).toEqual(matrix.rows);
  });
});

describe('the bodies of responsibility notes that the registry lacks', () => {
  it('are listed by printed name with the measures naming them and the role, and offered by no filter', () => {
    const notes = new ActorFixture(OFFICIAL_FIXTURE);
    try {
      const official = notes.load();
      expect(
        unregisteredBodies(official).map((b) => [b.name, b.items.map((i) => [i.item, i.units.map((u) => `${u.unit.id} ${u.role}`)])]),
      ).toEqual([['人力资源社会保障部', [['fengong', ['m2 lead', 'm4 lead']]]]]);
      const options = documentActorOptions(official, 'fengong').flatMap((g) => g.options.map((o) => o.actor.id));
      expect(options).not.toContain(undefined);
      // On mof's page, a carried note's entry says so (its link leads to the note).
      const { unit, tag } = actorPage(official, 'mof').byRole.participant.find((e) => e.unit.id === 'm4')!;
      expect(tag.basis === 'official' && evidencePlace(unit, tag)).toBe('沿用前文括注（下同）');
    } finally {
      notes.dispose();
    }
  });
});

describe('the actor index’s list of documents', () => {
  it('gives each document a row with its coverage, the actors it names and its tags by role, adding up to the matrix', () => {
    const docs = fx.corpus().documents;
    const rows = documentActorRows(actors, docs);
    const row = rows.find((r) => r.id === 'tiny-doc')!;
    expect(row).toMatchObject({ href: '/actors/in/tiny-doc/', name: '关于测试的意见', date: '2024-10-22', dateText: '2024-10-22' });
    expect(row.coverage).toEqual({ units: 3, official: 0, reviewed: 3, machine: 0, none: 0 });
    const matrix = actorPartMatrix(
      actors,
      docs.find((d) => d.id === 'tiny-doc')!,
    );
    expect(row.actors).toBe(matrix.rows.length);
    for (const role of ['lead', 'participant', 'beneficiary'] as const)
      expect(row.roles[role]).toBe(matrix.rows.reduce((n, r) => n + r.total[role], 0));
  });

  it('keeps the matrix’s old fragments on the rows and sums each column', () => {
    const table = documentActorTable(actors, fx.corpus().documents);
    const rows = table.years.flatMap((y) => y.rows);
    expect(rows.find((r) => r.href === '/actors/in/tiny-doc/')).toMatchObject({ id: 'matrix-tiny-doc', headId: 'matrix-tiny-doc-h' });
    expect(table.columns).toHaveLength(rows[0]!.values.length);
    expect(table.totals).toEqual(table.columns.map((_, i) => rows.reduce((n, r) => n + r.values[i]!, 0)));
  });

  it('groups rows by year, newest first, undated last', () => {
    const row = (id: string, date?: string) => ({ id, name: id, title: id, date, dateText: date ?? '未注明日期' });
    const groups = groupByYear([row('a', '2018-03-01'), row('b'), row('c', '2024-01-02'), row('d', '2018-12-31')]);
    expect(groups.map((g) => [g.year, g.label, g.rows.map((r) => r.id)])).toEqual([
      ['2024', '2024年', ['c']],
      ['2018', '2018年', ['d', 'a']],
      ['undated', '未注明日期', ['b']],
    ]);
  });

  it('builds one document’s page: its matrix by kind and only its own unregistered bodies', () => {
    const notes = new ActorFixture(OFFICIAL_FIXTURE);
    try {
      const official = notes.load();
      const doc = notes.corpus().documents.find((d) => d.id === 'fengong')!;
      const page = documentActorsPage(official, doc);
      expect(page.groups.flatMap((g) => g.rows)).toEqual(page.matrix.rows);
      expect(page.unregistered.map((b) => b.name)).toEqual(['人力资源社会保障部']);
      expect(page.noun).toBe('措施');
      expect(unregisteredSummary(official, notes.corpus().documents)).toEqual({
        bodies: [
          {
            name: '人力资源社会保障部',
            units: 2,
            documents: [{ id: 'fengong', name: doc.meta.shortTitle ?? doc.meta.title, href: '/actors/in/fengong/#unregistered' }],
            more: 0,
          },
        ],
        total: 1,
      });
    } finally {
      notes.dispose();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { actorPageUrl, actorsIndexPageUrl } from '../routes.ts';
import {
  ACTOR_UNITS_PER_PAGE,
  COUNT_TABLE_ROWS_PER_PAGE,
  type CountTable,
  UNREGISTERED_BODIES_SHOWN,
  UNREGISTERED_DOCUMENTS_SHOWN,
  actorPageCount,
  actorPageSlice,
  countTablePage,
  unregisteredShownText,
  unregisteredSummary,
} from './listing.ts';
import type { Actors, ResolvedUnit } from './model.ts';
import type { Role } from './schema.ts';
import type { ActorEntry, ActorPage } from './views.ts';

// An actor tagged in `units` measures of each role, five measures a document (the fields the
// listing reads; the rest of a tag does not matter to the paging).
function fakePage(units: Record<Role, number>): ActorPage {
  const entries = (role: Role, n: number): ActorEntry[] =>
    Array.from({ length: n }, (_, i) => {
      const item = `doc-${String(Math.floor(i / 5)).padStart(4, '0')}`;
      const unit = { item, id: `m${(i % 5) + 1}`, itemKind: 'document', itemTitle: item } as unknown as ResolvedUnit;
      return { unit, tag: { role, actor: 'x', basis: 'machine' } } as unknown as ActorEntry;
    });
  const byRole = {
    lead: entries('lead', units.lead),
    participant: entries('participant', units.participant),
    beneficiary: entries('beneficiary', units.beneficiary),
  };
  return {
    actor: { id: 'x' },
    parent: undefined,
    children: [],
    byRole,
    total: units.lead + units.participant + units.beneficiary,
  } as unknown as ActorPage;
}
const urlOf = (n: number) => actorPageUrl('x', n);

describe('an actor page cut into pages', () => {
  it('keeps an actor of few tags on its one page, at its own address', () => {
    const page = fakePage({ lead: 12, participant: 3, beneficiary: 0 });
    expect(actorPageCount(page)).toBe(1);
    const { roles, paging } = actorPageSlice(page, 1, urlOf);
    expect(paging).toMatchObject({ n: 1, pages: 1, url: '/actors/x/', prev: undefined, next: undefined });
    expect(roles.map((r) => [r.role, r.count, r.units, r.items.flatMap((g) => g.units).length])).toEqual([
      ['lead', 12, 12, 12],
      ['participant', 3, 3, 3],
      ['beneficiary', 0, 0, 0],
    ]);
  });

  it('takes as many pages as its longest role needs, each the next ACTOR_UNITS_PER_PAGE of every role', () => {
    const size = ACTOR_UNITS_PER_PAGE;
    const page = fakePage({ lead: 2 * size + 7, participant: size + 1, beneficiary: 4 });
    expect(actorPageCount(page)).toBe(3);
    const pages = [1, 2, 3].map((n) => actorPageSlice(page, n, urlOf));
    expect(pages.map((p) => p.paging.url)).toEqual(['/actors/x/', '/actors/x/2/', '/actors/x/3/']);
    const unitsOn = (n: number, role: number) => pages[n - 1]!.roles[role]!.items.flatMap((g) => g.units);
    expect([1, 2, 3].map((n) => unitsOn(n, 0).length)).toEqual([size, size, 7]);
    expect([1, 2, 3].map((n) => unitsOn(n, 1).length)).toEqual([size, 1, 0]);
    expect([1, 2, 3].map((n) => unitsOn(n, 2).length)).toEqual([4, 0, 0]);
    // Every unit of every role once, in order.
    const keys = (role: number) => [1, 2, 3].flatMap((n) => unitsOn(n, role).map((u) => `${u.unit.item}/${u.unit.id}`));
    expect(new Set(keys(0)).size).toBe(2 * size + 7);
    expect(keys(0)).toEqual([...keys(0)].sort());
    // A document cut by the boundary is on both pages, the later part marked.
    expect(pages[1]!.roles[0]!.from).toBe(size + 1);
    expect(pages[2]!.roles[1]).toMatchObject({ units: size + 1, from: 0, to: 0, items: [] });
  });

  it('marks a document whose units go on from the page before', () => {
    const page = fakePage({ lead: ACTOR_UNITS_PER_PAGE + 3, participant: 0, beneficiary: 0 });
    const second = actorPageSlice(page, 2, urlOf).roles[0]!.items;
    // 5 measures a document: a boundary at a multiple of 100 falls between documents, so none is cut.
    expect(second[0]!.continued).toBe(ACTOR_UNITS_PER_PAGE % 5 !== 0);
  });
});

// A count table of `perYear` documents in each of the years given, newest first as countTable orders them.
function fakeTable(perYear: Array<[string, number]>): CountTable {
  const years = perYear.map(([year, n]) => ({
    year,
    label: `${year}年`,
    rows: Array.from({ length: n }, (_, i) => ({
      id: `matrix-d${year}-${i}`,
      href: `/actors/in/d${year}-${i}/`,
      name: `d${year}-${i}`,
      dateText: `${year}-01-01`,
      values: [1, 2],
    })),
  }));
  return { yearPrefix: 'actors-', caption: '表', columns: [{ label: 'a' }, { label: 'b' }], years, totals: [0, 0] };
}

describe('a count table cut into pages', () => {
  it('keeps a table of few documents on its one page, every year linked by its fragment alone', () => {
    const table = fakeTable([
      ['2024', 3],
      ['2018', 2],
    ]);
    const page = countTablePage(table, 1, actorsIndexPageUrl);
    expect(page.paging).toMatchObject({ n: 1, pages: 1, url: '/actors/', total: 5 });
    expect(page.count).toBe(5);
    expect(page.years.map((y) => [y.year, y.rows.length, y.count, y.continued])).toEqual([
      ['2024', 3, 3, false],
      ['2018', 2, 2, false],
    ]);
    expect(page.yearLinks).toEqual([
      { label: '2024年', count: 3, href: '#actors-y-2024' },
      { label: '2018年', count: 2, href: '#actors-y-2018' },
    ]);
    expect(page.totals).toBe(table.totals);
  });

  it('puts COUNT_TABLE_ROWS_PER_PAGE documents a page, a year cut by the boundary on both, each year linked on the page it begins', () => {
    const size = COUNT_TABLE_ROWS_PER_PAGE;
    const table = fakeTable([
      ['2025', size - 10],
      ['2024', 30],
      ['2019', size],
      ['2001', 5],
    ]);
    const pages = [1, 2, 3].map((n) => countTablePage(table, n, actorsIndexPageUrl));
    expect(pages.map((p) => p.paging.url)).toEqual(['/actors/', '/actors/page/2/', '/actors/page/3/']);
    expect(pages.map((p) => p.years.reduce((n, y) => n + y.rows.length, 0))).toEqual([size, size, 25]);
    expect(pages[0]!.years.map((y) => y.heading)).toEqual([`2025年　${size - 10}份`, '2024年　30份，本页10份']);
    expect(pages[1]!.years.map((y) => y.heading)).toEqual(['2024年（续）　30份，本页20份', `2019年　${size}份，本页${size - 20}份`]);
    expect(pages[1]!.years.map((y) => [y.year, y.rows.length, y.count, y.continued])).toEqual([
      ['2024', 20, 30, true],
      ['2019', size - 20, size, false],
    ]);
    expect(pages[0]!.yearLinks.map((y) => y.href)).toEqual([
      '#actors-y-2025',
      '#actors-y-2024',
      '/actors/page/2/#actors-y-2019',
      '/actors/page/3/#actors-y-2001',
    ]);
    expect(pages[1]!.yearLinks.map((y) => y.href)).toEqual([
      '/actors/#actors-y-2025',
      '/actors/#actors-y-2024',
      '#actors-y-2019',
      '/actors/page/3/#actors-y-2001',
    ]);
    // Every row once, in order.
    const ids = pages.flatMap((p) => p.years.flatMap((y) => y.rows.map((r) => r.id)));
    expect(ids).toEqual(table.years.flatMap((y) => y.rows.map((r) => r.id)));
    expect(pages.every((p) => p.count === 2 * size + 25)).toBe(true);
  });
});

// `bodies` bodies the notes name and the registry lacks, body i named in i + 1 documents, once each (the fields the summary reads).
function fakeActors(bodies: number): Actors {
  const units = Array.from({ length: bodies }, (_, i) =>
    Array.from({ length: i + 1 }, (_, d) => ({
      item: `doc-${String(d).padStart(3, '0')}`,
      itemTitle: `文件${d}`,
      id: `m${i}`,
      tags: [{ basis: 'official', name: `单位${i}`, role: 'lead' }],
    })),
  ).flat();
  return { units } as unknown as Actors;
}

describe('the unregistered bodies on the actor index', () => {
  it('list at most UNREGISTERED_DOCUMENTS_SHOWN documents a body and count the rest', () => {
    const { bodies, total } = unregisteredSummary(fakeActors(UNREGISTERED_DOCUMENTS_SHOWN + 3), []);
    expect(total).toBe(UNREGISTERED_DOCUMENTS_SHOWN + 3);
    const last = bodies.at(-1)!;
    expect(last.units).toBe(UNREGISTERED_DOCUMENTS_SHOWN + 3);
    expect(last.documents).toHaveLength(UNREGISTERED_DOCUMENTS_SHOWN);
    expect(last.documents[0]).toEqual({ id: 'doc-000', name: '文件0', href: '/actors/in/doc-000/#unregistered' });
    expect(last.more).toBe(3);
    expect(bodies[0]).toMatchObject({ units: 1, more: 0 });
  });

  it('list at most UNREGISTERED_BODIES_SHOWN bodies, those named most, in the order they first appear', () => {
    const { bodies, total } = unregisteredSummary(fakeActors(UNREGISTERED_BODIES_SHOWN + 20), []);
    expect(total).toBe(UNREGISTERED_BODIES_SHOWN + 20);
    expect(bodies.map((b) => b.name)).toEqual(Array.from({ length: UNREGISTERED_BODIES_SHOWN }, (_, i) => `单位${i + 20}`));
    expect(unregisteredShownText({ bodies, total })).toBe(
      `共${total}个单位，这里列出点名条数最多的${UNREGISTERED_BODIES_SHOWN}个；其余见各文件的主体页和 measure-actors.csv。`,
    );
    expect(unregisteredShownText(unregisteredSummary(fakeActors(3), []))).toBe('');
  });
});

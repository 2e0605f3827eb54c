import { describe, expect, it } from 'vitest';
import { actorPageUrl } from '../routes.ts';
import { ACTOR_UNITS_PER_PAGE, actorPageCount, actorPageSlice } from './listing.ts';
import type { ResolvedUnit } from './model.ts';
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

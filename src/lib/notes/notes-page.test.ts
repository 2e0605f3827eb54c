import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { notesPageUrl } from '../routes.ts';
import { pageNumbers } from '../view/paging.ts';
import type { ApparatusEntry, ApparatusGroup } from './apparatus.ts';
import { NOTES_ROWS_PER_PAGE, notesLines, notesPage, notesPageNumbers } from './notes-page.ts';

const { apparatus } = siteModel(FIXTURE_CORPUS);

// `items` items, every `every`th of them with `notes` entries (the fields the page reads).
function fakeGroups(items: number, every: number, notes: number): ApparatusGroup[] {
  return Array.from({ length: items }, (_, i) => {
    const id = `doc-${String(i).padStart(4, '0')}`;
    const entries = Array.from(
      { length: i % every === 0 ? notes : 0 },
      (_, k) => ({ item: id, anchor: `note-${id}-${k}` }) as ApparatusEntry,
    );
    return { item: { id, title: id, url: `/documents/${id}/`, kind: 'document' }, entries };
  });
}

describe('/notes/ cut into pages', () => {
  it('keeps a collection of few notes on /notes/, each entry linked there from the text', () => {
    const view = notesPage(apparatus.groups, 1, notesPageUrl);
    expect(view.paging).toMatchObject({ n: 1, pages: 1, url: '/notes/', prev: undefined, next: undefined });
    expect(view.groups.map((g) => g.item.id)).toEqual(apparatus.groups.map((g) => g.item.id));
    expect(view.groups.flatMap((g) => g.entries)).toEqual(apparatus.groups.flatMap((g) => g.entries));
    expect(view.entries).toBeGreaterThan(0);
    expect(view.groups.some((g) => g.count === 0)).toBe(true);
    for (const e of apparatus.groups.flatMap((g) => g.entries)) expect(e.href).toBe(`/notes/#${e.anchor}`);
  });

  it('counts an item without notes as one line and one with notes as its entries, each entry once, in order', () => {
    const groups = fakeGroups(3 * NOTES_ROWS_PER_PAGE, 10, 7);
    const lines = notesLines(groups);
    // 60 items of 7 entries, 540 of one line.
    expect(lines).toBe(60 * 7 + 540);
    const pages = pageNumbers(lines, NOTES_ROWS_PER_PAGE).map((n) => notesPage(groups, n, notesPageUrl));
    expect(pages.map((p) => p.paging.url)).toEqual(['/notes/', '/notes/2/', '/notes/3/', '/notes/4/', '/notes/5/']);
    const all = groups.flatMap((g) => g.entries.map((e) => e.anchor));
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.entries.map((e) => e.anchor)))).toEqual(all);
    // Every item once, but for one cut by a boundary, shown on both pages, marked on the later.
    const shown = pages.flatMap((p) => p.groups.filter((g) => !g.continued).map((g) => g.item.id));
    expect(shown).toEqual(groups.map((g) => g.item.id));
    for (const p of pages) {
      const used = p.groups.reduce((n, g) => n + Math.max(1, g.entries.length), 0);
      expect(used).toBeLessThanOrEqual(NOTES_ROWS_PER_PAGE);
      expect(p.items).toBe(groups.length);
      expect(p.entries).toBe(all.length);
      expect(p.from).toBe(groups.findIndex((g) => g.item.id === p.groups[0]!.item.id) + 1);
      expect(p.to).toBe(groups.findIndex((g) => g.item.id === p.groups.at(-1)!.item.id) + 1);
    }
  });

  it('says on which page each entry stands, as the pages place it', () => {
    const groups = fakeGroups(2 * NOTES_ROWS_PER_PAGE, 3, 5);
    const pageOf = notesPageNumbers(groups);
    const pages = pageNumbers(notesLines(groups), NOTES_ROWS_PER_PAGE).map((n) => notesPage(groups, n, notesPageUrl));
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) for (const g of p.groups) for (const e of g.entries) expect(pageOf.get(e.anchor), e.anchor).toBe(p.paging.n);
    expect(pageOf.size).toBe(groups.reduce((n, g) => n + g.entries.length, 0));
  });
});

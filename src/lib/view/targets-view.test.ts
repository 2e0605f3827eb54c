import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import type { TargetRow } from '../quantities/targets.ts';
import { targetsPageUrl } from '../routes.ts';
import { TARGET_DOCUMENTS_PER_PAGE, targetItems, targetsIndexPage } from './targets-view.ts';

const model = siteModel(FIXTURE_CORPUS);

describe('/targets/ cut into pages by documents', () => {
  it('keeps a collection of few documents whole on /targets/', () => {
    const { view, paging, rows } = targetsIndexPage(model.targets, model.corpus, 1, targetsPageUrl);
    expect(model.targets.length).toBeGreaterThan(0);
    expect(paging).toMatchObject({ n: 1, pages: 1, url: '/targets/', prev: undefined, next: undefined });
    expect(rows).toBe(model.targets.length);
    expect(view.rows).toHaveLength(model.targets.length);
  });

  it('puts each document’s targets on one page, TARGET_DOCUMENTS_PER_PAGE documents a page, every sentence once', () => {
    // The fixture's rows copied under many item ids, as a large collection would have them.
    const [entry] = model.corpus.entries.filter((e) => model.targets.some((t) => t.item === e.id));
    const own = model.targets.filter((t) => t.item === entry!.id);
    const ids = Array.from({ length: 2 * TARGET_DOCUMENTS_PER_PAGE + 3 }, (_, i) => `doc-${i}`);
    const entries = ids.map((id) => ({ ...entry!, id, meta: { ...entry!.meta, id } }));
    const corpus = { entries, byId: (id: string) => entries.find((e) => e.id === id) } as unknown as typeof model.corpus;
    const rows: TargetRow[] = ids.flatMap((item) => own.map((t) => ({ ...t, item })));
    expect(targetItems(rows, corpus).map((i) => i.id)).toEqual(ids);
    const pages = [1, 2, 3].map((n) => targetsIndexPage(rows, corpus, n, targetsPageUrl));
    expect(pages.map((p) => p.paging.url)).toEqual(['/targets/', '/targets/page/2/', '/targets/page/3/']);
    expect(pages.map((p) => p.view.documents.length)).toEqual([TARGET_DOCUMENTS_PER_PAGE, TARGET_DOCUMENTS_PER_PAGE, 3]);
    expect(pages.flatMap((p) => p.view.documents.map((d) => d.id))).toEqual(ids);
    expect(pages.reduce((sum, p) => sum + p.view.rows.length, 0)).toBe(rows.length);
    expect(pages[2]!.rows).toBe(rows.length);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actorPage, actorPartMatrix, measureActorIds } from '../../src/lib/actors/index.ts';
import { COUNT_TABLE_ROWS_PER_PAGE, documentActorRows } from '../../src/lib/actors/listing.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const DOC = '2024-chanye-gongren';
let browser: Browser;
let page: Page;

// What the pages should show, from the same checked data the build used.
const { actors, corpus } = siteModel(PROJECT_CONTENT);
const doc = corpus.documents.find((d) => d.id === DOC)!;
const matrix = actorPartMatrix(actors, doc);
const measuresOf = (actor: string) => [...measureActorIds(actors, DOC)].filter(([, ids]) => ids.includes(actor)).map(([m]) => m);

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('the actor index and matrix', () => {
  it('lists every actor by kind and links to its page', async () => {
    await page.goto(`${base}/actors/`);
    expect(await page.locator('#index li a[href^="/actors/"]').count()).toBe(actors.registry.length);
    expect(await page.locator('#index h3').count()).toBeGreaterThanOrEqual(5);
  });

  it('lists every document in a compact row that keeps the matrix’s old fragments and leads to its matrix', async () => {
    // Today's collection fits on the first page of the table (COUNT_TABLE_ROWS_PER_PAGE a page), which then has no pager.
    expect(corpus.documents.length).toBeLessThanOrEqual(COUNT_TABLE_ROWS_PER_PAGE);
    expect(await page.locator('#documents [data-pager]').count()).toBe(0);
    const rows = page.locator('#documents tbody tr:not([data-group])');
    expect(await rows.count()).toBe(corpus.documents.length);
    // The anchors the matrices had on this page still land on the document's row.
    for (const doc of corpus.documents.slice(0, 5)) {
      expect(await page.locator(`tr#matrix-${doc.id} th#matrix-${doc.id}-h a`).getAttribute('href')).toBe(`/actors/in/${doc.id}/`);
    }
    const row = documentActorRows(actors, [doc]).at(0)!;
    const cells = await page.locator(`tr#matrix-${DOC} td`).allTextContents();
    expect(cells.slice(1).map(Number)).toEqual([
      row.coverage.units,
      row.coverage.official,
      row.coverage.reviewed,
      row.coverage.machine,
      row.coverage.none,
      row.actors,
      row.roles.lead,
      row.roles.participant,
      row.roles.beneficiary,
    ]);
    await page.locator(`#matrix-${DOC}-h a`).click();
    await page.waitForURL(`**/actors/in/${DOC}/`);
    expect(await page.locator('h1').textContent()).toContain('负责主体');
  });

  it('stays small: one row per document, the matrices on the documents’ own pages', async () => {
    const html = await (await fetch(`${base}/actors/`)).text();
    expect(html.length).toBeLessThan(300_000);
    expect(html).not.toContain('data-measure-link');
  });

  it('sorts the list by a count and back to date order, the year rows stepping aside and returning', async () => {
    await page.goto(`${base}/actors/`);
    const firstCells = (col: number) =>
      page
        .locator('#documents tbody tr:not([data-group])')
        .evaluateAll(
          (rows, c) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[c]!.textContent!.trim()),
          col,
        );
    const units = page.locator('#documents thead th', { hasText: '条数' });
    await units.locator('button').click();
    expect(await units.getAttribute('aria-sort')).toBe('descending');
    const counts = (await firstCells(2)).map(Number);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(await page.locator('#documents tr[data-group]:not([hidden])').count()).toBe(0);
    await page.locator('#documents thead th', { hasText: '日期' }).locator('button').click();
    expect(await page.locator('#documents tr[data-group]:not([hidden])').count()).toBeGreaterThan(1);
    const dates = (await firstCells(1)).filter((d) => /^\d/.test(d));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('works without JavaScript: the list in date order under a row per year, no sort buttons', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${base}/actors/`);
    expect(await p.locator('#documents thead button').count()).toBe(0);
    expect(await p.locator('#documents tr[data-group]').count()).toBeGreaterThan(1);
    expect(await p.locator('#documents nav[aria-label="按年份"] a').count()).toBe(await p.locator('#documents tr[data-group]').count());
    await noJs.close();
  });

  it('renders an accessible matrix on the document’s actor page, in a focusable scroll region', async () => {
    await page.goto(`${base}/actors/in/${DOC}/`);
    const region = page.locator('#matrix [role="region"]');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toBeTruthy();
    const table = region.locator('table');
    expect(await table.locator('caption').textContent()).toContain('按角色');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(matrix.parts.length + 2); // actor, the parts with measures, total
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(matrix.rows.length);
    expect(await table.locator('tbody th[scope="rowgroup"]').count()).toBeGreaterThan(1);
  });

  it('follows a matrix cell to a measure behind it', async () => {
    const row = page.locator('#matrix tr', { has: page.locator('th[scope="row"] a[href="/actors/unions/"]') });
    const link = row.locator('td a[data-measure-link]').first();
    const href = (await link.getAttribute('href'))!;
    expect(measuresOf('unions').map((m) => `/documents/${DOC}/${m}/`)).toContain(href);
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator('section.measure').getAttribute('data-actors')).toMatch(/(^| )unions( |$)/);
  });

  it('gives the units outside every part a column of their own, so every tag is in the matrix', async () => {
    const flat = corpus.documents.find((d) => actors.unitsOf(d.id).some((u) => u.part === undefined && u.tags.length > 0));
    if (!flat) return;
    const m = actorPartMatrix(actors, flat);
    await page.goto(`${base}/actors/in/${flat.id}/`);
    const heads = await page.locator('#matrix thead th[scope="col"]').allTextContents();
    expect(heads.map((h) => h.trim())).toContain(m.parts.find((p) => p.outside)!.heading);
    expect(await page.locator('#matrix td a[data-measure-link]').count()).toBe(
      m.rows.reduce(
        (n, r) =>
          n + r.cells.reduce((k, c) => k + c.measures.lead.length + c.measures.participant.length + c.measures.beneficiary.length, 0),
        0,
      ),
    );
  });

  it('does not make a phone page scroll sideways; wide tables scroll in their box, saying so', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/actors/', `/actors/in/${DOC}/`, '/actors/unions/', `/documents/${DOC}/`]) {
      await phone.goto(`${base}${path}`);
      expect(
        await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        path,
      ).toBeLessThanOrEqual(0);
    }
    // The tables are wider than the phone: each scrolls inside its region, a line above it says so.
    for (const [path, sel] of [
      [`/actors/in/${DOC}/`, '#matrix [role="region"]'],
      ['/actors/', '#documents [role="region"]'],
    ] as const) {
      await phone.goto(`${base}${path}`);
      const region = phone.locator(sel);
      await region.scrollIntoViewIfNeeded();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), path).toBe(true);
      expect(await region.evaluate((el) => getComputedStyle(el).overflowX), path).toBe('auto');
      expect(await region.evaluate((el) => (el.previousElementSibling as HTMLElement).offsetHeight > 0), path).toBe(true);
    }
    await phone.close();
  });
});

describe('an actor page', () => {
  it('says what the actor is and lists its tags by role with evidence', async () => {
    await page.goto(`${base}/actors/unions/`);
    const expected = actorPage(actors, 'unions');
    expect(await page.locator('h1').textContent()).toBe(expected.actor.name);
    for (const alias of expected.actor.aliases) expect(await page.locator('.facts').textContent()).toContain(alias);
    for (const role of ['lead', 'participant', 'beneficiary'] as const) {
      const section = page.locator(`section#${role}`);
      if (expected.byRole[role].length === 0) expect(await section.count()).toBe(0);
      else expect(await section.locator('.evidence').count()).toBe(expected.byRole[role].length);
    }
    expect(await page.locator('.evidence .implied').first().textContent()).toBe('推断');
  });

  it('follows an evidence link to the highlighted sentence', async () => {
    const link = page.locator('a[data-evidence-link]').first();
    const href = (await link.getAttribute('href'))!;
    const sentence = href.split('#')[1]!;
    const quote = (await link.locator('xpath=preceding-sibling::q').textContent())!;
    await link.click();
    await page.waitForURL(`**${href}`);
    const target = page.locator(`[id="${sentence}"]`);
    expect(await target.textContent()).toContain(quote);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('links to the parent and the children', async () => {
    await page.goto(`${base}/actors/central-soes/`);
    await page.locator('.facts a[href="/actors/soes/"]').click();
    await page.waitForURL('**/actors/soes/');
    expect(await page.locator('.facts a[href="/actors/central-soes/"]').count()).toBe(1);
  });
});

describe('filtering the document to one actor', () => {
  const visibleMeasures = (p: Page) => p.locator('article section.measure:not([hidden])').evaluateAll((els) => els.map((e) => e.id));

  it('has a form that works without JavaScript: it leads to the actor index', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${base}/documents/${DOC}/`);
    const form = p.locator('form[data-actor-filter]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toBe('/actors/');
    await form.locator('select').selectOption('unions');
    await form.locator('button[type="submit"]').click();
    await p.waitForURL('**/actors/?actor=unions');
    expect(await p.locator('#index a[href="/actors/unions/"]').count()).toBe(1);
    await noJs.close();
  });

  it('loads no filter code before the control is used', async () => {
    const scripts: string[] = [];
    const p = await browser.newPage();
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await p.goto(`${base}/documents/${DOC}/`);
    const filterCode = (s: string) => /\/_astro\/actor-filter-run\.[\w-]+\.js$/.test(s);
    expect(scripts.some(filterCode)).toBe(false);
    await p.locator('form[data-actor-filter] select').focus();
    await expect.poll(() => scripts.some(filterCode)).toBe(true);
    await p.close();
  });

  it('keeps only the actor’s measures, hides empty parts, counts, and puts ?actor= in the address', async () => {
    await page.goto(`${base}/documents/${DOC}/#m14`);
    const select = page.locator('form[data-actor-filter] select');
    await select.focus();
    await select.selectOption('unions');
    await expect.poll(() => visibleMeasures(page)).toEqual(measuresOf('unions'));
    expect(new URL(page.url()).searchParams.get('actor')).toBe('unions');
    expect(new URL(page.url()).hash).toBe('#m14');
    expect(await page.locator('[data-af-status]').textContent()).toContain(`显示${measuresOf('unions').length}条措施`);
    // Every part still shown holds a shown measure; every hidden part holds none.
    const parts = await page
      .locator('article section.part')
      .evaluateAll((els) =>
        els.map((p) => ({ hidden: (p as HTMLElement).hidden, shown: p.querySelectorAll('section.measure:not([hidden])').length })),
      );
    expect(parts.some((p) => p.hidden)).toBe(true);
    for (const p of parts) expect(p.hidden).toBe(p.shown === 0);
    // The contents follow.
    expect(await page.locator('[data-toc] a[href="#m2"]').isVisible()).toBe(false);
  });

  it('shows everything again with the reset button', async () => {
    await page.locator('[data-af-reset]').click();
    expect((await visibleMeasures(page)).length).toBe(27);
    expect(new URL(page.url()).searchParams.has('actor')).toBe(false);
    expect(await page.locator('[data-af-reset]').isHidden()).toBe(true);
  });

  it('applies ?actor= from the address on arrival', async () => {
    await page.goto(`${base}/documents/${DOC}/?actor=acftu`);
    await expect.poll(() => visibleMeasures(page)).toEqual(measuresOf('acftu'));
    expect(await page.locator('form[data-actor-filter] select').inputValue()).toBe('acftu');
    await page.reload();
    await expect.poll(() => visibleMeasures(page)).toEqual(measuresOf('acftu'));
  });
});

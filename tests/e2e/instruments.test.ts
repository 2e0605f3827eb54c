import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { instrumentPartMatrix } from '../../src/lib/instruments/matrices.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const DOC = '2024-chanye-gongren';
let browser: Browser;

// What the pages should show, from the same checked data the build used.
const { instruments, corpus } = siteModel(PROJECT_CONTENT);
const doc = corpus.documents.find((d) => d.id === DOC)!;
const matrix = instrumentPartMatrix(instruments, doc);
const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each([360, 1440])('the instrument × part matrix at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/instruments/${DOC}/`);
  });
  afterAll(async () => page.close());

  it('is an accessible table: caption, column and row heads, a focusable scroll region', async () => {
    const region = page.locator('#by-part [role="region"]');
    expect(await region.getAttribute('tabindex')).toBe('0');
    const table = region.locator('table');
    expect(await table.locator('caption').textContent()).toContain(doc.meta.title);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(matrix.columns.length + 2);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(instruments.list.length);
    expect(await table.locator('tbody th[scope="rowgroup"]').count()).toBe(instruments.codebook.types.length);
  });

  it('does not make the page scroll sideways', async () => {
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  it('follows a cell to the coded sentence, which holds the quoted words', async () => {
    const row = matrix.groups.flatMap((g) => g.rows).find((r) => r.id === 'i-talent-training')!;
    const first = row.cells.flatMap((c) => c.links).find((l) => l.href.startsWith(`/documents/${DOC}/m`))!;
    const link = page.locator(`#by-part tr#i-talent-training a[data-cell-link][href="${first.href}"]`).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.waitForURL(`**${first.href}`);
    const sentenceId = first.href.split('#')[1]!;
    const unit = instruments.unit(DOC, sentenceId.split('-')[0]!)!;
    const code = unit.codes.find((c) => c.sentence === sentenceId && c.instrument === 'talent-training')!;
    const target = page.locator(`[id="${sentenceId}"]`);
    for (const e of code.evidence) expect(await target.textContent()).toContain(e.quote);
    expect(await page.locator('section.measure').getAttribute('data-instruments')).toMatch(/(^| )talent-training( |$)/);
    // The margin says the code is the machine's, as the machine actor tags do.
    expect(
      await page.locator('[aria-label="政策工具"] .instrument-chip[data-instrument="talent-training"]').first().textContent(),
    ).toContain(code.basis === 'machine' ? '机器标注，未经审核' : '已审核');
  });
});

describe('the corpus page', () => {
  it('shows the coverage, the chart and the codebook, fits a phone, and leads from a count to the document page', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${base}/instruments/`);
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    expect(await phone.locator('#coverage tbody tr').count()).toBe(corpus.documents.length);
    expect(await phone.locator('#chart svg[role="img"] title').textContent()).toContain('政策工具');
    expect(await phone.locator('#codebook div[id^="codebook-"]').count()).toBe(instruments.list.length);
    const link = phone.locator(`#by-document a[data-cell-link][href="/instruments/${DOC}/#i-regulation"]`);
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await phone.waitForURL(`**/instruments/${DOC}/#i-regulation`);
    expect(await phone.locator('tr#i-regulation th[scope="row"]').textContent()).toContain('法规管制');
    await phone.close();
  });
});

describe('filtering the document to one instrument', () => {
  it('keeps only the measures coded with it, counts them, and puts ?instrument= in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/documents/${DOC}/`);
    const select = page.locator('form[data-instrument-filter] select');
    await select.focus();
    // An instrument some measures have and others lack: the filter has something to hide.
    const measures = instruments.unitsOf(DOC).filter((u) => u.kind === 'measure');
    const chosen = instruments.list.find(
      (i) =>
        measures.some((u) => u.codes.some((c) => c.instrument === i.id)) &&
        measures.some((u) => u.codes.every((c) => c.instrument !== i.id)),
    )!;
    await select.selectOption(chosen.id);
    const coded = measures.filter((u) => u.codes.some((c) => c.instrument === chosen.id));
    await expect
      .poll(() => page.locator('article section.measure:not(.if-out)').evaluateAll((els) => els.map((e) => e.id)))
      .toEqual(coded.map((u) => u.id));
    expect(await page.locator('[data-if-status]').textContent()).toBe(
      `${chosen.name}：显示${coded.length}条措施，共${doc.measures.length}条`,
    );
    expect(new URL(page.url()).searchParams.get('instrument')).toBe(chosen.id);
    await page.locator('[data-if-reset]').click();
    expect(await page.locator('article section.measure.if-out').count()).toBe(0);
    await page.close();
  });
});

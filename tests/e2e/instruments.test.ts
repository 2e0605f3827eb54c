import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { instrumentPartMatrix, instrumentSummary } from '../../src/lib/instruments/matrices.ts';
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
  it('shows the coverage, the chart and the codebook, fits a phone, and leads from a document that uses an instrument to its row there', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${base}/instruments/`);
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    expect(await phone.locator('#coverage tbody tr:not([data-group])').count()).toBe(corpus.documents.length);
    expect(await phone.locator('#coverage tbody a[href^="/instruments/"]').count()).toBe(corpus.documents.length);
    expect(await phone.locator('#chart svg[role="img"] title').textContent()).toContain('政策工具');
    expect(await phone.locator('#codebook div[id^="codebook-"]').count()).toBe(instruments.list.length);
    const top = instrumentSummary(instruments, corpus.documents).find((r) => r.id === 'i-regulation')!.top[0]!;
    const link = phone.locator(`#by-document tr#i-regulation a[data-cell-link][href="${top.href}"]`);
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await phone.waitForURL(`**${top.href}`);
    expect(await phone.locator('tr#i-regulation th[scope="row"]').textContent()).toContain('法规管制');
    await phone.close();
  });

  it('stays small: one row per document, no per-sentence links', async () => {
    const html = await (await fetch(`${base}/instruments/`)).text();
    expect(html.length).toBeLessThan(300_000);
    expect(html).not.toContain('data-measure-link');
  });
});

describe.each(['/instruments/', `/instruments/${DOC}/`])('%s at 360 px', (path) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${base}${path}`);
  });
  afterAll(async () => page.close());

  it('draws the chart’s labels at 11 px or more', async () => {
    const sizes = await page
      .locator('#chart svg text')
      .evaluateAll((els) => els.map((el) => (el as SVGTextElement).getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(0);
    // A text box is a little taller than its font; 11 px type gives a box of 11 px or more.
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    const scale = await page.locator('#chart svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return (box.width / (svg as SVGSVGElement).viewBox.baseVal.width) * Number(svg.getAttribute('font-size'));
    });
    expect(scale).toBeGreaterThanOrEqual(11);
  });

  it('scrolls each wide table sideways in its own box, with a line above it saying so, and never the page', async () => {
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const regions = page.locator('main .x-scroll[role="region"]');
    expect(await regions.count()).toBeGreaterThan(0);
    for (const region of await regions.all()) {
      expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
      expect(await region.evaluate((el) => (el.previousElementSibling as HTMLElement).offsetHeight > 0)).toBe(true);
      // Nothing in a table is cut off: what does not fit is reached by scrolling the box.
      const cut = await region.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'hidden');
      expect(cut).toBe(false);
    }
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

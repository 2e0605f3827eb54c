// The research pages in the browser: the 2022 ↔ 2024 comparison side by side on a wide screen and
// stacked on a phone, the targets table and timeline, and a reference followed both ways (the
// explanation of the 十五五 proposal and the proposal).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';
import { launchBrowser } from './support/browser.ts';

const base = inject('baseUrl');
const model = siteModel(PROJECT_CONTENT);
const [A, B] = ['2022-gaojineng-rencai', '2024-chanye-gongren'];
const COMPARE = `/compare/${A}/${B}/`;
const [EXPLANATION, PROPOSAL] = ['2025-shiwuwu-jianyi-shuoming', '2025-shiwuwu-jianyi'];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => browser?.close());

const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the comparison of the 2022 and 2024 opinions', () => {
  const alignment = model.comparisons.alignment(A, B);

  it('is linked from both documents', async () => {
    for (const doc of [A, B]) {
      await page.goto(`${base}/documents/${doc}/`);
      expect(await page.locator(`[data-research] a[data-compare-link][href="${COMPARE}"]`).count(), doc).toBe(1);
    }
  });

  it('shows every unit of B in order, with its partner in A beside it on a wide screen', async () => {
    await page.goto(`${base}${COMPARE}`);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const rows = page.locator('[data-compare-row]');
    expect(await rows.count()).toBe(alignment.rows.length);
    const paired = alignment.rows.findIndex((r) => r.a !== null);
    const row = rows.nth(paired);
    const [a, b] = [row.locator('[data-side="a"]').first(), row.locator('[data-side="b"]')];
    expect(await b.getAttribute('data-unit')).toBe(alignment.rows[paired]!.b);
    const [boxA, boxB] = [(await a.boundingBox())!, (await b.boundingBox())!];
    expect(boxA.x + boxA.width).toBeLessThanOrEqual(boxB.x);
    expect(Math.abs(boxA.y - boxB.y)).toBeLessThan(2);
    expect(await row.textContent()).toContain(`得分 ${alignment.rows[paired]!.pair!.score}`);
  });

  it('marks what B repeats and says of each sentence what it is', async () => {
    const statuses = await page
      .locator('[data-side="b"] li[data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const expected = alignment.rows.flatMap((r) =>
      model.units.find((u) => u.key === r.b)!.sentences.map((s) => alignment.sentences.get(`${r.b}\u0000${s.id}`)!.status),
    );
    expect(statuses).toEqual(expected);
    expect(await page.locator('[data-side="b"] [data-mark="near"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-side="b"] li[data-status="new"]').first().textContent()).toContain('[新增]');
    expect(await page.locator('li[data-status="dropped"]').first().textContent()).toContain('[未再写]');
  });

  it('is linked from the margin of a measure that repeats the other document, at its row', async () => {
    await page.goto(`${base}/documents/${B}/m13/`);
    const link = page.locator(`[data-unit-comparisons] a[href="${COMPARE}#row-m13"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**${COMPARE}#row-m13`);
    expect(await page.locator('#row-m13 [data-side="a"]').first().getAttribute('data-unit')).toBe(`${A}#m11`);
  });

  it('stacks the two documents on a phone without scrolling sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${base}${COMPARE}`);
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    const row = phone.locator('[data-compare-row]').nth(alignment.rows.findIndex((r) => r.a !== null));
    const [boxA, boxB] = [
      (await row.locator('[data-side="a"]').first().boundingBox())!,
      (await row.locator('[data-side="b"]').boundingBox())!,
    ];
    expect(boxB.y).toBeGreaterThanOrEqual(boxA.y + boxA.height);
    await phone.close();
  });
});

describe('the targets', () => {
  it('lists every target sentence in an accessible table, with the timeline in year order', async () => {
    await page.goto(`${base}/targets/`);
    const table = page.locator('table[data-targets]');
    expect(await table.locator('caption').textContent()).toContain('机器识别，未经审核');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(4);
    expect(await table.locator('tbody tr[data-target-row]').count()).toBe(model.targets.length);
    expect(await table.locator('tbody mark[data-mark="deadline"]').first().textContent()).toMatch(/到|年内|前/);
    const years = await page.locator('[data-timeline-year]').evaluateAll((els) => els.map((e) => e.getAttribute('data-timeline-year')!));
    const numbers = years.filter((y) => /^\d{4}年$/.test(y)).map((y) => Number(y.slice(0, 4)));
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    expect(numbers).toContain(2035);
  });

  it('takes a timeline entry to its row, and a row to its sentence', async () => {
    const entry = page.locator('[data-timeline-year="2035年"] a').first();
    const anchor = (await entry.getAttribute('href'))!;
    await entry.click();
    await page.waitForURL(`**${anchor}`);
    const row = page.locator(`tr${anchor}`);
    expect(await row.count()).toBe(1);
    const href = (await row.locator('td a[href^="/documents/"]').first().getAttribute('href'))!;
    await page.goto(`${base}${href}`);
    const sentence = page.locator(`[id="${href.split('#')[1]}"]`);
    expect(await sentence.textContent()).toMatch(/2035/);
  });

  it('has a page per document, linked from the document', async () => {
    await page.goto(`${base}/documents/${B}/`);
    await page.locator('[data-research] a[data-targets-link]').click();
    await page.waitForURL(`**/targets/${B}/`);
    expect(await page.locator('tbody tr[data-target-row]').count()).toBe(model.targets.filter((t) => t.item === B).length);
  });
});

describe('a reference, both ways', () => {
  it('goes from the explanation to the proposal it cites and explains, and back', async () => {
    await page.goto(`${base}/documents/${EXPLANATION}/`);
    // The proposal is listed once, with both relations: it is explained (the editors say so) and cited.
    const out = page.locator('#refs-out li', { has: page.locator(`a[href="/documents/${PROPOSAL}/"]`) });
    expect(await out.count()).toBe(1);
    expect(await out.getAttribute('data-relations')).toBe('explains cites');
    expect(await out.locator('[data-relation="explains"]').textContent()).toBe('：说明（编者标注）');
    expect(await out.locator('[data-relation="cites"]').textContent()).toContain('机器标注，未经审核');
    await out.locator(`a[href="/documents/${PROPOSAL}/"]`).click();
    await page.waitForURL(`**/documents/${PROPOSAL}/`);
    const back = page.locator('#refs-in li[data-relations~="cites"] > a');
    expect(await back.getAttribute('href')).toBe(`/documents/${EXPLANATION}/`);
    expect(await page.locator('#refs-in li', { has: page.locator(`a[href="/documents/${EXPLANATION}/"]`) }).count()).toBe(1);
    expect(await page.locator('#refs-in [data-relation="explains"]').count()).toBe(1);
    await back.click();
    await page.waitForURL(`**/documents/${EXPLANATION}/`);
  });

  it('is shown in the margin of the citing passage, labelled machine-made', async () => {
    await page.goto(`${base}/documents/${EXPLANATION}/`);
    const margin = page.locator('[data-unit-references]').first();
    expect(await margin.textContent()).toContain('机器标注，未经审核');
    expect(await margin.locator(`a[href="/documents/${PROPOSAL}/"]`).count()).toBeGreaterThan(0);
  });
});

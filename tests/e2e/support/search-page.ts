import type { Page } from 'playwright-core';

/**
 * Waits until the search page has finished: its script has taken the status line over (it
 * replaces the <noscript> note, and arrives by import() after the load event) and is not busy.
 */
export async function searchPageSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]');
    return (
      !!status &&
      !status.querySelector('noscript') &&
      document.querySelector('[data-search-page]')?.getAttribute('aria-busy') !== 'true' &&
      !/正在搜索/.test(status.textContent ?? '')
    );
  });
}

/** Opens /search/ for `q` (with `extra` query parameters, e.g. `&document=…`) and waits until it has settled. */
export async function openSearchPage(page: Page, base: string, q: string, extra = ''): Promise<void> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}${extra}`);
  await searchPageSettled(page);
}

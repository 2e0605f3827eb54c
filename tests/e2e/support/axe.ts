// axe-core in a page opened by playwright-core. The source is evaluated through the DevTools
// protocol, which the page's Content-Security-Policy does not govern, so the page is tested with
// its real policy in force.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string; html: string }>;
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(async () => {
    // @ts-expect-error axe is a global defined by the evaluated source
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as AxeViolation[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => ({ target: n.target, html: n.html.slice(0, 160), ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
    }));
  });
}

/** One readable line per failing element. */
export function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: [${v.id}, ${v.impact}] ${v.help} — ${n.target.join(' ')} ${n.html}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`,
    ),
  );
}

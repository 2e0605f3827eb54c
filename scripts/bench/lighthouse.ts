// Lighthouse (the npm package's CLI) on the system Chromium, mobile form factor, four categories.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../../tests/e2e/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';

export interface LighthouseRun {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number> | null;
  /** Audits that cost points, for the reader of the table. */
  failing: string[];
  error?: string;
}

/** Runs asynchronously: the page is served from this same process. */
function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}

export async function lighthouse(url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    const result = await run([
      'node_modules/lighthouse/cli/index.js',
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${FLAGS}`,
    ]);
    if (result.status !== 0)
      return { url, scores: null, failing: [], error: (result.stderr || `exit ${result.status}`).trim().split('\n').slice(-3).join(' ') };
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
      audits: Record<string, { score: number | null; title: string }>;
    };
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    ) as LighthouseRun['scores'];
    const failing = CATEGORIES.flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    return { url, scores, failing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

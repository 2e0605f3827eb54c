import { describe, expect, it } from 'vitest';
import { buildOutput } from './build-output.ts';

// The lines Astro 7 printed when the Akoma Ntoso endpoint threw (colours as in a terminal).
const FAILED_RENDER = [
  '10:03:36   ├─ /data/measures.csv (+2ms) ',
  '10:03:36 [ERROR] Error: text holds a character XML cannot carry: x',
  '    at text (file:///work/main/.astro/.prerender/chunks/xml_D0NhAFnW.mjs:11:26)',
  '    at Array.map (<anonymous>)',
  '\u001b[31m10:03:36 [ERROR] [build] Caught error rendering /data/2025-shiyan-tongzhi.akn.xml: Error: text holds a character XML cannot carry: x\u001b[39m',
  'text holds a character XML cannot carry: x',
  '  \u001b[2mStack trace:\u001b[22m',
  '    at renderEndpoint (file:///work/main/.astro/.prerender/chunks/server_B3s3oG6M.mjs:162:31)',
];

describe('buildOutput', () => {
  it('holds back stack frames and names the page whose render failed', () => {
    const out = buildOutput();
    const shown = FAILED_RENDER.map((l) => out.line(l)).filter((l) => l !== null);
    expect(shown).toEqual([FAILED_RENDER[0], FAILED_RENDER[1], FAILED_RENDER[4], FAILED_RENDER[5]]);
    expect(out.hidFrames).toBe(true);
    expect(out.rendering).toEqual({ page: '/data/2025-shiyan-tongzhi.akn.xml', problem: 'text holds a character XML cannot carry: x' });
  });

  it('passes a clean build through untouched', () => {
    const out = buildOutput();
    const lines = ['10:03:28 [build] ✓ Completed in 2.28s.', '10:03:28 [policy-reader] Pagefind indexed 15 pages and 4 records in 0.1 s'];
    expect(lines.map((l) => out.line(l))).toEqual(lines);
    expect(out.hidFrames).toBe(false);
    expect(out.rendering).toBeUndefined();
  });
});

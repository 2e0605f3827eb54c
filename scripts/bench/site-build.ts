// One `npm run build` (scripts/build.ts) of a content directory into a site directory, as the
// bench times it: the steps the build reports, its wall time, the CPU time of its processes, and
// its memory (scripts/bench/process-memory.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './process-memory.ts';
import type { BuildTimings } from '../../src/lib/site/build-timings.ts';

/** What the build says of itself, and what the bench measured of it. */
export interface Timings extends BuildTimings {
  /** CPU time of the build's processes that were waited for; undefined off Linux. */
  cpuMs?: number | undefined;
  wallMs: number;
  peakTreeRss: number | null;
  peakProcessRss: number | null;
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * CPU time used by this process's children that have ended (and by those they waited for), in ms,
 * from Linux's /proc; undefined elsewhere. Less swayed than wall time by whatever else the machine
 * runs. Pagefind's indexer is left to end on its own, unwaited, so its CPU time is not in it.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}

/** Builds `contentDir` (the checkout's content/ when undefined) into `siteDir`; `scratch` holds the timings file a moment. */
export async function buildSite(contentDir: string | undefined, siteDir: string, scratch: string): Promise<Timings> {
  const timings = join(scratch, `timings-${process.pid}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: siteDir, BUILD_TIMINGS: timings };
  if (contentDir) env.CONTENT_DIR = contentDir;
  const cpuBefore = childrenCpuMs();
  const run = await runMeasured(process.execPath, ['scripts/build.ts'], { env });
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`build of ${contentDir ?? 'content'} failed:\n${run.output.slice(-2000)}`);
  const t = JSON.parse(readFileSync(timings, 'utf8')) as BuildTimings;
  rmSync(timings);
  return {
    ...t,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    wallMs: run.wallMs,
    peakTreeRss: run.peakTreeRss,
    peakProcessRss: run.peakProcessRss,
  };
}

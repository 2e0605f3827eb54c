// Garbage collection in the build's Node, counted for `npm run bench`. What grew faster than the
// collection in a build was its collection of garbage: at 2,000 documents the pages render over
// a heap of about 1.1 GB (the content store and the site model) and V8 runs a full collection
// every few seconds, each marking that whole heap, where at 200 documents it runs a handful
// (`--trace-incremental-marking` names the cause: external memory pressure, ArrayBuffers that
// outlive the scavenges). The bench prints these counts beside each size's build, so that the
// cause stays in view.
// Build-only (node:perf_hooks).
import { constants, PerformanceObserver } from 'node:perf_hooks';

export interface GcCount {
  /** Collections of this kind. */
  count: number;
  /** Their pauses of the main thread, in ms (work on V8's helper threads is not in it). */
  ms: number;
}

export interface GcStats {
  /** Scavenges of the young generation. */
  minor: GcCount;
  /** Full collections (mark-compact). */
  major: GcCount;
}

const empty = (): GcStats => ({ minor: { count: 0, ms: 0 }, major: { count: 0, ms: 0 } });

function add(totals: GcStats, entries: readonly PerformanceEntry[], since: number) {
  for (const entry of entries) {
    // Node makes a collection's entry a turn later: one from before the start can still arrive.
    if (entry.startTime < since) continue;
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    const into =
      kind === constants.NODE_PERFORMANCE_GC_MINOR ? totals.minor : kind === constants.NODE_PERFORMANCE_GC_MAJOR ? totals.major : undefined;
    if (!into) continue;
    into.count++;
    into.ms += entry.duration;
  }
}

/**
 * Counts this process's garbage collections from now on; `read` gives those up to its call (a
 * copy), `stop` the same and ends the counting. The integration starts and stops it in the same
 * module instance, so it needs no global.
 */
export function countGarbageCollection(): { read: () => Promise<GcStats>; stop: () => Promise<GcStats> } {
  const totals = empty();
  const since = performance.now();
  const observer = new PerformanceObserver((list) => add(totals, list.getEntries(), since));
  observer.observe({ entryTypes: ['gc'] });
  const read = async () => {
    // Node makes a collection's entry on the event loop's next turn, and hands entries to the
    // observer's callback later still: let it turn, then take those not yet handed over.
    await new Promise((turned) => setImmediate(turned));
    add(totals, observer.takeRecords(), since);
    return structuredClone(totals);
  };
  return {
    read,
    async stop() {
      const last = await read();
      observer.disconnect();
      return last;
    },
  };
}

/** For the bench's table: `83 / 6.8 s` (collections / their pauses). */
export const describeGcCount = (c: GcCount) => `${c.count.toLocaleString('en-US')} / ${(c.ms / 1000).toFixed(1)} s`;

import { describe, expect, it } from 'vitest';
import { describeGcCount, readGcStats, startGcStats } from './gc-stats.ts';

/** Short-lived garbage, enough to fill the young generation many times over. */
function churn(megabytes: number) {
  let keep = 0;
  for (let i = 0; i < megabytes * 1024; i++) keep += new Array(128).fill(i).length;
  return keep;
}

describe('garbage collection counts', () => {
  it('counts the scavenges of this process from the start, those not yet handed to the observer’s callback included', async () => {
    expect(await readGcStats()).toBeUndefined();
    startGcStats();
    const before = (await readGcStats())!;
    churn(256);
    // Read at once: the entries still queued are taken too.
    const after = (await readGcStats())!;
    expect(after.minor.count).toBeGreaterThan(before.minor.count);
    expect(after.minor.ms).toBeGreaterThan(before.minor.ms);
    expect(after.major.count).toBeGreaterThanOrEqual(before.major.count);
  });

  it('keeps one count per process: starting again does not reset it, and a reading is a copy', async () => {
    const first = (await readGcStats())!;
    startGcStats();
    churn(64);
    const second = (await readGcStats())!;
    expect(second.minor.count).toBeGreaterThan(first.minor.count);
    second.minor.count = -1;
    expect((await readGcStats())!.minor.count).toBeGreaterThan(0);
  });

  it('describes a count as collections and their pauses', () => {
    expect(describeGcCount({ count: 1717, ms: 37_512 })).toBe('1,717 / 37.5 s');
    expect(describeGcCount({ count: 0, ms: 0 })).toBe('0 / 0.0 s');
  });
});

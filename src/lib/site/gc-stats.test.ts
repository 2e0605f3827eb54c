import { describe, expect, it } from 'vitest';
import { countGarbageCollection, describeGcCount } from './gc-stats.ts';

/** Short-lived garbage, enough to fill the young generation many times over. */
function churn(megabytes: number) {
  let keep = 0;
  for (let i = 0; i < megabytes * 1024; i++) keep += new Array(128).fill(i).length;
  return keep;
}

describe('garbage collection counts', () => {
  it('counts the scavenges since it started, those not yet handed to the observer’s callback included', async () => {
    const counter = countGarbageCollection();
    const before = await counter.read();
    churn(256);
    // Read at once: the entries still queued are taken too.
    const after = await counter.read();
    expect(after.minor.count).toBeGreaterThan(before.minor.count);
    expect(after.minor.ms).toBeGreaterThan(before.minor.ms);
    await counter.stop();
  });

  it('counts from its own start (a collection just before it is not its), and a reading is a copy', async () => {
    const earlier = countGarbageCollection();
    churn(64);
    const later = countGarbageCollection();
    churn(64);
    const [a, b] = [await earlier.read(), await later.read()];
    expect(b.minor.count).toBeGreaterThan(0);
    expect(b.minor.count).toBeLessThan(a.minor.count);
    b.minor.count = -1;
    expect((await later.read()).minor.count).toBeGreaterThan(0);
    await Promise.all([earlier.stop(), later.stop()]);
  });

  it('counts nothing once stopped', async () => {
    const counter = countGarbageCollection();
    churn(16);
    const last = await counter.stop();
    churn(64);
    expect(await counter.read()).toEqual(last);
  });

  it('describes a count as collections and their pauses', () => {
    expect(describeGcCount({ count: 1717, ms: 37_512 })).toBe('1,717 / 37.5 s');
    expect(describeGcCount({ count: 0, ms: 0 })).toBe('0 / 0.0 s');
  });
});

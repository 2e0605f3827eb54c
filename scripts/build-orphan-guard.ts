// Loaded into the Astro process of a build (node --import, scripts/build.ts): when the build
// script is gone (killed outright, SIGKILL, so it could not stop Astro), Astro stops within a
// quarter of a second, or at its next write to the closed pipe, and removes what the build had
// written, instead of running on alone and leaving it.
import { rmSync } from 'node:fs';

const parent = Number(process.env.POLICY_READER_BUILD_PARENT);
const leftovers = JSON.parse(process.env.POLICY_READER_BUILD_LEFTOVERS ?? '[]') as string[];

/** Removes the build's temporary files. Writes already handed to libuv's threads may still land: the main thread holds still (no new ones start) and removes again. */
function removeLeftovers() {
  for (let round = 0; round < 4; round++) {
    for (const path of leftovers) {
      try {
        rmSync(path, { recursive: true, force: true });
      } catch {
        /* a write landed meanwhile: the next round removes it */
      }
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

// Astro's own child processes (none today) inherit the environment: only the build's child watches.
if (parent && process.ppid === parent) {
  const orphaned = () => process.ppid !== parent;
  setInterval(() => {
    if (orphaned()) process.exit(130);
  }, 250).unref();
  // However Astro ends once orphaned (the check above, or an error writing to the closed pipe).
  process.on('exit', () => {
    if (orphaned()) removeLeftovers();
  });
}

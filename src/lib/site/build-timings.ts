// The two timings files a build writes, each read by one other program: the integration's steps,
// read by scripts/build.ts when Astro has ended; and the build's, read by `npm run bench`
// (scripts/bench/site-build.ts) when BUILD_TIMINGS names a file. Build-only.
import type { GcStats } from './gc-stats.ts';

/** The integration's steps, for scripts/build.ts (the file POLICY_READER_TIMINGS names). */
export interface StepTimings {
  /** Reading and checking the content, in ms. */
  contentMs: number;
  /** Indexing, re-cutting and slimming the search index, in ms. */
  pagefindMs: number;
  /** Records Pagefind indexed. */
  indexedPages: number;
  /** Times the corpus was parsed (once, when all is well). */
  parses: number;
  /** Garbage collection in Astro's Node until the pages were written (./gc-stats.ts). */
  gc?: GcStats | undefined;
}

/** The build's, for the bench: the steps, and Astro's share of the whole (the rest of its time). */
export interface BuildTimings extends Omit<StepTimings, 'contentMs'> {
  validateMs: number;
  astroMs: number;
}

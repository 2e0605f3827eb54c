// What one build did, counted across its module instances: Astro loads the content loaders
// through its own module runner and the pages through the built bundle, so each has its own copy
// of every module. The counters live on globalThis so that the integration sees them all.
import type { StoreModuleOutcome } from './content-store-module.ts';

interface BuildStats {
  /** Times the items loader parsed the corpus. */
  parses: number;
  /** Times the site model was built. */
  models: number;
  /** Milliseconds spent parsing and building the model (the content checks). */
  contentMs: number;
  /** What the content store's module became (./content-store-module.ts), once the bundle is made. */
  storeModule?: StoreModuleOutcome;
}

const KEY = Symbol.for('policy-reader.build-stats');

export function buildStats(): BuildStats {
  const g = globalThis as { [KEY]?: BuildStats };
  g[KEY] ??= { parses: 0, models: 0, contentMs: 0 };
  return g[KEY];
}

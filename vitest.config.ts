import { defineConfig } from 'vitest/config';

/** Each project's run keeps its temporary files in a folder of its own, removed at the end. */
const TEMP_ROOT = 'tests/support/temp-root.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
          globalSetup: [TEMP_ROOT],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser and one static server for the whole run; files share them in sequence.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: [TEMP_ROOT, 'tests/e2e/global-setup.ts'],
        },
      },
      {
        // npm run test:clients: the exports opened with the programs researchers use (QualCoder's
        // import, citeproc-js, biber, feedparser, xmllint with the Akoma Ntoso schema), on a build
        // of content/ with a configured address; it needs python3-feedparser and biber (.ci/run).
        test: {
          name: 'clients',
          include: ['tests/clients/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 900_000,
          globalSetup: [TEMP_ROOT, 'tests/clients/global-setup.ts'],
        },
      },
    ],
  },
});

// The Astro integration of the reader. Content problems stop the build before any page is
// written (the loaders and the site model throw an AstroError naming file and line); once every
// page is written, `astro:build:done` checks the permalink contract, indexes the site with
// Pagefind and reports how often the corpus was parsed and how long each step took.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { buildStats } from './stats.ts';
import { indexSite, PAGEFIND_RECORDS } from './pagefind.ts';
import { comparePermalinks, describeMissing, PERMALINKS_FILE, publishedPermalinks, readPermalinkList } from './permalinks.ts';

export interface PolicyReaderOptions {
  /** Hold the build to tests/permalinks.txt (the project's own content; not fixtures or the bench's corpora). */
  permalinks: boolean;
  /** Where to write the step timings as JSON (for `npm run bench`). */
  timingsFile?: string | undefined;
}

export function policyReader(options: PolicyReaderOptions): AstroIntegration {
  return {
    name: 'policy-reader',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const stats = buildStats();
        logger.info(
          `corpus parsed ${stats.parses} time${stats.parses === 1 ? '' : 's'}; site model built ${stats.models} time${stats.models === 1 ? '' : 's'}`,
        );
        const started = performance.now();
        const recordsFile = join(outDir, PAGEFIND_RECORDS);
        if (!existsSync(recordsFile))
          throw new AstroError(`${PAGEFIND_RECORDS} was not written`, 'src/pages/search/records.json.ts must be built.');
        const records = JSON.parse(readFileSync(recordsFile, 'utf8'));
        // The records are the index's input, not a file of the site.
        rmSync(recordsFile);
        if (options.permalinks) {
          const { missing, added } = comparePermalinks(readPermalinkList(), publishedPermalinks(outDir));
          if (missing.length)
            throw new AstroError(
              describeMissing(missing),
              `Restore them, or delete their lines in ${PERMALINKS_FILE} to retire them on purpose.`,
            );
          if (added.length)
            logger.info(
              `permalinks: ${added.length} new URL(s)/anchor(s) not yet in ${PERMALINKS_FILE}; run \`npm run permalinks:update\` to add them`,
            );
        }
        const indexed = await indexSite(outDir, records).catch((e: unknown) => {
          throw new AstroError(`Pagefind: ${e instanceof Error ? e.message : String(e)}`);
        });
        const pagefindMs = performance.now() - started;
        logger.info(`Pagefind indexed ${indexed.pages} pages and ${indexed.records} records in ${(pagefindMs / 1000).toFixed(1)} s`);
        if (options.timingsFile) {
          writeFileSync(
            resolve(options.timingsFile),
            JSON.stringify({ contentMs: stats.contentMs, pagefindMs, indexedPages: indexed.pages, parses: stats.parses }),
          );
        }
      },
    },
  };
}

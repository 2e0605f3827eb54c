// The Astro integration of the reader. Content problems stop the build before any page is
// written (the loaders and the site model throw an AstroError naming file and line); once every
// page is written, `astro:build:done` checks the output bounds and the permalink contract,
// indexes the site with Pagefind and reports how often the corpus was parsed and how long each
// step took. A failure of any of these steps names the step (and the page, when one is to
// blame), without a stack trace: none of them is a crash of a page's code.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { withoutBrowserHint } from '../errors.ts';
import { describeOversized, oversizedFiles, OUTPUT_LIMITS } from './bounds.ts';
import { buildStats } from './stats.ts';
import type { StepTimings } from './build-timings.ts';
import { countGarbageCollection } from './gc-stats.ts';
import { contentStoreModule, STORE_FILE, storeModuleLine } from './content-store-module.ts';
import { describeCitationIndex } from './citation-report.ts';
import { type IndexInput, indexSite, PAGEFIND_RECORDS, type PagefindRecord } from './pagefind.ts';
import type { Shard } from '../search/shards.ts';
import { permalinksAddedLine } from './notices.ts';
import { comparePermalinks, describeMissing, PERMALINKS_FILE, publishedPermalinks, readPermalinkList } from './permalinks.ts';

export interface PolicyReaderOptions {
  /** Hold the build to tests/permalinks.txt (the project's own content; not fixtures or the bench's corpora). */
  permalinks: boolean;
  /** Where to write the step timings as JSON (for `npm run bench`). */
  timingsFile?: string | undefined;
}

export function policyReader(options: PolicyReaderOptions): AstroIntegration {
  let gcCount: ReturnType<typeof countGarbageCollection> | undefined;
  return {
    name: 'policy-reader',
    hooks: {
      // The pages read the content store from Astro's file of it (./content-store-module.ts says why).
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [contentStoreModule(fileURLToPath(new URL(STORE_FILE, config.cacheDir)))] } });
        // For the bench: garbage collection from here until the pages are written (./gc-stats.ts).
        if (options.timingsFile) gcCount = countGarbageCollection();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const gc = await gcCount?.stop();
        const outDir = fileURLToPath(dir);
        const stats = buildStats();
        logger.info(
          `corpus parsed ${stats.parses} time${stats.parses === 1 ? '' : 's'}; site model built ${stats.models} time${stats.models === 1 ? '' : 's'}`,
        );
        logger.info(storeModuleLine(stats.storeModule));
        const started = performance.now();
        const recordsDir = join(outDir, PAGEFIND_RECORDS);
        if (!existsSync(join(recordsDir, 'plan.json')))
          throw stepFailure(
            'reading the search records',
            `${PAGEFIND_RECORDS}plan.json was not written`,
            'src/pages/search/records/ must be built.',
          );
        // The records are the index's input, not files of the site: moved out before anything
        // checks or indexes the site, read a shard at a time, removed however indexing ends.
        const records = `${outDir.replace(/\/+$/, '')}.search-records`;
        rmSync(records, { recursive: true, force: true });
        renameSync(recordsDir, records);
        const input: IndexInput = {
          shards: JSON.parse(readFileSync(join(records, 'plan.json'), 'utf8')) as Shard[],
          records: (shard) => JSON.parse(readFileSync(join(records, `${shard.name}.json`), 'utf8')) as PagefindRecord[],
        };
        // Before Pagefind, which would spend minutes on a page of hundreds of megabytes.
        const oversized = oversizedFiles(outDir);
        if (oversized.length) {
          throw stepFailure(
            'checking the output bounds',
            describeOversized(oversized),
            `A page may hold ${OUTPUT_LIMITS.page} bytes and any other file ${OUTPUT_LIMITS.file} (src/lib/site/bounds.ts); the content that made it is too large.`,
          );
        }
        if (options.permalinks) {
          const { missing, added } = comparePermalinks(readPermalinkList(), publishedPermalinks(outDir));
          if (missing.length)
            throw stepFailure(
              'checking the permalink contract',
              describeMissing(missing),
              `Restore them, or delete their lines in ${PERMALINKS_FILE} to retire them on purpose.`,
            );
          if (added.length) logger.info(permalinksAddedLine(added.length, PERMALINKS_FILE));
        }
        const indexed = await indexSite(outDir, input)
          .catch((e: unknown) => {
            throw stepFailure('indexing the site with Pagefind', e instanceof Error ? e.message : String(e), 'Nothing was built.');
          })
          .finally(() => rmSync(records, { recursive: true, force: true }));
        const pagefindMs = performance.now() - started;
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
        const sum = (f: (c: (typeof indexed.chunks)[number]) => number) => indexed.chunks.reduce((n, c) => n + f(c), 0);
        logger.info(
          `Pagefind indexed ${indexed.records} records in ${indexed.shards} shard${indexed.shards === 1 ? '' : 's'} and a directory of ${indexed.directory.words} words (${indexed.directory.chunks} chunks) in ${(pagefindMs / 1000).toFixed(1)} s; the shards' word indexes re-cut from ${sum((c) => c.before)} to ${sum((c) => c.after)} chunks (${sum((c) => c.metadataOnly)} words of metadata only left out); fragments slimmed from ${kb(indexed.fragments.before)} to ${kb(indexed.fragments.after)}, in ${indexed.fragments.groups} groups`,
        );
        logger.info(describeCitationIndex(outDir));
        if (options.timingsFile) {
          writeFileSync(
            resolve(options.timingsFile),
            JSON.stringify({
              contentMs: stats.contentMs,
              pagefindMs,
              indexedPages: indexed.records,
              parses: stats.parses,
              gc,
            } satisfies StepTimings),
          );
        }
      },
    },
  };
}

/** A failed step of the build, printed as `[policy-reader] <step> failed:` and its lines, with no stack trace. */
function stepFailure(step: string, message: string, hint?: string): AstroError {
  const failure = new AstroError(`${step} failed:\n${message}`, hint);
  failure.name = 'policy-reader';
  failure.stack = '';
  return withoutBrowserHint(failure);
}

// Writes /offline.json and the search store's list of files (list.ts, write.ts) once the site is
// built and indexed: it must come after the policy-reader integration in astro.config.mjs, whose
// astro:build:done writes the Pagefind index.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatBytes } from './offer.ts';
import { writeOfflineLists } from './write.ts';

export function offline(): AstroIntegration {
  return {
    name: 'policy-reader:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let list;
        try {
          list = await writeOfflineLists(fileURLToPath(dir));
        } catch (e) {
          throw new AstroError(`offline list: ${e instanceof Error ? e.message : String(e)}`);
        }
        const s = list.search;
        logger.info(
          `offline: search stored for offline use only when a reader asks: ${s.files} files, ${formatBytes(s.bytes)} (${formatBytes(s.download)} to download; version ${list.version})`,
        );
      },
    },
  };
}

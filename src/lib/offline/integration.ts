// Writes /offline.json (list.ts) once the site is built and indexed: it must come after the
// policy-reader integration in astro.config.mjs, whose astro:build:done writes the Pagefind index.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { siteFiles } from '../site/built-pages.ts';
import { OFFLINE_LIST, offlineList } from './list.ts';

export function offline(): AstroIntegration {
  return {
    name: 'policy-reader:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        let list;
        try {
          list = offlineList(siteDir, siteFiles(siteDir));
        } catch (e) {
          throw new AstroError(`offline list: ${e instanceof Error ? e.message : String(e)}`);
        }
        writeFileSync(join(siteDir, OFFLINE_LIST.slice(1)), `${JSON.stringify(list)}\n`);
        logger.info(`offline: ${list.search.length} files kept for search once it is used (version ${list.version})`);
      },
    },
  };
}

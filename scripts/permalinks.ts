// `npm run permalinks:update`: adds the URLs and anchors of the built site (dist/, or ASTRO_OUT_DIR)
// to tests/permalinks.txt. `--check` compares without writing and exits 1 if any is missing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  comparePermalinks,
  describeMissing,
  PERMALINKS_FILE,
  publishedPermalinks,
  readPermalinkList,
  updatePermalinkList,
} from '../src/lib/site/permalinks.ts';

const siteDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
if (!existsSync(`${siteDir}/index.html`)) {
  console.error(`No built site in ${siteDir}: run \`npm run build\` first.`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const { missing, added } = comparePermalinks(readPermalinkList(), publishedPermalinks(siteDir));
  if (missing.length) {
    console.error(describeMissing(missing));
    process.exit(1);
  }
  console.log(`permalinks: all listed present; ${added.length} new not yet listed`);
} else {
  const added = updatePermalinkList(siteDir);
  console.log(`permalinks: added ${added} to ${PERMALINKS_FILE}`);
}

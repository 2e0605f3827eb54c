// The Pagefind bundles of a built site, read from its files whatever their layout (one bundle at
// /pagefind/, or a directory bundle with shard bundles under it, or Starlight's): each folder
// holding a pagefind-entry.json is a bundle, with the pages its entry counts and the size of its
// metadata file (pagefind.<hash>.pf_meta), which a search of that bundle reads before anything else.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteFiles } from '../../src/lib/site/built-pages.ts';

export interface Bundle {
  /** The folder's URL path: /pagefind/. */
  path: string;
  /** Pages (and custom records) indexed, over its languages. */
  pages: number;
  /** Its metadata files' bytes on disk (Pagefind writes them compressed already). */
  metaBytes: number;
}

interface Entry {
  languages: Record<string, { hash: string; page_count: number }>;
}

export function pagefindBundles(siteDir: string): Bundle[] {
  return siteFiles(siteDir)
    .filter((f) => f === 'pagefind-entry.json' || f.endsWith('/pagefind-entry.json'))
    .map((f) => {
      const folder = dirname(f) === '.' ? '' : dirname(f);
      const entry = JSON.parse(readFileSync(join(siteDir, f), 'utf8')) as Entry;
      const languages = Object.values(entry.languages);
      const meta = (hash: string) => statSync(join(siteDir, folder, `pagefind.${hash}.pf_meta`), { throwIfNoEntry: false })?.size ?? 0;
      return {
        path: `/${folder ? `${folder}/` : ''}`,
        pages: languages.reduce((n, l) => n + l.page_count, 0),
        metaBytes: languages.reduce((n, l) => n + meta(l.hash), 0),
      };
    })
    .sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
}

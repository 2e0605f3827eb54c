// How the built pages get the content store. Astro hands it to them as a JavaScript module whose
// whole source is `export default JSON.parse("<the store's JSON>")`, the JSON being the store file
// it wrote in its cache folder (devalue's flattened form). At 2,000 documents (a 92 MB store) that
// cost the build three ways:
// - V8 compiles a string literal in time that grows with the square of its length (its scanner
//   grows the literal's buffer a megabyte at a time): importing the module took 49 s, where the
//   same bytes parse with JSON.parse in 1 s. (An 11 MB literal took 0.7 s, 22 MB 2.8 s.)
// - The module's source stays in the heap as long as the module does, the whole build: 209 MB.
// - Its default export is the flattened store, which Astro then unflattens: the flattened copy,
//   2 million small objects, stays too, bound to the export, and every major garbage collection
//   walks it again.
// So this build-only Vite plugin has the module read the same file when the pages' bundle loads,
// and export the store unflattened: a source of three lines, and nothing kept but the store itself.
//
// The module's code and the file are Astro's, not a public format. The plugin rewrites only the
// shape it knows, and only when the file holds exactly the JSON of the module's literal; otherwise
// it leaves the module as Astro made it (the pages then build as before, more slowly) and the
// build's log says why. A test (content-store-module.test.ts) runs Astro's own generator of the
// module and its own writer of the file, so an Astro that changes either fails the tests.
//
// Astro's own way round a large store, `experimental.collectionStorage: 'chunked'`, writes the
// store through a text encoder called once per character: at 2,000 documents its step took 106 s
// instead of 21. Cutting the literal into pieces took the load to 7 s, but kept the source.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildStats } from './stats.ts';

/** The content store's module, as Astro resolves it (RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** The store's file in Astro's cache folder, where its single-file storage writes it (DATA_STORE_FILE). */
export const STORE_FILE = 'data-store.json';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** What the plugin did with the store module of this build. */
export type StoreModuleOutcome = { read: 'file'; chars: number } | { read: 'none' } | { read: 'inline'; why: string };

/**
 * The module's code that reads the store from `file` when the pages' bundle loads, or why Astro's
 * code `code` is left as it is. A module with no store (`new Map()`: an empty content folder) is
 * left as it is too.
 */
export function storeModule(
  code: string,
  file: string,
  readFile = (path: string) => readFileSync(path, 'utf8'),
): { code: string; outcome: StoreModuleOutcome } {
  const inline = (why: string) => ({ code, outcome: { read: 'inline', why } as const });
  const trimmed = code.trim();
  if (trimmed === 'export default new Map()') return { code, outcome: { read: 'none' } };
  if (!trimmed.startsWith(PREFIX) || !trimmed.endsWith(SUFFIX)) return inline(`its code does not read ${PREFIX}"…")`);
  let json: unknown;
  try {
    json = JSON.parse(trimmed.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return inline('its argument is not one string literal');
  }
  if (typeof json !== 'string') return inline('its argument is not a string');
  let onDisk: string;
  try {
    onDisk = readFile(file);
  } catch {
    return inline(`${file} cannot be read`);
  }
  if (onDisk !== json) return inline(`${file} does not hold the JSON of its literal`);
  return {
    code: [
      `import { readFileSync } from 'node:fs';`,
      `import { unflatten } from 'devalue';`,
      `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
    ].join('\n'),
    outcome: { read: 'file', chars: json.length },
  };
}

/** The build's line on the content store's module, for the log. */
export function storeModuleLine(outcome: StoreModuleOutcome | undefined): string {
  if (!outcome) return 'content store: the pages imported no content store module';
  if (outcome.read === 'none') return 'content store: empty';
  if (outcome.read === 'inline')
    return `content store: Astro's module was left as Astro made it, as ${outcome.why} (src/lib/site/content-store-module.ts); pages load it more slowly`;
  return `content store: ${(outcome.chars / 1e6).toFixed(1)} million characters of JSON, read from its file when the pages load`;
}

/** The Vite plugin: rewrites the store module of the build's bundles to read `file`, Astro's store file. */
export function contentStoreModule(file: string): Plugin {
  return {
    name: 'policy-reader:content-store-module',
    apply: 'build',
    transform: {
      filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
      handler(code) {
        const { code: rewritten, outcome } = storeModule(code, file);
        buildStats().storeModule = outcome;
        if (outcome.read === 'inline') this.warn(storeModuleLine(outcome));
        return rewritten === code ? null : { code: rewritten, map: { mappings: '' } };
      },
    },
  };
}

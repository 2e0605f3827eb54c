// Astro hands the content store to the built pages as a JavaScript module whose whole source is
// `export default JSON.parse("<the store's JSON>")`: one string literal as long as the store. V8
// compiles a string literal in time that grows with the square of its length (its scanner grows
// the literal's buffer a megabyte at a time), so at 2,000 documents (a 92 MB store) importing that
// module took 49 s, where the same bytes parse with JSON.parse in 1 s: an 11 MB literal took 0.7 s
// to compile, 22 MB 2.8 s, 1 MB 22 ms. This build-only Vite plugin cuts the literal into pieces
// of LITERAL_PIECE characters joined at run time, so the cost per document stays flat.
//
// Astro's own way round it, `experimental.collectionStorage: 'chunked'`, writes the store through
// a text encoder called once per character: at 2,000 documents its step took 106 s instead of 21.
//
// The module's code is Astro's, not a public format: the plugin rewrites only the one shape it
// knows, and says so in the build's log when it meets another (the pages then build as before,
// only slower); a test (content-store-literal.test.ts) runs Astro's own generator of the module,
// so an Astro that changes the shape fails the tests rather than quietly losing the gain.
import type { Plugin } from 'vite';

/** The content store's module, as Astro resolves it (RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Characters in each piece of the store's literal: 512 Ki, a megabyte or so of source, compiled in about 10 ms. */
export const LITERAL_PIECE = 512 * 1024;

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** The counters of the rewrite, shared by the module instances of one build (see stats.ts). */
export interface StoreLiteralStats {
  /** Pieces the store's literal was cut into (0 when no store module was rewritten). */
  pieces: number;
  /** Characters of the store's JSON. */
  chars: number;
  /** Why a store module was left as it was, when it was. */
  unknown?: string;
}

/**
 * The store module's code with its one literal cut into pieces joined at run time, or why it is
 * not the shape this knows. A module with no store (`new Map()`, an empty content folder) is
 * left as it is, and so is a store shorter than one piece.
 */
export function splitStoreLiteral(
  code: string,
  piece = LITERAL_PIECE,
): { code: string; pieces: number; chars: number } | { unknown: string } {
  const trimmed = code.trim();
  if (trimmed === 'export default new Map()') return { code, pieces: 0, chars: 0 };
  if (!trimmed.startsWith(PREFIX) || !trimmed.endsWith(SUFFIX)) return { unknown: `it does not read ${PREFIX}"…")` };
  let json: unknown;
  try {
    json = JSON.parse(trimmed.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return { unknown: 'its argument is not one string literal' };
  }
  if (typeof json !== 'string') return { unknown: 'its argument is not a string' };
  if (json.length <= piece) return { code, pieces: 1, chars: json.length };
  const pieces: string[] = [];
  // A piece may end between the two halves of a surrogate pair: each half is then written as its
  // \u escape, and the join puts the pair together again.
  for (let at = 0; at < json.length; at += piece) pieces.push(JSON.stringify(json.slice(at, at + piece)));
  return { code: `export default JSON.parse([\n${pieces.join(',\n')}\n].join(''))`, pieces: pieces.length, chars: json.length };
}

const KEY = Symbol.for('policy-reader.store-literal');
/** This build's counters (on globalThis: the integration reads them from another module instance). */
export function storeLiteralStats(): StoreLiteralStats {
  const g = globalThis as { [KEY]?: StoreLiteralStats };
  g[KEY] ??= { pieces: 0, chars: 0 };
  return g[KEY];
}

/** The build's line on the content store's module, for the log. */
export function storeLiteralLine(stats: StoreLiteralStats): string {
  if (stats.unknown)
    return `content store: Astro's module was left whole, as ${stats.unknown} (src/lib/site/content-store-literal.ts); pages load it more slowly`;
  const mb = (stats.chars / 1e6).toFixed(1);
  return `content store: ${mb} million characters of JSON, compiled as ${stats.pieces} literal${stats.pieces === 1 ? '' : 's'}`;
}

/** The Vite plugin: rewrites the store module of the build's server bundle. */
export function contentStoreLiteral(): Plugin {
  return {
    name: 'policy-reader:content-store-literal',
    apply: 'build',
    transform: {
      filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
      handler(code) {
        const split = splitStoreLiteral(code);
        const stats = storeLiteralStats();
        if ('unknown' in split) {
          stats.unknown = split.unknown;
          this.warn(storeLiteralLine(stats));
          return null;
        }
        stats.pieces = split.pieces;
        stats.chars = split.chars;
        return split.code === code ? null : { code: split.code, map: { mappings: '' } };
      },
    },
  };
}

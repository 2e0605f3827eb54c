import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { splitStoreLiteral, STORE_MODULE_ID, storeLiteralLine } from './content-store-literal.ts';

/** Evaluates an ES module's default export from its code. */
async function defaultOf(code: string): Promise<unknown> {
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return mod.default;
}

// Astro's own code: the module generator and the store's writer. Not public entry points, on
// purpose: this test is the check that the shape the plugin rewrites is still the one Astro makes.
const astroDist = join(process.cwd(), 'node_modules/astro/dist/content');
const { astroContentVirtualModPlugin } = (await import(pathToFileURL(join(astroDist, 'vite-plugin-content-virtual-mod.js')).href)) as {
  astroContentVirtualModPlugin: (o: { settings: unknown; fs: unknown }) => {
    config: (c: object, env: { command: string }) => void;
    load: { handler: (this: object, id: string) => Promise<{ code: string }> };
  };
};
const { serializeDataStore } = (await import(pathToFileURL(join(astroDist, 'data-store-writer.js')).href)) as {
  serializeDataStore: (collections: Map<string, Map<string, unknown>>) => string;
};

const dir = mkdtempSync(join(tmpdir(), 'store-literal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The code of Astro's store module for a build whose store holds `collections`. */
async function astroStoreModule(collections: Map<string, Map<string, unknown>>): Promise<string> {
  const cacheDir = pathToFileURL(`${dir}/`);
  writeFileSync(join(dir, 'data-store.json'), serializeDataStore(collections));
  const root = pathToFileURL(`${process.cwd()}/`);
  const settings = {
    config: { root, srcDir: new URL('src/', root), cacheDir, experimental: {}, legacy: {} },
    dotAstroDir: new URL('.astro/', root),
  };
  const plugin = astroContentVirtualModPlugin({ settings, fs: await import('node:fs') });
  plugin.config({}, { command: 'build' });
  return (
    await plugin.load.handler.call(
      {
        error: (e: unknown) => {
          throw new Error(String(e));
        },
      },
      STORE_MODULE_ID,
    )
  ).code;
}

describe('the content store literal', () => {
  // Text of every plane: Han characters, an astral character (a surrogate pair), quotes, escapes.
  const text = '第一条　为了规范“产业工人”队伍建设\\改革，𠀀制定本条例。\n'.repeat(40);
  const store = new Map([
    [
      'items',
      new Map(
        Array.from({ length: 30 }, (_, i) => [
          `doc-${i}`,
          { id: `doc-${i}`, data: { text: `${i}${text}`, n: i, at: new Date(0), tags: new Set(['a']) } },
        ]),
      ),
    ],
  ]);

  it('cuts Astro’s store module into pieces that load as the same store', async () => {
    const code = await astroStoreModule(store);
    const whole = await defaultOf(code);
    // Pieces of an odd size, so that some end between the halves of a surrogate pair.
    const split = splitStoreLiteral(code, 997);
    if ('unknown' in split) throw new Error(split.unknown);
    expect(split.pieces).toBeGreaterThan(30);
    expect(split.code).not.toBe(code);
    for (const line of split.code.split('\n').slice(1, -1)) expect(line.length).toBeLessThan(997 * 7);
    const pieces = await defaultOf(split.code);
    expect(pieces).toEqual(whole);
    expect(JSON.stringify(pieces)).toContain('𠀀制定本条例');
  });

  it('leaves a store of one piece, and an empty store, as they are', async () => {
    const small = await astroStoreModule(new Map([['items', new Map([['a', { id: 'a', data: { text: '一' } }]])]]));
    expect(splitStoreLiteral(small)).toMatchObject({ code: small, pieces: 1 });
    expect(splitStoreLiteral('export default new Map()')).toEqual({ code: 'export default new Map()', pieces: 0, chars: 0 });
  });

  it('names a shape it does not know, and leaves it alone', () => {
    expect(splitStoreLiteral('export default {"items":[]}')).toEqual({ unknown: 'it does not read export default JSON.parse("…")' });
    expect(splitStoreLiteral('export default JSON.parse(a + b)')).toEqual({ unknown: 'its argument is not one string literal' });
    expect(splitStoreLiteral('export default JSON.parse(["a"])')).toEqual({ unknown: 'its argument is not a string' });
    expect(storeLiteralLine({ pieces: 0, chars: 0, unknown: 'it is odd' })).toMatch(/left whole, as it is odd/);
    expect(storeLiteralLine({ pieces: 185, chars: 92_100_000 })).toBe(
      'content store: 92.1 million characters of JSON, compiled as 185 literals',
    );
  });
});

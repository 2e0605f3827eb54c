import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_FILE, STORE_MODULE_ID, storeModule, storeModuleLine } from './content-store-module.ts';

/** Evaluates an ES module's default export from its code (its bare imports resolved from the project). */
async function defaultOf(code: string, dir: string): Promise<unknown> {
  const file = join(dir, `module-${Math.random().toString(36).slice(2)}.mjs`);
  const devalue = pathToFileURL(join(process.cwd(), 'node_modules/devalue/index.js')).href;
  writeFileSync(file, code.replace(`from 'devalue'`, `from ${JSON.stringify(devalue)}`));
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

// Astro's own code: the module generator and the store's writer. Not public entry points, on
// purpose: this test is the check that what the plugin rewrites is still what Astro makes.
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
const { ImmutableDataStore } = (await import(pathToFileURL(join(astroDist, 'data-store.js')).href)) as {
  ImmutableDataStore: { fromMap: (m: unknown) => Promise<{ collections: () => unknown }> };
};

const dir = mkdtempSync(join(tmpdir(), 'store-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const storeFile = join(dir, STORE_FILE);

/** The code of Astro's store module for a build whose store holds `collections`, with Astro's file of it. */
async function astroStoreModule(collections: Map<string, Map<string, unknown>>): Promise<string> {
  writeFileSync(storeFile, serializeDataStore(collections));
  const root = pathToFileURL(`${process.cwd()}/`);
  const settings = {
    config: { root, srcDir: new URL('src/', root), cacheDir: pathToFileURL(`${dir}/`), experimental: {}, legacy: {} },
    dotAstroDir: new URL('.astro/', root),
  };
  const plugin = astroContentVirtualModPlugin({ settings, fs: await import('node:fs') });
  plugin.config({}, { command: 'build' });
  const fail = (e: unknown) => {
    throw new Error(String(e));
  };
  return (await plugin.load.handler.call({ error: fail }, STORE_MODULE_ID)).code;
}

describe('the content store module', () => {
  // Text of every plane (Han characters, an astral character, quotes, a backslash) and the values
  // devalue keeps that JSON does not (a date, a set, a map, undefined).
  const text = '第一条　为了规范“产业工人”队伍建设\\改革，𠀀制定本条例。\n';
  const store = new Map([
    [
      'items',
      new Map(
        Array.from({ length: 30 }, (_, i) => [
          `doc-${i}`,
          { id: `doc-${i}`, data: { text: `${i}${text}`, n: i, at: new Date(i), tags: new Set(['a']), more: new Map([[i, undefined]]) } },
        ]),
      ),
    ],
  ]);

  it('reads Astro’s store file at load, and gives Astro the same store its own module gives', async () => {
    const code = await astroStoreModule(store);
    const { code: rewritten, outcome } = storeModule(code, storeFile);
    expect(outcome).toEqual({ read: 'file', chars: expect.any(Number) });
    expect(rewritten).not.toContain('𠀀');
    expect(rewritten.length).toBeLessThan(300);
    // Astro takes a Map as it is and unflattens an array (ImmutableDataStore.fromModule).
    const fromFile = await defaultOf(rewritten, dir);
    expect(fromFile).toBeInstanceOf(Map);
    expect(fromFile).toEqual(store);
    const astros = (await import(pathToFileURL(join(process.cwd(), 'node_modules/devalue/index.js')).href)) as {
      unflatten: (v: unknown) => unknown;
    };
    expect(fromFile).toEqual(astros.unflatten(await defaultOf(code, dir)));
    expect((await ImmutableDataStore.fromMap(fromFile)).collections()).toEqual(store);
  });

  it('leaves the module as Astro made it when the file does not hold its JSON', async () => {
    const code = await astroStoreModule(store);
    writeFileSync(storeFile, '[]');
    expect(storeModule(code, storeFile)).toEqual({
      code,
      outcome: { read: 'inline', why: `${storeFile} does not hold the JSON of its literal` },
    });
    expect(storeModule(code, join(dir, 'absent.json')).outcome).toEqual({
      read: 'inline',
      why: `${join(dir, 'absent.json')} cannot be read`,
    });
  });

  it('leaves an empty store alone, and names a shape it does not know', () => {
    expect(storeModule('export default new Map()', storeFile)).toEqual({ code: 'export default new Map()', outcome: { read: 'none' } });
    const why = (code: string) => storeModule(code, storeFile, () => '[]').outcome;
    expect(why('export default {"items":[]}')).toEqual({ read: 'inline', why: 'its code does not read export default JSON.parse("…")' });
    expect(why('export default JSON.parse(a + b)')).toEqual({ read: 'inline', why: 'its argument is not one string literal' });
    expect(why('export default JSON.parse(["a"])')).toEqual({ read: 'inline', why: 'its argument is not a string' });
    expect(storeModuleLine({ read: 'inline', why: 'it is odd' })).toMatch(/left as Astro made it, as it is odd/);
    expect(storeModuleLine({ read: 'file', chars: 92_700_000 })).toBe(
      'content store: 92.7 million characters of JSON, read from its file when the pages load',
    );
    expect(storeModuleLine(undefined)).toBe('content store: the pages imported no content store module');
  });
});

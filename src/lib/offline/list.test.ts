import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteFiles } from '../site/built-pages.ts';
import { offlineList } from './list.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'offline-list-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const built = {
  'index.html': 'home',
  'search/index.html': 'search',
  'search/thesaurus.json': '{}',
  'search/query.json': '{}',
  'search/simplify.json': '{}',
  'pagefind/pagefind.js': 'js',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/pagefind-highlight.js': 'hl',
  'pagefind/index/zh-cn_1.pf_index': 'i',
  'pagefind/fragment/zh-cn_2.pf_fragment': 'f',
  '_astro/Base.1.css': 'css',
  '_astro/reader.2.js': 'js',
  'theme-init.js': 't',
  'favicon.svg': 'svg',
};

describe('offlineList', () => {
  it('lists what search needs (not Pagefind’s own UI), the hashed assets and the shell, as URLs', () => {
    const d = site(built);
    const list = offlineList(d, siteFiles(d));
    expect(list.search).toEqual([
      '/pagefind/fragment/zh-cn_2.pf_fragment',
      '/pagefind/index/zh-cn_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/search/query.json',
      '/search/simplify.json',
      '/search/',
    ]);
    expect(list.assets).toEqual(['/_astro/Base.1.css', '/_astro/reader.2.js']);
    expect(list.shell).toEqual(['/theme-init.js', '/favicon.svg']);
    expect(list.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('has a version that changes with any listed file and only then', () => {
    const a = site(built);
    const v1 = offlineList(a, siteFiles(a)).version;
    rmSync(a, { recursive: true });
    const b = site({ ...built, 'index.html': 'another home page' });
    expect(offlineList(b, siteFiles(b)).version).toBe(v1);
    rmSync(b, { recursive: true });
    const c = site({ ...built, 'pagefind/index/zh-cn_1.pf_index': 'j' });
    expect(offlineList(c, siteFiles(c)).version).not.toBe(v1);
  });

  it('refuses a site without a search index', () => {
    const d = site({ 'index.html': 'home' });
    expect(() => offlineList(d, siteFiles(d))).toThrow('no Pagefind index');
  });
});

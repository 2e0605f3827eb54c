import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEARCHED_MESSAGE, SEARCH_FILE_ENDINGS, isSearchFile, searchedPaths } from './searched.ts';

const ORIGIN = 'https://example.org';

describe('the index files a page tells its worker it searched', () => {
  it('are Pagefind’s content-named files in any bundle, told by their endings', () => {
    expect(isSearchFile('/pagefind/fragment/zh-cn_1a2b.pf_fragment')).toBe(true);
    expect(isSearchFile('/pagefind/shards/s00003/index/zh-cn_9f.pf_index')).toBe(true);
    expect(isSearchFile('/pagefind/wasm.unknown.pagefind')).toBe(true);
    // Named the same across builds: the worker fetches them network first.
    expect(isSearchFile('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isSearchFile('/pagefind/pagefind.js')).toBe(false);
    expect(isSearchFile('/documents/x.pf_index')).toBe(false);
  });

  it('are named once each, as site paths, those of other origins and other files left out', () => {
    expect(
      searchedPaths(
        [
          `${ORIGIN}/pagefind/fragment/a.pf_fragment`,
          `${ORIGIN}/pagefind/fragment/a.pf_fragment`,
          `${ORIGIN}/_astro/box.js`,
          'https://cdn.example.com/pagefind/fragment/b.pf_fragment',
          `${ORIGIN}/pagefind/pagefind-entry.json?ts=1`,
          `${ORIGIN}/pagefind/shards/s00001/pagefind.zh-cn_3f.pf_meta`,
        ],
        ORIGIN,
      ),
    ).toEqual(['/pagefind/fragment/a.pf_fragment', '/pagefind/shards/s00001/pagefind.zh-cn_3f.pf_meta']);
  });

  it('are the files the worker routes past itself and keeps, and its message is the one it reads', () => {
    // public/sw.js is plain JavaScript and cannot import this module: the two are held together here.
    const worker = readFileSync('public/sw.js', 'utf8');
    expect(worker).toContain(`const SEARCH_ENDINGS = [${SEARCH_FILE_ENDINGS.map((e) => `'${e}'`).join(', ')}];`);
    expect(worker).toContain(`const SEARCHED = '${SEARCHED_MESSAGE}';`);
  });
});

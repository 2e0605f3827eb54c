// Fragment groups on a bundle written by hand in Pagefind's format: neighbours of one item
// together, up to the byte budget, each page naming its group, and no fragment lost or left over.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPagefindFile, writePagefindFile } from './pagefind-chunks.ts';
import { pagefindBody, pagefindFile } from './pagefind-files.ts';
import { groupFragments } from './pagefind-fragments.ts';

/** A bundle of pages named as shortPageNames names them, each a fragment of `size` JSON bytes or so. */
function bundle(items: string[], size = 100): string {
  const dir = mkdtempSync(join(tmpdir(), 'fragments-'));
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_0', wasm: 'zh-cn', page_count: items.length } } }),
  );
  const pages = items.map((item, i) => {
    const name = `abc123-${i.toString(36)}`;
    const fragment = {
      url: `/documents/${item}/m${i}/`,
      content: '',
      word_count: 1,
      filters: {},
      meta: { item, pad: 'x'.repeat(size) },
      anchors: [],
    };
    writeFileSync(join(dir, 'fragment', `${name}.pf_fragment`), pagefindFile(JSON.stringify(fragment)));
    return [name, 1, ''];
  });
  writeFileSync(join(dir, 'pagefind.zh-cn_0.pf_meta'), writePagefindFile(['1.6.0', pages, [], [], []]));
  return dir;
}

const metaOf = (dir: string) => {
  const { languages } = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return readPagefindFile(join(dir, `pagefind.${languages['zh-cn']!.hash}.pf_meta`));
};

describe('fragment groups', () => {
  it('puts neighbouring pages of one item in a group until the budget, and names each page’s group in the metadata', () => {
    const dir = bundle(['a', 'a', 'a', 'b', 'b', 'a'], 100);
    // About 200 bytes each: two fit in 450, a third does not.
    expect(groupFragments(dir, 450)).toEqual({ groups: 4 });
    const pages = metaOf(dir)[1] as Array<[string, number, string]>;
    expect(pages.map((p) => p[2])).toEqual(['abc123_0', 'abc123_0', 'abc123_1', 'abc123_2', 'abc123_2', 'abc123_3']);
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(
      ['abc123_0', 'abc123_1', 'abc123_2', 'abc123_3'].map((g) => `${g}.pf_fragment`),
    );
    // Each group file maps its pages' names to their fragments, unchanged.
    const group = (name: string) =>
      JSON.parse(pagefindBody(name, readFileSync(join(dir, 'fragment', `${name}.pf_fragment`))).toString('utf8')) as Record<
        string,
        { url: string }
      >;
    expect(Object.entries(group('abc123_0')).map(([n, f]) => [n, f.url])).toEqual([
      ['abc123-0', '/documents/a/m0/'],
      ['abc123-1', '/documents/a/m1/'],
    ]);
    expect(Object.keys(group('abc123_3'))).toEqual(['abc123-5']);
  });

  it('gives a page larger than the budget a group of its own, and refuses a bundle already grouped', () => {
    const dir = bundle(['a', 'a'], 1000);
    expect(groupFragments(dir, 450)).toEqual({ groups: 2 });
    expect(() => groupFragments(dir, 450)).toThrow(/already groups its fragments/);
  });
});

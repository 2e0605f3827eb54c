// A shard's fragments packed, on a bundle written by hand in Pagefind's format: slimmed, renamed,
// neighbours of one item grouped up to the byte budget, each page naming its group, none lost.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindBody, pagefindFile, readPagefindFile, writePagefindFile } from './pagefind-files.ts';
import { packFragments } from './pagefind-fragments.ts';

/** A bundle as Pagefind writes it, each page a fragment of `size` JSON bytes or so. */
function bundle(items: string[], size = 100): string {
  const dir = mkdtempSync(join(tmpdir(), 'fragments-'));
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_0', wasm: 'zh-cn', page_count: items.length } } }),
  );
  const pages = items.map((item, i) => {
    const fragment = {
      url: `/documents/${item}/m${i}/`,
      content: '条文',
      word_count: 1,
      filters: {},
      meta: { item, pad: 'x'.repeat(size) },
      anchors: [{ element: 'p', id: 'a', text: '条文', location: 0 }],
    };
    // Named, as Pagefind names it, by a digest of its content.
    const name = `zh-cn_${createHash('sha256').update(JSON.stringify(fragment)).digest('hex').slice(0, 7)}`;
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

describe('a shard’s fragments, packed', () => {
  it('slims each, renames the pages by a common prefix and their place, and groups neighbours of one item until the budget', () => {
    const dir = bundle(['a', 'a', 'a', 'b', 'b', 'a'], 100);
    // About 200 bytes each once slimmed: two fit in 450, a third does not.
    const report = packFragments(dir, 450);
    expect(report).toMatchObject({ fragments: 6, groups: 4 });
    const pages = metaOf(dir)[1] as Array<[string, number, string]>;
    const prefix = pages[0]![0].slice(0, 6);
    expect(prefix).toMatch(/^[0-9a-f]{6}$/);
    expect(pages.map((p) => p[0])).toEqual([0, 1, 2, 3, 4, 5].map((i) => `${prefix}-${i}`));
    const groups = [0, 1, 2, 3].map((g) => `${prefix}_${g}`);
    expect(pages.map((p) => p[2])).toEqual([groups[0], groups[0], groups[1], groups[2], groups[2], groups[3]]);
    // Only the groups are left, and they weigh what the report says.
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(groups.map((g) => `${g}.pf_fragment`));
    expect(groups.reduce((n, g) => n + statSync(join(dir, 'fragment', `${g}.pf_fragment`)).size, 0)).toBe(report.after);
    // Each group file maps its pages' names to their fragments, without the text and anchors.
    const group = (name: string) =>
      JSON.parse(pagefindBody(name, readFileSync(join(dir, 'fragment', `${name}.pf_fragment`))).toString('utf8')) as Record<
        string,
        { url: string; content: string; anchors: unknown[]; meta: { item: string } }
      >;
    expect(Object.entries(group(groups[0]!)).map(([n, f]) => [n, f.url, f.content, f.anchors, f.meta.item])).toEqual([
      [`${prefix}-0`, '/documents/a/m0/', '', [], 'a'],
      [`${prefix}-1`, '/documents/a/m1/', '', [], 'a'],
    ]);
    expect(Object.keys(group(groups[3]!))).toEqual([`${prefix}-5`]);
  });

  it('gives a page larger than the budget a group of its own, and refuses a bundle already grouped', () => {
    const dir = bundle(['a', 'a'], 1000);
    expect(packFragments(dir, 450)).toMatchObject({ fragments: 2, groups: 2 });
    expect(() => packFragments(dir, 450)).toThrow(/already groups its fragments/);
  });

  it('names the pages anew when any fragment changes', () => {
    const names = (dir: string) => (metaOf(dir)[1] as Array<[string]>).map(([n]) => n);
    const one = bundle(['a', 'a'], 100);
    const other = bundle(['a', 'a'], 101);
    packFragments(one, 450);
    packFragments(other, 450);
    expect(names(one)[0]!.slice(0, 6)).not.toBe(names(other)[0]!.slice(0, 6));
  });
});

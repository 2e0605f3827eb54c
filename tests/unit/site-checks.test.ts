// The tools the quality gates rely on, on small sites written here: the HTML scanner, page kinds,
// the link checker and the permalink list.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAnchors, scanTags } from '../../src/lib/site/html-scan.ts';
import { pageKind, representatives, sitePages } from '../../src/lib/site/built-pages.ts';
import { comparePermalinks, publishedPermalinks, readPermalinkList, updatePermalinkList } from '../../src/lib/site/permalinks.ts';
import { checkSiteLinks } from '../e2e/support/links.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><link rel="canonical" href="https://example.org/">${head}</head><body><a href="#main">skip</a><main id="main">${body}</main></body></html>`;

describe('scanTags', () => {
  it('reads attributes however they are quoted, and character references in them', () => {
    const [tag] = [...scanTags(`<A HREF="/a?x=1&amp;y=2" data-x='q"uote' hidden id=plain>`)];
    expect(tag!.name).toBe('a');
    expect(Object.fromEntries(tag!.attrs)).toEqual({ href: '/a?x=1&y=2', 'data-x': 'q"uote', hidden: '', id: 'plain' });
  });

  it('skips comments, and tags written inside script, style and title text', () => {
    const html =
      '<!-- <a id="c"> --><script>if (a<b) document.write("<p id=\'s\'>")</script><style>a[id="t"]{}</style><title><b id="x"></title><p id="real">';
    expect([...scanTags(html)].filter((t) => !t.end).map((t) => t.attrs.get('id') ?? t.name)).toEqual(['script', 'style', 'title', 'real']);
  });

  it('counts lines, and survives a stray quote without swallowing the rest', () => {
    const tags = [...scanTags('<p>\n<a href="x" ">\n\n<b id="after">')].filter((t) => !t.end);
    expect(tags.map((t) => [t.name, t.line])).toEqual([
      ['p', 1],
      ['a', 2],
      ['b', 4],
    ]);
  });

  it('reads as a browser does an empty comment, every named reference, a reference past Unicode and raw-text elements', () => {
    const html = '<!---><a id="x" title="&copy;&#x110000;"><xmp><b id="no"></xmp><form id="f"><form id="inner" action="/x"></form>';
    const starts = [...scanTags(html)].filter((t) => !t.end);
    expect(starts.map((t) => [t.name, Object.fromEntries(t.attrs)])).toEqual([
      ['a', { id: 'x', title: '©\ufffd' }],
      ['xmp', {}],
      ['form', { id: 'f' }],
    ]);
  });
});

describe('pageAnchors', () => {
  it('tells content anchors (inside main) from the layout’s, and lists links and id references', () => {
    const a = pageAnchors(
      page(
        '<h2 id="p1">一</h2><span id="s1" aria-describedby="n1">x</span><img src="/i.png" srcset="/i2.png 2x, /i3.png 3x">',
        '<script src="/x.js"></script>',
      ),
    );
    expect(a.ids.map((i) => i.id)).toEqual(['main', 'p1', 's1']);
    expect(a.mainIds).toEqual(['p1', 's1']);
    expect(a.links.map((l) => `${l.tag}.${l.attr}=${l.url}`)).toEqual([
      'link.href=https://example.org/',
      'script.src=/x.js',
      'a.href=#main',
      'img.src=/i.png',
      'img.srcset=/i2.png',
      'img.srcset=/i3.png',
    ]);
    expect(a.idrefs).toEqual([{ id: 'n1', attr: 'aria-describedby', line: 1, near: 's1' }]);
  });
});

describe('page kinds', () => {
  it('keep the first segment of the URL and star the rest', () => {
    expect(['/', '/documents/', '/documents/x/', '/documents/x/m1/', '/404.html', '/data/a.json'].map(pageKind)).toEqual([
      '/',
      '/documents/',
      '/documents/*/',
      '/documents/*/*/',
      '/404.html',
      '/data/*',
    ]);
  });

  it('are represented by their largest page and their first', () => {
    const dir = site({
      'index.html': 'x',
      'news/a/index.html': 'small',
      'news/b/index.html': 'the largest one',
      'news/c/index.html': 'mid-size',
    });
    expect(representatives(sitePages(dir)).map((p) => p.url)).toEqual(['/', '/news/b/', '/news/a/']);
  });
});

describe('checkSiteLinks', () => {
  it('passes a site whose links all resolve', () => {
    const dir = site({
      'index.html': page(
        '<a href="/d/">d</a><a href="/d/#s1">s1</a><a href="https://example.org/d/#s1">abs</a><a href="https://other.example/x">x</a><img src="/i.svg" alt="">',
      ),
      'd/index.html': page('<p id="s1">s</p><a href="../">up</a><a href="#main">top</a>'),
      'i.svg': '<svg/>',
      'sitemap-0.xml': '<urlset><url><loc>https://example.org/d/</loc></url></urlset>',
    });
    expect(checkSiteLinks(dir)).toEqual({ pages: 2, links: 12, problems: [] });
  });

  it('names every kind of broken link', () => {
    const dir = site({
      'index.html': page(
        '<a href="/gone/">1</a><a href="/d">2</a><a href="/d/#nope">3</a><a href="javascript:void 0">4</a>' +
          '<p id="dup"></p><p id="dup"></p><label for="nothing">5</label><a href="/d/#">6</a><form action="/search/"></form>',
      ),
      'd/index.html': page(''),
      'sitemap-0.xml': '<loc>https://example.org/old/</loc>',
    });
    expect(checkSiteLinks(dir).problems).toEqual([
      'index.html:1: id "dup" is used twice on the page',
      'index.html:1 (#dup): for="nothing" names no id on the page',
      'index.html:1 (#main): <a href="/gone/"> leads nowhere (no such page in the site)',
      'index.html:1 (#main): <a href="/d"> lacks its trailing slash (the URL is a redirect, not the page)',
      'index.html:1 (#main): <a href="/d/#nope"> — no id "nope" in d/index.html',
      'index.html:1 (#main): <a href="javascript:void 0"> runs script',
      'index.html:1 (#dup): <a href="/d/#"> has an empty fragment',
      'index.html:1 (#dup): <form action="/search/"> leads nowhere (no such page in the site)',
      'sitemap-0.xml: <loc>https://example.org/old/</loc> is not in the site',
    ]);
  });
});

describe('the permalink list', () => {
  const built = () =>
    site({
      'index.html': page('<p id="a">a</p>'),
      'd/index.html': page('<section id="m1"><span id="m1-s1">x</span></section>'),
      'data/d.json': '{}',
      '_astro/x.1234.css': '',
      'pagefind/pagefind.js': '',
      'search/js/page-Ab12.js': '',
      'not-found/ids/0123456789ab.json': '{}',
    });

  it("lists page URLs, the anchors inside <main> and published files, not code, the search index or the 404 page's files", () => {
    expect(publishedPermalinks(built())).toEqual(['/', '/#a', '/d/', '/d/#m1', '/d/#m1-s1', '/data/d.json']);
  });

  it('reports what disappeared and what is new; updating adds and never removes', () => {
    const dir = built();
    const list = join(mkdtempSync(join(tmpdir(), 'list-')), 'permalinks.txt');
    writeFileSync(list, '# comment\n/\n/#a\n/old/\n/d/#m1-s1\n');
    expect(comparePermalinks(readPermalinkList(list), publishedPermalinks(dir))).toEqual({
      missing: ['/old/'],
      added: ['/d/', '/d/#m1', '/data/d.json'],
    });
    expect(updatePermalinkList(dir, list)).toBe(3);
    expect(readPermalinkList(list)).toEqual(['/', '/#a', '/d/', '/d/#m1', '/d/#m1-s1', '/data/d.json', '/old/']);
    expect(readFileSync(list, 'utf8')).toMatch(/^# Every URL/);
  });
});

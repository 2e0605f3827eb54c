import { describe, expect, it } from 'vitest';
import { checkAtom } from '../../../tests/support/atom.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { atomDate, atomFeed } from './atom.ts';
import { feedsOfItem, siteFeeds } from './feeds.ts';
import { issuerId } from './issuers.ts';

const { corpus } = siteModel(FIXTURE_CORPUS);
const site = 'https://example.org/';
const feeds = siteFeeds(corpus);

describe('the feeds', () => {
  it('are one for the corpus, one per issuer and one per kind, built once', () => {
    const issuers = new Set(corpus.entries.flatMap((e) => e.meta.issuers));
    const kinds = new Set(corpus.entries.map((e) => e.meta.kind));
    expect(feeds.map((f) => f.path)).toEqual([
      '/feeds/all.xml',
      ...[...issuers].map((n) => `/feeds/issuers/${issuerId(n)}.xml`),
      ...[...kinds].map((k) => `/feeds/kinds/${k}.xml`),
    ]);
    expect(siteFeeds(corpus)).toBe(feeds);
    expect(feeds[0]!.entries).toHaveLength(corpus.entries.length);
  });

  it('hold each item of their issuer or kind once, newest first, with its summary or its opening words', () => {
    for (const feed of feeds) {
      const dates = feed.entries.map((e) => e.published);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(new Set(feed.entries.map((e) => e.path)).size).toBe(feed.entries.length);
    }
    for (const item of corpus.entries) {
      const entry = feeds[0]!.entries.find((e) => e.path === item.url)!;
      if (item.meta.summary) expect(entry.summary).toBe(item.meta.summary);
      else
        expect(
          item.sentences
            .map((s) => s.text)
            .join('')
            .startsWith(entry.summary.replace(/…$/, '')),
        ).toBe(true);
      for (const f of feedsOfItem(item)) expect(feeds.find((x) => x.path === f.path)!.entries).toContainEqual(entry);
    }
  });

  it('are valid Atom (RFC 4287) whose entries link each item by its absolute permalink', () => {
    for (const feed of feeds) {
      const report = checkAtom(atomFeed(feed, { site, siteName: '站' }));
      expect(report.problems, feed.path).toEqual([]);
      expect(report.selfHref).toBe(`https://example.org${feed.path}`);
      expect(report.entries.map((e) => e.alternate)).toEqual(feed.entries.map((e) => `https://example.org${e.path}`));
      expect(report.entries.map((e) => e.updated)).toEqual(feed.entries.map((e) => atomDate(e.published)));
    }
  });

  it('escape what the text holds and refuse an empty feed', () => {
    const feed = {
      path: '/feeds/x.xml',
      title: 'a <b> & "c"',
      alternate: '/',
      entries: [{ ...feeds[0]!.entries[0]!, summary: '<script>1 & 2</script>' }],
    };
    const xml = atomFeed(feed, { site, siteName: '站' });
    expect(checkAtom(xml).problems).toEqual([]);
    expect(checkAtom(xml).entries[0]!.summary).toBe('<script>1 & 2</script>');
    expect(() => atomFeed({ ...feed, entries: [] }, { site, siteName: '站' })).toThrow('has no entries');
  });
});

describe('the checker', () => {
  it('finds what breaks RFC 4287', () => {
    const good = atomFeed(feeds[0]!, { site, siteName: '站' });
    expect(checkAtom(good.replace('</feed>', '')).problems[0]).toMatch(/not well-formed/);
    expect(checkAtom(good.replace(/<updated>[^<]*<\/updated>/, '')).problems).toContain(
      'feed: 0 <updated> elements, RFC 4287 asks for exactly one',
    );
    expect(
      checkAtom(good.replace(/(<entry>\s*<id>)https:\/\/example.org/, '$1relative')).problems.some((p) => /not an absolute IRI/.test(p)),
    ).toBe(true);
    expect(checkAtom(good.replace(/T00:00:00\+08:00/, '')).problems.some((p) => /RFC 3339/.test(p))).toBe(true);
    const twice = good.replace(/(<entry>[\s\S]*?<\/entry>)/, '$1$1');
    expect(checkAtom(twice).problems.some((p) => /used by another entry/.test(p))).toBe(true);
  });
});

describe('issuerId', () => {
  it('is the toneless pinyin of the name, ASCII', () => {
    expect(issuerId('国务院')).toBe('guowuyuan');
    expect(issuerId('中共中央办公厅')).toBe('zhonggongzhongyangbangongting');
    expect(issuerId('人力资源和社会保障部 (MOHRSS)')).toMatch(/^[a-z0-9-]+$/);
  });
});

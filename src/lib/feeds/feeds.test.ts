import { describe, expect, it } from 'vitest';
import { checkAtom } from '../../../tests/support/atom.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { atomDate, atomFeed } from './atom.ts';
import { FEED_ENTRIES, contentHtml, feedCountText, feedsOfItem, siteFeeds } from './feeds.ts';
import { readdirSync } from 'node:fs';
import { buildCorpus } from '../corpus.ts';
import { readItems } from '../content/items.ts';
import { issuerId } from './issuers.ts';
import { escapeMarkup } from '../escape.ts';

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
    expect(feeds[0]!.total).toBe(corpus.entries.length);
  });

  it('hold the newest FEED_ENTRIES items each, and say how many they stand for', () => {
    // The fixture's first document copied under many ids and days, as a large collection would hold it.
    const [doc] = corpus.documents;
    const n = FEED_ENTRIES + 7;
    const day = (i: number) => `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    const copies = Array.from({ length: n }, (_, i) => {
      const id = `copy-${String(i).padStart(3, '0')}`;
      return { ...doc!, id, url: `/documents/${id}/`, meta: { ...doc!.meta, id, published: day(i) } };
    });
    const big = siteFeeds({ ...corpus, entries: copies, documents: copies } as unknown as typeof corpus);
    for (const feed of big) {
      expect(feed.total, feed.path).toBe(n);
      expect(feed.entries, feed.path).toHaveLength(FEED_ENTRIES);
      // The newest: no item left out is newer than one kept.
      const oldestKept = feed.entries.at(-1)!.published;
      const left = copies.filter((c) => !feed.entries.some((e) => e.path === c.url));
      expect(left).toHaveLength(n - FEED_ENTRIES);
      for (const c of left) expect(c.meta.published <= oldestKept).toBe(true);
      expect(feedCountText(feed)).toBe(`共${n}项，源中为最新${FEED_ENTRIES}项`);
    }
    expect(feedCountText(feeds[0]!)).toBe(`${corpus.entries.length}项`);
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

  it('stand each for the page that lists what they list: the home page, an issuer’s or kind’s documents, the news', () => {
    expect(feeds[0]!.alternate).toBe('/');
    for (const feed of feeds.slice(1)) {
      const [, facet, value] = feed.path.match(/^\/feeds\/(issuers|kinds)\/(.+)\.xml$/)!;
      const news = facet === 'kinds' && (value === 'news' || value === 'photo');
      expect(feed.alternate, feed.path).toBe(news ? '/news/' : `/documents/by/${facet === 'issuers' ? 'issuer' : 'kind'}/${value}/`);
    }
    expect(feeds.some((f) => f.alternate === '/news/')).toBe(true);
  });

  it('give each entry the item’s whole text as content, every sentence in order, escaped', () => {
    for (const item of corpus.entries) {
      const entry = feeds[0]!.entries.find((e) => e.path === item.url)!;
      let at = 0;
      for (const s of item.sentences) {
        const found = entry.content.indexOf(escapeMarkup(s.text), at);
        expect(found, `${item.id} ${s.id}`).toBeGreaterThanOrEqual(at);
        at = found + escapeMarkup(s.text).length;
      }
      expect(entry.content).toMatch(/^<(p|h3)>/);
    }
    const xml = atomFeed(feeds[0]!, { site, siteName: '站' });
    expect(xml.match(/<content type="html">/g)).toHaveLength(feeds[0]!.entries.length);
  });

  it.each(readdirSync('tests/fixtures/shapes'))(
    'give the %s shape’s text in the order printed, sub-items inside their article',
    (shape) => {
      for (const doc of buildCorpus(readItems(`tests/fixtures/shapes/${shape}`)).documents) {
        const html = contentHtml(doc);
        const printed = doc.units.list.flatMap((u) => u.sentences).sort((a, b) => a.span[0] - b.span[0]);
        let at = 0;
        for (const s of printed) {
          const found = html.indexOf(escapeMarkup(s.text), at);
          expect(found, `${doc.id} ${s.id}`).toBeGreaterThanOrEqual(at);
          at = found + escapeMarkup(s.text).length;
        }
      }
    },
  );

  it('escape what the text holds and refuse an empty feed', () => {
    const feed = {
      path: '/feeds/x.xml',
      title: 'a <b> & "c"',
      alternate: '/',
      entries: [{ ...feeds[0]!.entries[0]!, summary: '<script>1 & 2</script>' }],
      total: 1,
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

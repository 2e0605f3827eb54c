// Every Atom feed of the built site as feedparser reads it (the parser behind many feed readers):
// not bozo (well-formed, nothing it had to guess), the feed's alternate the page that lists what it
// lists (an issuer's or a kind's documents, the news; a feed of documents never points at /news/),
// and every entry with the item's whole text as content, at its permalink under the configured address.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { DIST, PYTHON, SITE, corpus, files, printedSentences } from './support.ts';

interface Parsed {
  file: string;
  bozo: boolean;
  bozoException: string;
  version: string;
  links: Array<{ rel: string; type: string; href: string }>;
  entries: Array<{ id: string; link: string; title: string; summary: string; content: Array<{ type: string; value: string }> }>;
}

const feeds = files('feeds', '.xml');
const parsed: Parsed[] = JSON.parse(
  execFileSync(PYTHON, ['tests/clients/feedparser-read.py', ...feeds.map((f) => join(DIST, f))], { encoding: 'utf8', maxBuffer: 1 << 30 }),
);

/** A page of the built site at an absolute URL of the configured address. */
const pageExists = (url: string) =>
  url.startsWith(`${SITE}/`) && existsSync(join(DIST, url.slice(SITE.length).split('#')[0]!, 'index.html'));

/** Each item's sentences, by its page's URL. */
const sentencesByUrl = new Map<string, string[]>([
  ...corpus.documents.map((d) => [d.url, printedSentences(d).map((s) => s.text)] as const),
  ...corpus.news.map(
    (n) =>
      [
        n.url,
        n.blocks.flatMap((b: { type: string; sentences?: Array<{ text: string }> }) => (b.sentences ?? []).map((s) => s.text)),
      ] as const,
  ),
]);
const documentUrls = new Set(corpus.documents.map((d) => d.url));

describe('feedparser reads every feed', () => {
  it('finds the feeds: the corpus, and per issuer and kind', () => {
    expect(feeds).toContain('feeds/all.xml');
    expect(feeds.some((f) => f.startsWith('feeds/issuers/'))).toBe(true);
    expect(feeds.some((f) => f.startsWith('feeds/kinds/'))).toBe(true);
  });

  it.each(parsed.map((p) => [p.file.slice(DIST.length + 1), p] as const))('%s', (path, feed) => {
    expect(feed.bozo, feed.bozoException).toBe(false);
    expect(feed.version).toBe('atom10');
    const self = feed.links.filter((l) => l.rel === 'self');
    expect(self.map((l) => l.href)).toEqual([`${SITE}/${path}`]);
    const alternate = feed.links.filter((l) => l.rel === 'alternate');
    expect(alternate).toHaveLength(1);
    const page = alternate[0]!.href;
    expect(pageExists(page), page).toBe(true);
    const kind = path.match(/^feeds\/kinds\/(.+)\.xml$/)?.[1];
    const issuer = path.match(/^feeds\/issuers\/(.+)\.xml$/)?.[1];
    const allDocuments = feed.entries.every((e) => documentUrls.has(e.link));
    if (path === 'feeds/all.xml') expect(page).toBe(`${SITE}/`);
    else if (kind === 'news' || kind === 'photo') expect(page).toBe(`${SITE}/news/`);
    else if (kind) expect(page).toBe(`${SITE}/documents/by/kind/${kind}/`);
    else expect(page).toBe(`${SITE}/documents/by/issuer/${issuer}/`);
    // A feed whose entries are all documents stands for a page of documents.
    if (allDocuments) expect(page).not.toContain('/news/');
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const e of feed.entries) {
      expect(pageExists(e.link), e.link).toBe(true);
      expect(e.id).toBe(e.link);
      expect(e.summary.length).toBeGreaterThan(0);
      expect(e.content.map((c) => c.type)).toEqual(['text/html']);
      // The whole text: every sentence of the item, in order (the content is HTML; its text is the item's).
      const text = decodeHTML(e.content[0]!.value.replace(/<[^>]+>/g, ''));
      let at = 0;
      for (const s of sentencesByUrl.get(e.link)!) {
        const found = text.indexOf(s, at);
        expect(found, `${e.link}: ${s}`).toBeGreaterThanOrEqual(0);
        at = found + s.length;
      }
    }
  });
});

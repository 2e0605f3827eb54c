// Which Atom feeds the site publishes and what is in each: the whole corpus, one feed per issuer
// and one per kind of item, each entry a document or news item with its summary, its whole text
// as content and its permalink, newest first, the newest FEED_ENTRIES of them; each feed's
// alternate is the page that lists the same items. Built once per build from the corpus
// (src/pages/feeds/ writes them).
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { escapeMarkup } from '../escape.ts';
import type { Sentence } from '../schema/tree.ts';
import { CORPUS_FEED, HOME, documentsFilterUrl, issuerFeedUrl, kindFeedUrl, NEWS } from '../routes.ts';
import { type ItemKind, isDocumentKind } from '../schema/item-meta.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { truncate } from '../snippet.ts';
import { HEADED_KINDS } from '../units/titles.ts';
import { issuerId } from './issuers.ts';

export interface FeedEntry {
  /** Site-relative permalink of the item's page. */
  path: string;
  title: string;
  /** The item's written summary, else its opening words (cut with …). */
  summary: string;
  /** The item's whole text as HTML (Atom `content type="html"`): headings, labels and paragraphs as printed. */
  content: string;
  authors: string[];
  /** The item's publication date, YYYY-MM-DD (its updated and published date). */
  published: string;
  kind: ItemKind;
}

export interface Feed {
  /** Site-relative path of the feed file. */
  path: string;
  title: string;
  /** The site page the feed stands for. */
  alternate: string;
  /** The newest FEED_ENTRIES of its items, newest first. */
  entries: FeedEntry[];
  /** How many dated items it stands for in all (its entries are the newest of them). */
  total: number;
}

/**
 * How many items a feed holds: its newest. A feed is what a reader polls for what is new, and each
 * entry carries the item's whole text (16 KB on average, 7.9 MB for the corpus feed of 500
 * synthetic documents when it held them all, and so 160 MB at 10,000); the older items are on the
 * feed's alternate page. A reader that polls less often than every 50 new items misses the rest, as
 * with any feed of the newest items.
 */
export const FEED_ENTRIES = 50;

/** How long an opening excerpt may run when an item has no written summary. */
const EXCERPT_CHARS = 120;

type Dated = CorpusEntry & { meta: { published: string } };

/**
 * Whether an item goes in feeds: a text that carries no date does not (a feed says when each entry
 * appeared, and an undated one has no day to stand at: it is read on the site, not announced).
 */
const dated = (item: CorpusEntry): item is Dated => item.meta.published !== undefined;

/** An item as a feed entry. */
function entryOf(item: Dated): FeedEntry {
  const { meta } = item;
  const opening = item.sentences.map((s) => s.text).join('');
  return {
    path: item.url,
    title: meta.title,
    summary: meta.summary ?? truncate(opening, EXCERPT_CHARS),
    content: contentHtml(item),
    authors: meta.issuers.length ? meta.issuers : meta.publisher ? [meta.publisher] : [],
    published: meta.published,
    kind: meta.kind,
  };
}

/**
 * An item's text as HTML for a feed reader, in the order it is printed: a document's titled units
 * (parts, chapters, boxes, attachments…) give their label and title as a heading, its sentences
 * stand in their printed paragraphs (a measure's or article's label before its first), a table's
 * or signature's printed lines one a paragraph; a news item block by block. The words are the
 * source's, escaped; nothing is added but the markup.
 */
export function contentHtml(item: CorpusEntry): string {
  const p = (text: string) => `<p>${escapeMarkup(text)}</p>`;
  const h = (text: string) => `<h3>${escapeMarkup(text)}</h3>`;
  if (item.kind === 'news')
    return item.outline.blocks.map((b) => (b.type === 'subheading' ? h(b.text) : p(b.sentences.map((s) => s.text).join('')))).join('');
  const list = item.units.list;
  // Where each unit begins in the source: its heading, its own text or, first of all, a unit inside it.
  // (The list holds an article before its sub-items, and its sentences after them after those too.)
  const start = new Map(
    list.map((u) => [
      u.id,
      Math.min(u.headingSpan?.[0] ?? Infinity, ...u.sentences.map((s) => s.span[0]), ...u.lines.map((l) => l.span[0])),
    ]),
  );
  for (const u of list.toReversed()) if (u.parent !== null) start.set(u.parent, Math.min(start.get(u.parent)!, start.get(u.id)!));
  // Each sentence's place in the printed order: a paragraph's sentences run on only while no other
  // unit's stand between them (an article's 款 goes on after the sub-items it lists).
  const rank = new Map(
    list
      .flatMap((u) => u.sentences)
      .sort((a, b) => a.span[0] - b.span[0])
      .map((s, i) => [s.id, i]),
  );
  const runs = (sentences: readonly Sentence[]) =>
    [...Map.groupBy(sentences, (s) => s.paragraph).values()].flatMap((group) =>
      group.reduce<Sentence[][]>((out, s, i) => {
        if (i > 0 && rank.get(s.id) === rank.get(group[i - 1]!.id)! + 1) out.at(-1)!.push(s);
        else out.push([s]);
        return out;
      }, []),
    );
  const blocks: Array<{ at: number; html: string }> = [];
  for (const u of list) {
    const titled = HEADED_KINDS.has(u.kind);
    if (titled && (u.label || u.heading))
      blocks.push({ at: start.get(u.id)! - 0.5, html: h([u.label, u.heading].filter(Boolean).join(' ')) });
    const paragraphs = u.sentences.length
      ? runs(u.sentences).map((g) => ({ at: g[0]!.span[0], text: g.map((s) => s.text).join('') }))
      : u.lines.map((l) => ({ at: l.span[0], text: l.text }));
    paragraphs.forEach((para, i) =>
      // A measure's or article's label runs into its first paragraph, as printed.
      blocks.push({ at: para.at, html: p(i === 0 && !titled && u.label ? `${u.label}${para.text}` : para.text) }),
    );
  }
  return blocks
    .sort((a, b) => a.at - b.at)
    .map((b) => b.html)
    .join('');
}

/** Newest first; on the same day, by title, then path (the item's URL), so the order never depends on the build. */
const newestFirst = (a: Dated, b: Dated) =>
  b.meta.published.localeCompare(a.meta.published) || a.meta.title.localeCompare(b.meta.title, 'zh') || a.url.localeCompare(b.url);

const built = new WeakMap<Corpus, Feed[]>();

/** Every feed of the site, the whole corpus first, then issuers and kinds in order of first appearance; built once per corpus. */
export function siteFeeds(corpus: Corpus): Feed[] {
  let feeds = built.get(corpus);
  if (!feeds) built.set(corpus, (feeds = buildFeeds(corpus)));
  return feeds;
}

function buildFeeds(corpus: Corpus): Feed[] {
  const items = corpus.entries.filter(dated).sort(newestFirst);
  // Each item's entry (its whole text as HTML) is made once, and only for the feeds that hold it.
  const made = new Map<string, FeedEntry>();
  const entry = (item: Dated) => made.get(item.id) ?? made.set(item.id, entryOf(item)).get(item.id)!;
  const newest = (list: Dated[]) => ({ entries: list.slice(0, FEED_ENTRIES).map(entry), total: list.length });
  const feeds: Feed[] = [{ path: CORPUS_FEED, title: '全部文件和新闻', alternate: HOME, ...newest(items) }];
  const issuers = [...new Set(corpus.entries.flatMap((e) => e.meta.issuers))];
  const seen = new Map<string, string>();
  for (const name of issuers) {
    const id = issuerId(name);
    const other = seen.get(id);
    if (other) throw new Error(`issuers "${other}" and "${name}" would share the feed ${issuerFeedUrl(id)}`);
    seen.set(id, name);
    const mine = items.filter((e) => e.meta.issuers.includes(name));
    // The documents index narrowed to the issuer (src/lib/view/document-filters.ts): the page
    // listing what the feed lists; it exists for an issuer of a document.
    const listed = corpus.documents.some((d) => d.meta.issuers.includes(name));
    const alternate = listed ? documentsFilterUrl('issuer', id) : HOME;
    feeds.push({ path: issuerFeedUrl(id), title: `${name}发布的文件`, alternate, ...newest(mine) });
  }
  for (const kind of [...new Set(corpus.entries.map((e) => e.meta.kind))]) {
    feeds.push({
      path: kindFeedUrl(kind),
      title: KIND_NAMES[kind],
      alternate: isDocumentKind(kind) ? documentsFilterUrl('kind', kind) : NEWS,
      ...newest(items.filter((e) => e.meta.kind === kind)),
    });
  }
  // A feed of undated texts alone would have nothing to say.
  return feeds.filter((f) => f.entries.length > 0);
}

/** How many items a feed holds, as /feeds/ says it: 12项, or 共113项，源中为最新50项 when it holds the newest of them. */
export const feedCountText = (feed: Pick<Feed, 'entries' | 'total'>) =>
  feed.total > feed.entries.length ? `共${feed.total}项，源中为最新${feed.entries.length}项` : `${feed.total}项`;

/** The feeds an item belongs to, for its page's <link rel="alternate">: the corpus, its issuers, its kind. */
export function feedsOfItem(item: CorpusEntry): Array<{ path: string; title: string }> {
  if (!item.meta.published) return [];
  return [
    ...item.meta.issuers.map((name) => ({ path: issuerFeedUrl(issuerId(name)), title: `${name}发布的文件` })),
    { path: kindFeedUrl(item.meta.kind), title: KIND_NAMES[item.meta.kind] },
  ];
}

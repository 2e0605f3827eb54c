// Which Atom feeds the site publishes and what is in each: the whole corpus, one feed per issuer
// and one per kind of item, each entry a document or news item with its summary and permalink,
// newest first. Built once per build from the corpus (src/pages/feeds/ writes them).
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { CORPUS_FEED, DOCUMENTS, HOME, issuerFeedUrl, kindFeedUrl, NEWS } from '../routes.ts';
import { type ItemKind, isDocumentKind } from '../schema/item-meta.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { truncate } from '../snippet.ts';
import { issuerId } from './issuers.ts';

export interface FeedEntry {
  /** Site-relative permalink of the item's page. */
  path: string;
  title: string;
  /** The item's written summary, else its opening words (cut with …). */
  summary: string;
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
  entries: FeedEntry[];
}

/** How long an opening excerpt may run when an item has no written summary. */
const EXCERPT_CHARS = 120;

/**
 * An item as a feed entry; null for a text that carries no date (a feed says when each entry
 * appeared, and an undated one has no day to stand at: it is read on the site, not announced).
 */
function entryOf(item: CorpusEntry): FeedEntry | null {
  const { meta } = item;
  if (!meta.published) return null;
  const opening = item.sentences.map((s) => s.text).join('');
  return {
    path: item.url,
    title: meta.title,
    summary: meta.summary ?? truncate(opening, EXCERPT_CHARS),
    authors: meta.issuers.length ? meta.issuers : meta.publisher ? [meta.publisher] : [],
    published: meta.published,
    kind: meta.kind,
  };
}

/** Newest first; on the same day, by title, then path, so the order never depends on the build. */
const newestFirst = (a: FeedEntry, b: FeedEntry) =>
  b.published.localeCompare(a.published) || a.title.localeCompare(b.title, 'zh') || a.path.localeCompare(b.path);

const built = new WeakMap<Corpus, Feed[]>();

/** Every feed of the site, the whole corpus first, then issuers and kinds in order of first appearance; built once per corpus. */
export function siteFeeds(corpus: Corpus): Feed[] {
  let feeds = built.get(corpus);
  if (!feeds) built.set(corpus, (feeds = buildFeeds(corpus)));
  return feeds;
}

function buildFeeds(corpus: Corpus): Feed[] {
  const entries = corpus.entries.map(entryOf).filter((e) => e !== null);
  const sorted = (list: Array<FeedEntry | null>) => list.filter((e) => e !== null).sort(newestFirst);
  const feeds: Feed[] = [{ path: CORPUS_FEED, title: '全部文件和新闻', alternate: HOME, entries: sorted(entries) }];
  const issuers = [...new Set(corpus.entries.flatMap((e) => e.meta.issuers))];
  const seen = new Map<string, string>();
  for (const name of issuers) {
    const id = issuerId(name);
    const other = seen.get(id);
    if (other) throw new Error(`issuers "${other}" and "${name}" would share the feed ${issuerFeedUrl(id)}`);
    seen.set(id, name);
    const mine = corpus.entries.filter((e) => e.meta.issuers.includes(name)).map(entryOf);
    feeds.push({ path: issuerFeedUrl(id), title: `${name}发布的文件`, alternate: DOCUMENTS, entries: sorted(mine) });
  }
  for (const kind of [...new Set(corpus.entries.map((e) => e.meta.kind))]) {
    const mine = entries.filter((e) => e.kind === kind);
    feeds.push({
      path: kindFeedUrl(kind),
      title: KIND_NAMES[kind],
      alternate: isDocumentKind(kind) ? DOCUMENTS : NEWS,
      entries: sorted(mine),
    });
  }
  // A feed of undated texts alone would have nothing to say.
  return feeds.filter((f) => f.entries.length > 0);
}

/** The feeds an item belongs to, for its page's <link rel="alternate">: the corpus, its issuers, its kind. */
export function feedsOfItem(item: CorpusEntry): Array<{ path: string; title: string }> {
  if (!item.meta.published) return [];
  return [
    ...item.meta.issuers.map((name) => ({ path: issuerFeedUrl(issuerId(name)), title: `${name}发布的文件` })),
    { path: kindFeedUrl(item.meta.kind), title: KIND_NAMES[item.meta.kind] },
  ];
}

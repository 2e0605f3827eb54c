// The sitemap's <lastmod> of each page, from the dates of the texts it shows (a build's own clock
// would make two builds of the same content differ): a page of one or more items (a document, its
// measures, its instruments or targets, a comparison of two) the latest of their dates; any other
// page the latest date of the corpus. @astrojs/sitemap calls it for each URL (astro.config.mjs),
// reading the dates from the /data/corpus.json the same build has just written.

/** What the dates are read from: /data/corpus.json's items (their id, and their dates as given). */
export interface DatedItems {
  documents: ReadonlyArray<{ id: string; published?: string; date?: string }>;
  news: ReadonlyArray<{ id: string; published?: string; date?: string }>;
}

/** The day a text was last published: its copy's date, else its own; undefined for an undated text. */
const dayOf = (item: { published?: string | undefined; date?: string | undefined }) => item.published ?? item.date;

/** A function from a page's absolute URL to its lastmod (YYYY-MM-DD), or undefined when nothing on it is dated. */
export function sitemapLastmod(data: DatedItems): (url: string) => string | undefined {
  const days = new Map<string, string>();
  for (const item of [...data.documents, ...data.news]) {
    const day = dayOf(item);
    if (day) days.set(item.id, day);
  }
  const latest = [...days.values()].sort().at(-1);
  const ids = new Set([...data.documents, ...data.news].map((i) => i.id));
  return (url) => {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const mine = segments.filter((s) => ids.has(s));
    // A page of undated texts only has no day to give.
    if (mine.length)
      return mine
        .flatMap((id) => days.get(id) ?? [])
        .sort()
        .at(-1);
    return latest;
  };
}

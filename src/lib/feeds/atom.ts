// One feed as Atom 1.0 (RFC 4287), with the XML writer of the exports. Dates are the items' own
// (publication dates, at midnight China time), never the build's, so a rebuild writes the same bytes.
import { el, serializeXml, type XmlElement } from '../export/xml.ts';
import { absoluteUrl } from '../routes.ts';
import type { Feed } from './feeds.ts';

export const ATOM_TYPE = 'application/atom+xml';

/** An RFC 3339 date-time for a YYYY-MM-DD date: midnight in Beijing, where the texts are dated. */
export const atomDate = (day: string) => `${day}T00:00:00+08:00`;

export function atomFeed(feed: Feed, { site, siteName }: { site: string; siteName: string }): string {
  const url = (path: string) => absoluteUrl(site, path);
  const updated = feed.entries
    .map((e) => e.published)
    .sort()
    .at(-1);
  if (!updated) throw new Error(`feed ${feed.path} has no entries`);
  const entries: XmlElement[] = feed.entries.map((e) =>
    el('entry', {}, [
      el('id', {}, [url(e.path)]),
      el('title', {}, [e.title]),
      el('link', { rel: 'alternate', type: 'text/html', href: url(e.path) }),
      el('published', {}, [atomDate(e.published)]),
      el('updated', {}, [atomDate(e.published)]),
      ...e.authors.map((name) => el('author', {}, [el('name', {}, [name])])),
      el('category', { term: e.kind }),
      el('summary', {}, [e.summary]),
      el('content', { type: 'html' }, [e.content]),
    ]),
  );
  const root = el('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' }, [
    el('id', {}, [url(feed.path)]),
    el('title', {}, [`${feed.title} · ${siteName}`]),
    el('link', { rel: 'self', type: ATOM_TYPE, href: url(feed.path) }),
    el('link', { rel: 'alternate', type: 'text/html', href: url(feed.alternate) }),
    el('updated', {}, [atomDate(updated)]),
    el('author', {}, [el('name', {}, [siteName])]),
    el('generator', {}, [siteName]),
    ...entries,
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${serializeXml(root)}\n`;
}

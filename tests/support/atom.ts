// Checks an Atom document against the rules of RFC 4287 that a feed reader relies on: well-formed
// XML (fast-xml-parser's XMLValidator), the Atom namespace, the required elements of the feed
// (§4.1.1) and of each entry (§4.1.2) exactly once, absolute IRIs as ids, RFC 3339 dates, an
// author for every entry, at most one rel=alternate link per type and hreflang, and unique
// entry ids. Returns the problems found (none when the feed is valid) and the entries read.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown>;
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  alternate: string;
}
export interface AtomReport {
  problems: string[];
  entries: AtomEntry[];
  selfHref?: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ARRAYS = new Set([
  'entry',
  'link',
  'author',
  'contributor',
  'category',
  'id',
  'title',
  'updated',
  'summary',
  'published',
  'name',
  'content',
]);

const text = (n: unknown): string =>
  typeof n === 'string' ? n : typeof n === 'object' && n ? String((n as Node)['#text'] ?? '') : String(n ?? '');

export function checkAtom(xml: string): AtomReport {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`], entries: [] };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(xml) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed) return { problems: ['the root element is not <feed>'], entries: [] };
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('<feed> is not in the Atom namespace');

  const once = (node: Node, name: string, where: string) => {
    const list = (node[name] as unknown[] | undefined) ?? [];
    if (list.length !== 1) problems.push(`${where}: ${list.length} <${name}> elements, RFC 4287 asks for exactly one`);
    return text(list[0]);
  };
  const absolute = (iri: string, where: string) => {
    try {
      if (!new URL(iri).protocol) throw new Error();
    } catch {
      problems.push(`${where}: id "${iri}" is not an absolute IRI`);
    }
  };
  const date = (value: string, where: string) => {
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) problems.push(`${where}: "${value}" is not an RFC 3339 date-time`);
  };
  const links = (node: Node, where: string) => {
    const list = ((node.link as Node[] | undefined) ?? []).map((l) => ({
      rel: String(l['@rel'] ?? 'alternate'),
      type: String(l['@type'] ?? ''),
      hreflang: String(l['@hreflang'] ?? ''),
      href: String(l['@href'] ?? ''),
    }));
    for (const l of list) if (!l.href) problems.push(`${where}: a <link> without href`);
    const alternates = list.filter((l) => l.rel === 'alternate');
    const keys = alternates.map((l) => `${l.type}|${l.hreflang}`);
    if (new Set(keys).size !== keys.length) problems.push(`${where}: more than one rel="alternate" link of one type and hreflang`);
    return { alternate: alternates[0]?.href, self: list.find((l) => l.rel === 'self')?.href };
  };

  absolute(once(feed, 'id', 'feed'), 'feed');
  once(feed, 'title', 'feed');
  date(once(feed, 'updated', 'feed'), 'feed <updated>');
  const feedLinks = links(feed, 'feed');
  if (!feedLinks.self) problems.push('feed: no rel="self" link (RFC 4287 §4.1.1 says it SHOULD have one)');
  const feedHasAuthor = ((feed.author as Node[] | undefined) ?? []).some((a) => text((a.name as unknown[] | undefined)?.[0]));

  const entries: AtomEntry[] = [];
  const ids = new Set<string>();
  ((feed.entry as Node[] | undefined) ?? []).forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = once(entry, 'id', where);
    absolute(id, where);
    if (ids.has(id)) problems.push(`${where}: id ${id} is used by another entry`);
    ids.add(id);
    const title = once(entry, 'title', where);
    const updated = once(entry, 'updated', where);
    date(updated, `${where} <updated>`);
    for (const p of (entry.published as unknown[] | undefined) ?? []) date(text(p), `${where} <published>`);
    const hasAuthor = ((entry.author as Node[] | undefined) ?? []).some((a) => text((a.name as unknown[] | undefined)?.[0]));
    if (!hasAuthor && !feedHasAuthor) problems.push(`${where}: no <author>, and the feed has none`);
    const { alternate } = links(entry, where);
    const hasContent = ((entry.content as unknown[] | undefined) ?? []).length > 0;
    if (!alternate && !hasContent) problems.push(`${where}: neither <content> nor a rel="alternate" link`);
    const summaries = (entry.summary as unknown[] | undefined) ?? [];
    if (summaries.length > 1) problems.push(`${where}: more than one <summary>`);
    entries.push({ id, title, updated, summary: text(summaries[0]), alternate: alternate ?? '' });
  });
  return { problems, entries, ...(feedLinks.self ? { selfHref: feedLinks.self } : {}) };
}

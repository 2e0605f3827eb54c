// Plain-data views of a search response: JSON lines for the command line, and the notice text
// shared with the browser.
import type { SearchHit, SearchResponse } from './engine.ts';

const KIND_NAMES = { exact: 'exact', all: 'all words', partial: 'partial' } as const;

/** One result as `npm run search` prints it. */
export function hitJson(hit: SearchHit, rank: number) {
  const { match, unit } = hit;
  return {
    rank,
    id: hit.id,
    document: unit.item,
    unit: unit.unit,
    url: hit.url,
    title: unit.title,
    match: KIND_NAMES[match.kind],
    via: match.via,
    terms: match.found,
    ...(match.missing.length ? { missing: match.missing } : {}),
    text: match.clause?.[1] ?? '',
  };
}

const quote = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join('');

/** The "searched instead for" notice, when reader's words were searched as the text's terms. */
export function expansionNotice(r: SearchResponse): string {
  if (r.status !== 'expanded') return '';
  const searched = [...new Set(r.expansions.flatMap((e) => e.searched))];
  return `没有找到${quote(r.expansions.map((e) => e.typed))}，已按${quote(searched)}搜索`;
}

/** What of a query past the bounds was left out, said before the status (empty when nothing was). */
export function cutNotice(r: SearchResponse): string {
  const said: string[] = [];
  if (r.cut?.chars) said.push(`查询过长（${r.cut.chars.length} 字），只搜索了前 ${r.cut.chars.limit} 字`);
  if (r.cut?.terms) said.push(`查询词过多（${r.cut.terms.count} 个），只搜索了前 ${r.cut.terms.limit} 个`);
  return said.join('；');
}

/**
 * Which documents the results come from, when the search read only the newest of the shards that
 * hold the query's words (src/lib/search/shards.ts): empty when it read them all.
 */
export function shardNotice(r: SearchResponse): string {
  if (!r.shards || !hasUnread(r)) return '';
  // Every document dated after the oldest shard read began was read; of that day, perhaps not all.
  const since = r.shards.since?.match(/^([0-9]{4})-([0-9]{2})-([0-9]{2})/);
  const from = since ? `${since[1]}年${Number(since[2])}月${Number(since[3])}日之后的文件` : '较新的文件';
  // Older shards the first directory only says hold the words somewhere: not counted, and perhaps
  // none holds them all (a shard's page is every word of its units, the older page every word of theirs).
  const unread = r.shards.held - r.shards.read;
  const rest = unread > 0 ? `更早的文件中还有 ${unread} 组${r.shards.older ? '以上' : ''}含这些词` : '更早的文件也有这些词';
  return `已检索${from}；${rest}，尚未检索`;
}

/** Whether shards holding the query's words were left unread (the search page offers to read them). */
export const hasUnread = (r: SearchResponse) => !!r.shards && (r.shards.held > r.shards.read || !!r.shards.older);

/** The status line above the results: how many, or that the query is not in the texts; first what of the query was left out, last which documents were read. */
export function statusLine(r: SearchResponse): string {
  return [cutNotice(r), resultLine(r), shardNotice(r)].filter(Boolean).join('；');
}

function resultLine(r: SearchResponse): string {
  const partial = r.all.filter((h) => h.match.kind === 'partial').length;
  const full = r.all.length - partial;
  switch (r.status) {
    case 'empty':
      return '';
    case 'found':
    case 'expanded':
      // A preview read only a dozen likely candidates: it counts its full matches among them, a
      // lower bound (the search page, which reads them all, may find more).
      if (r.preview) return `至少找到 ${full} 条完全匹配的结果`;
      return `找到 ${full} 条结果${partial ? `，另有 ${partial} 条部分匹配` : ''}`;
    case 'partial':
      return `没有找到“${r.terms.join(' ')}”${r.absent.length ? `，${quote(r.absent)}不见于原文` : ''}；以下 ${partial} 条只含部分词语`;
    case 'none':
      return `没有找到“${r.terms.join(' ')}”`;
  }
}

/** Both, as one line (the command line's stderr). */
export function responseNotice(r: SearchResponse): string {
  return [expansionNotice(r), statusLine(r)].filter(Boolean).join('；');
}

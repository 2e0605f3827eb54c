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

/** What the reader is told above the results (status line and the "searched instead for" notice). */
export function responseNotice(r: SearchResponse): string {
  switch (r.status) {
    case 'empty':
      return '';
    case 'found': {
      const partial = r.all.filter((h) => h.match.kind === 'partial').length;
      return `找到 ${r.all.length - partial} 条结果${partial ? `，另有 ${partial} 条部分匹配` : ''}`;
    }
    case 'expanded': {
      const typed = quote(r.expansions.map((e) => e.typed));
      const searched = quote([...new Set(r.expansions.flatMap((e) => e.searched))]);
      return `没有找到${typed}，已按${searched}搜索`;
    }
    case 'partial':
      return `没有找到“${r.terms.join(' ')}”${r.absent.length ? `（${quote(r.absent)}未出现）` : ''}；以下为部分匹配`;
    case 'none':
      return `没有找到“${r.terms.join(' ')}”`;
  }
}

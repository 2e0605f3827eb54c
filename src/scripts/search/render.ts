// Results as DOM nodes (no HTML strings): used by the search page and the header box.
import type { CitationAnswer } from '../../lib/search/citation-lookup.ts';
import { MATCH_LABELS, type SearchHit } from '../../lib/search/engine.ts';
import { excerptRuns } from '../../lib/search/excerpt.ts';

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The clause with the query marked. */
export function excerpt(hit: SearchHit, max?: number): HTMLElement {
  const text = hit.match.clause?.[1] ?? '';
  const runs = excerptRuns(text, hit.match.marks, max);
  return el('p', { class: 'mt-1', 'data-excerpt': '' }, ...runs.map((r) => (r.mark ? el('mark', {}, r.text) : r.text)));
}

/** What kind of match, and whether it came through the thesaurus. */
function matchLabel(hit: SearchHit): HTMLElement {
  const label = MATCH_LABELS[hit.match.kind] + (hit.match.via === 'expanded' ? '（同义词）' : '');
  return el('span', { class: 'chip', 'data-match': hit.match.kind, 'data-via': hit.match.via }, label);
}

export function resultItem(hit: SearchHit): HTMLLIElement {
  const { unit } = hit;
  const meta = el('p', { class: 'sans text-xs muted flex flex-wrap items-center gap-x-2 gap-y-1' }, matchLabel(hit), unit.context);
  const title = el(
    'h3',
    { class: 'sans text-base font-bold' },
    el('a', { href: hit.url, 'data-result': `${unit.item}#${hit.id}` }, unit.title || unit.item),
  );
  const key = unit.unit === unit.item ? unit.item : `${unit.item}#${unit.unit}`;
  const item = el('li', { class: 'border-t rule py-3', 'data-unit': key }, meta, title, excerpt(hit));
  if (hit.match.missing.length) item.append(el('p', { class: 'sans text-xs muted' }, `未包含：${hit.match.missing.join('、')}`));
  if (unit.actors.length)
    item.append(
      el('ul', { class: 'flex flex-wrap gap-1 mt-1', 'aria-label': '主体' }, ...unit.actors.map((a) => el('li', { class: 'chip' }, a))),
    );
  return item;
}

/** What the status line of the text search opens with when a citation's places are shown above it. */
export const FULL_TEXT = '全文搜索：';

/**
 * A citation's places (条文定位), shown above the ordinary results: each as its citation
 * (《条例》第八条第二款) linking to the place, the document's full title and the start of its
 * text; with what the reader should know (《条例》没有第九十条, how many there are beyond those
 * shown). `heading`: an h2 on the search page, a plain line in the header box.
 */
export function citationHits(answer: CitationAnswer, max: number, heading: 'h2' | 'p'): HTMLElement {
  const shown = answer.hits.slice(0, max);
  const more = answer.total > shown.length ? `共 ${answer.total} 处，列出前 ${shown.length} 处` : '';
  const notice = [answer.notice, more].filter(Boolean).join('；');
  const hit = (h: CitationAnswer['hits'][number]) =>
    el(
      'li',
      { class: 'py-2 border-t rule', 'data-citation': `${h.item}#${h.id}` },
      el('a', { href: h.url, class: 'font-bold', 'data-result': `${h.item}#${h.id}` }, h.cite),
      el('span', { class: 'muted ml-2 text-xs' }, h.title),
      el('p', { class: 'mt-1' }, h.text),
    );
  return el(
    'section',
    { class: 'mb-3', 'aria-label': '条文定位', 'data-citations': '' },
    el(heading, { class: 'sans text-sm font-bold' }, '条文定位'),
    ...(notice ? [el('p', { class: 'muted', role: 'status', 'data-citation-notice': '' }, notice)] : []),
    ...(shown.length ? [el('ol', { class: 'list-none' }, ...shown.map(hit))] : []),
  );
}

/** The ranked list, with partial matches under their own heading. */
export function resultList(hits: readonly SearchHit[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const full = hits.filter((h) => h.match.kind !== 'partial');
  const partial = hits.filter((h) => h.match.kind === 'partial');
  if (full.length) {
    out.append(el('h2', { class: 'sr-only-text', id: 'full-results' }, '匹配的条文'));
    out.append(el('ol', { class: 'list-none', 'data-results': 'full', 'aria-labelledby': 'full-results' }, ...full.map(resultItem)));
  }
  if (partial.length) {
    out.append(el('h2', { class: 'sans text-sm font-bold mt-6 muted', id: 'partial-results' }, '部分匹配：只含查询的部分词语'));
    out.append(
      el('ol', { class: 'list-none', 'data-results': 'partial', 'aria-labelledby': 'partial-results' }, ...partial.map(resultItem)),
    );
  }
  return out;
}

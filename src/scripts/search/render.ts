// Results as DOM nodes (no HTML strings): used by the search page and the header box.
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

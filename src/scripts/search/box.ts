// The header search box, loaded on the reader's first sign of searching (pointer over the box,
// a touch, focus, the / key: src/scripts/reader.ts): quick results under the box as the reader
// types (Enter still opens the full search page). Pagefind and the query data start loading as
// this module arrives, so they are there, or nearly, when the first word is typed.
import type { SearchHit } from '../../lib/search/engine.ts';
import { expansionNotice, statusLine } from '../../lib/search/report.ts';
import { searchPageUrl } from '../../lib/search/urls.ts';
import { citation, getSearch, searched, warmSearch } from './client.ts';
import { citationHits, el, excerpt, FULL_TEXT } from './render.ts';

const QUICK = 5;
/** Places of a citation shown above the results (the search page lists them all). */
const CITED = 3;
const DEBOUNCE_MS = 90;
const input = document.querySelector<HTMLInputElement>('#site-search');
const form = input?.form;
if (input && form) {
  warmSearch();
  const panel = el('div', {
    id: 'site-search-panel',
    class:
      'absolute right-0 top-full mt-1 z-30 w-[min(34rem,92vw)] rounded border rule shadow-lg p-3 text-sm bg-[var(--bg)] max-h-[70vh] overflow-y-auto',
    hidden: '',
  });
  form.classList.add('relative');
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  let ticket = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (on: boolean) => {
    panel.hidden = !on;
  };

  const quick = (hit: SearchHit) =>
    el(
      'li',
      { class: 'py-2 border-t rule' },
      el('a', { href: hit.url, class: 'font-bold', 'data-result': `${hit.unit.item}#${hit.id}` }, hit.unit.title),
      el('span', { class: 'muted ml-2 text-xs' }, hit.unit.context),
      excerpt(hit, 60),
    );

  async function update() {
    const q = input!.value.trim();
    const mine = ++ticket;
    if (!q) return show(false);
    const started = performance.now();
    // A citation (《条例》第八条第二款) is looked up beside the search, its places shown first.
    const [r, cited] = await Promise.all([getSearch().then((s) => s.search(q, { preview: QUICK })), citation(q)]);
    if (mine !== ticket) return;
    const notice = expansionNotice(r);
    panel.replaceChildren(
      ...(cited ? [citationHits(cited, CITED, 'p')] : []),
      // Under a citation's places, the line says it is about the text search.
      el('p', { role: 'status', class: 'muted' }, `${cited ? FULL_TEXT : ''}${[notice, statusLine(r)].filter(Boolean).join('；')}`),
      el('ol', { class: 'list-none' }, ...r.all.slice(0, QUICK).map(quick)),
      el('p', { class: 'mt-2' }, el('a', { href: searchPageUrl({ q, filters: {}, literal: false }) }, '全部结果和筛选 →')),
    );
    show(true);
    searched();
    // How long the search took, from the query to the results drawn (read by npm run bench).
    performance.measure('site-search', { start: started, detail: q });
  }

  // Long enough to skip the letters of a word typed at speed, short enough that results follow
  // the last key within a quarter of a second (a warm search takes a few ms).
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') show(false);
    if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      panel.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) show(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && panel.childNodes.length) show(true);
  });
  // Typed before this module arrived.
  if (input.value.trim()) void update();
}

// The header search box, loaded on its first focus: quick results under the box as the reader
// types (Enter still opens the full search page). Pagefind and the 繁→简 tables load here, not
// before.
import type { SearchHit } from '../../lib/search/engine.ts';
import { expansionNotice, statusLine } from '../../lib/search/report.ts';
import { searchPageUrl } from '../../lib/search/urls.ts';
import { getSearch } from './client.ts';
import { el, excerpt } from './render.ts';

const QUICK = 5;
const input = document.querySelector<HTMLInputElement>('#site-search');
const form = input?.form;
if (input && form) {
  void getSearch();
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
    const r = await (await getSearch()).search(q);
    if (mine !== ticket) return;
    const notice = expansionNotice(r);
    panel.replaceChildren(
      el('p', { role: 'status', class: 'muted' }, [notice, statusLine(r)].filter(Boolean).join('；')),
      el('ol', { class: 'list-none' }, ...r.all.slice(0, QUICK).map(quick)),
      el('p', { class: 'mt-2' }, el('a', { href: searchPageUrl({ q, filters: {}, literal: false }) }, '全部结果和筛选 →')),
    );
    show(true);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 200);
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

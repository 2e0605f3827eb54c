// The header search box, loaded on the reader's first sign of searching (pointer over the box,
// a touch, focus, the / key: src/scripts/reader.ts): quick results under the box as the reader
// types (Enter still opens the full search page). Pagefind and the query data start loading as
// this module arrives, so they are there, or nearly, when the first word is typed.
import type { SearchHit } from '../../lib/search/engine.ts';
import { expansionNotice, statusLine } from '../../lib/search/report.ts';
import { unlistedNotice, wholeResultsThatFit } from '../../lib/search/quick-fit.ts';
import { searchPageUrl } from '../../lib/search/urls.ts';
import { citation, getSearch, preloadSearch, warmSearch } from './client.ts';
import { citationHits, el, excerpt, FULL_TEXT } from './render.ts';

const QUICK = 5;
/** Places of a citation shown above the results (the search page lists them all). */
const CITED = 3;
const DEBOUNCE_MS = 90;
/** Room kept free under the box, above the screen's (or the keyboard's) edge, in px. */
const MARGIN = 12;
const input = document.querySelector<HTMLInputElement>('#site-search');
const form = input?.form;
if (input && form) {
  warmSearch();
  // A column: what was found, the results (the only part that may scroll, and only on a screen
  // too small for one whole result), and the link to all results, always in sight under them.
  // On a phone it spans the width of the page, over the text, which a backdrop dims (global.css).
  const panel = el('div', {
    id: 'site-search-panel',
    class:
      'absolute left-0 right-0 lg:left-auto top-full mt-1 z-30 lg:w-[min(34rem,92vw)] rounded border rule shadow-lg p-3 text-sm bg-[var(--bg)] flex flex-col max-h-[80vh]',
    hidden: '',
  });
  const backdrop = el('div', { class: 'search-backdrop', 'data-search-backdrop': '', hidden: '' });
  form.classList.add('relative', 'z-30');
  form.append(panel);
  form.before(backdrop);
  input.setAttribute('aria-controls', panel.id);
  let ticket = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows as many results as fit whole above the bottom of the visible screen (src/lib/search/quick-fit.ts). */
  const fit = () => {
    const list = panel.querySelector<HTMLElement>('ol[data-quick]');
    const unlisted = panel.querySelector<HTMLElement>('[data-unlisted]');
    if (panel.hidden || !list || !unlisted) return;
    // Twice: the second pass measures the box with the notice the first one wrote.
    for (let pass = 0; pass < 2; pass++) {
      const items = [...list.children] as HTMLElement[];
      for (const li of items) li.hidden = false;
      const view = visualViewport;
      const box = panel.getBoundingClientRect();
      const bottom = Math.min(
        (view ? view.offsetTop + view.height : innerHeight) - MARGIN,
        box.top + (parseFloat(getComputedStyle(panel).maxHeight) || Infinity),
      );
      const top = list.getBoundingClientRect().top;
      const below = box.bottom - list.getBoundingClientRect().bottom;
      const shown = wholeResultsThatFit(
        items.map((li) => li.getBoundingClientRect().height),
        bottom - top - below,
      );
      items.forEach((li, i) => (li.hidden = i >= shown));
      unlisted.textContent = unlistedNotice(shown, items.length);
    }
  };

  const show = (on: boolean) => {
    panel.hidden = !on;
    backdrop.hidden = !on;
    if (on) fit();
  };
  backdrop.addEventListener('click', () => show(false));
  for (const target of [visualViewport, window]) target?.addEventListener('resize', fit);

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
      el('ol', { class: 'list-none overflow-y-auto min-h-0', 'data-quick': '' }, ...r.all.slice(0, QUICK).map(quick)),
      el(
        'p',
        { class: 'mt-2 pt-2 border-t rule flex items-baseline justify-between gap-3 whitespace-nowrap' },
        el('a', { href: searchPageUrl({ q, filters: {}, literal: false }) }, '全部结果和筛选 →'),
        el('span', { class: 'muted text-xs', 'data-unlisted': '' }),
      ),
    );
    show(true);
    // How long the search took, from the query to the results drawn (read by npm run bench).
    performance.measure('site-search', { start: started, detail: q });
  }

  // Long enough to skip the letters of a word typed at speed, short enough that results follow
  // the last key within a quarter of a second (a warm search takes a few ms).
  // Meanwhile the index chunks of what is typed load (Pagefind's UI does the same), then its
  // results' fragments, so the search that follows waits for little or nothing it must fetch; not
  // mid-composition, whose pinyin letters are no query.
  input.addEventListener('input', (e) => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
    const q = input.value.trim();
    // The fragments of its results too, once the chunks are there, unless more was typed meanwhile
    // or the search itself has begun (a first search's chunks come after the pause: it reads them).
    const asked = ticket;
    const ahead = () => input.value.trim() === q && ticket === asked;
    if (q && !(e as InputEvent).isComposing) preloadSearch(q, { preview: QUICK, fragments: ahead });
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

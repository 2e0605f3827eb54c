// The search page: reads ?q= and filters from the URL, searches, renders results, filters with
// counts and the "searched instead for" notice; every state is a shareable URL.
import { refilter, type SearchResponse } from '../../lib/search/engine.ts';
import { FACET_LABELS, FACETS, type FacetKey, type Selection } from '../../lib/search/facets.ts';
import { readSearchPageUrl, type SearchPageState, searchPageUrl } from '../../lib/search/urls.ts';
import type { CitationAnswer } from '../../lib/search/citation-lookup.ts';
import { citation, getSearch, preloadSearch, warmSearch } from './client.ts';
import { READ_SHARDS } from '../../lib/search/shards.ts';
import { expansionNotice, hasUnread, statusLine } from '../../lib/search/report.ts';
import { citationHits, el, FULL_TEXT, resultList } from './render.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  // The engine loads on the reader's first sign of searching here, as for the header box
  // (src/scripts/reader.ts): the page opened without a query fetches no index; with one, its
  // search loads what it needs at once.
  for (const type of ['pointerover', 'focusin', 'touchstart'] as const)
    form.addEventListener(type, warmSearch, { once: true, passive: true });
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notice = root.querySelector<HTMLElement>('[data-search-notice]')!;
  const facets = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const citations = root.querySelector<HTMLElement>('[data-search-citations]')!;
  // Older documents holding the query's words, read when the reader asks (the status says how many).
  const more = el('button', { type: 'button', class: 'underline mt-1', 'data-search-more': '', hidden: '' }, '继续检索较早的文件');
  status.after(more);
  more.addEventListener('click', () => {
    shards += READ_SHARDS.page;
    void run(true);
  });
  let state: SearchPageState = readSearchPageUrl(location.search);
  let response: SearchResponse | undefined;
  let cited: CitationAnswer | undefined;
  let ticket = 0;
  // Shards to read for this query: the page's first answer reads the newest; a reader asks for more.
  let shards: number = READ_SHARDS.page;

  const go = (next: SearchPageState, push: boolean) => {
    state = next;
    const url = searchPageUrl(state);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** `older`: the same query, reading more of its shards; any other run starts from the newest again. */
  async function run(older = false) {
    if (!older) shards = READ_SHARDS.page;
    // Not set again when it holds it already: laying out a pasted page of text anew costs tens of ms.
    if (input.value !== state.q) input.value = state.q;
    const mine = ++ticket;
    if (!state.q.trim()) {
      response = undefined;
      cited = undefined;
      more.hidden = true;
      status.textContent = '输入词语，搜索全部文件和新闻的条文。';
      notice.hidden = true;
      facets.replaceChildren();
      citations.replaceChildren();
      results.replaceChildren();
      return;
    }
    root!.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
    // The address just set and the status drawn before the search's own work, in a task of their
    // own: one task holding all of it kept the tab from answering for a fifth of a second when a
    // whole page of text was pasted.
    await new Promise((drawn) => setTimeout(drawn));
    if (mine !== ticket) return;
    try {
      // A citation with no document named (第五条) is looked up in the documents filtered to.
      const [r, c] = await Promise.all([
        getSearch().then((search) => search.search(state.q, { filters: state.filters, expand: !state.literal, shards })),
        citation(state.q, state.filters.document),
      ]);
      if (mine !== ticket) return;
      response = r;
      cited = c;
      render();
    } catch (e) {
      if (mine === ticket) status.textContent = `搜索出错：${e instanceof Error ? e.message : String(e)}`;
    } finally {
      if (mine === ticket) root!.removeAttribute('aria-busy');
    }
  }

  function render() {
    if (!response) return;
    const r = response;
    const shown = r.hits.length === r.all.length ? '' : `（筛选后 ${r.hits.length} 条）`;
    status.textContent = `${cited ? FULL_TEXT : ''}${statusLine(r)}${shown}`;
    more.hidden = !hasUnread(r);
    renderNotice(r);
    renderFacets(r);
    citations.replaceChildren(...(cited ? [citationHits(cited, cited.hits.length, 'h2')] : []));
    results.replaceChildren(resultList(r.hits));
  }

  function renderNotice(r: SearchResponse) {
    notice.replaceChildren();
    if (r.status === 'expanded') {
      const typed = r.expansions.map((e) => `“${e.typed}”`).join('');
      notice.append(
        `${expansionNotice(r)}。`,
        el(
          'a',
          { href: searchPageUrl({ q: state.q, filters: {}, literal: true }), class: 'underline ml-1', 'data-undo-expansion': '' },
          `仍按${typed}搜索`,
        ),
      );
    } else if (state.literal) {
      notice.append(
        '未按同义词扩展。',
        el(
          'a',
          { href: searchPageUrl({ q: state.q, filters: {}, literal: false }), class: 'underline ml-1', 'data-redo-expansion': '' },
          '按原文用语搜索',
        ),
      );
    }
    notice.hidden = !notice.childNodes.length;
  }

  function renderFacets(r: SearchResponse) {
    const groups = FACETS.map((key) => ({ key, values: r.facets[key] })).filter((g) => g.values.length > 0);
    facets.replaceChildren(
      ...groups.map(({ key, values }) =>
        el(
          'fieldset',
          { class: 'mb-4', 'data-facet': key },
          el('legend', { class: 'font-bold text-sm' }, FACET_LABELS[key]),
          ...values.map((v, i) => {
            const id = `f-${key}-${i}`;
            const box = el('input', { type: 'checkbox', id, value: v.value, 'data-facet-value': '' });
            box.checked = v.selected;
            box.addEventListener('change', () => toggle(key, v.value, box.checked));
            return el('div', { class: 'flex items-start gap-1 text-sm' }, box, el('label', { for: id }, `${v.value}（${v.count}）`));
          }),
        ),
      ),
    );
  }

  function toggle(key: FacetKey, value: string, on: boolean) {
    const filters: Selection = { ...state.filters };
    const values = new Set(filters[key] ?? []);
    if (on) values.add(value);
    else values.delete(value);
    if (values.size) filters[key] = [...values];
    else delete filters[key];
    go({ ...state, filters }, false);
    if (!response) return;
    response = refilter(response, filters);
    render();
    // The documents filtered to are where a citation naming none is looked up.
    if (key !== 'document') return;
    const mine = ticket;
    void citation(state.q, filters.document).then((c) => {
      if (mine !== ticket) return;
      cited = c;
      render();
    });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: input.value.trim(), filters: {}, literal: false }, true);
    void run();
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (e) => {
    clearTimeout(typing);
    const q = input.value.trim();
    // The chunks of what is typed load while the reader pauses (src/scripts/search/box.ts).
    if (q && !(e as InputEvent).isComposing) preloadSearch(q);
    typing = setTimeout(() => {
      if (input.value.trim() === state.q) return;
      go({ q: input.value.trim(), filters: {}, literal: false }, false);
      void run();
    }, 300);
  });
  notice.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a) return;
    e.preventDefault();
    go(readSearchPageUrl(new URL(a.href).search), true);
    void run();
  });
  addEventListener('popstate', () => {
    state = readSearchPageUrl(location.search);
    void run();
  });
  void run();
}

// The documents catalogue (/documents/, src/components/DocumentList.astro) filtered and sorted in
// place. Each facet value, a link to its own page without JavaScript, becomes a checkbox; values
// of one facet add up (通知 or 意见), facets narrow each other (通知 of 2019), and each count says
// what checking the value would show (src/lib/view/catalogue-state.ts). The address keeps the
// choice (?kind=notice&year=2019&sort=title): a filtered view can be linked, and a reload, a
// shared link or the back button applies it. Rows say which values they have by number (data-f).
import { type Sort, catalogueQuery, facetCounts, parseCatalogueQuery } from '../lib/view/catalogue-state.ts';

const root = document.querySelector<HTMLElement>('[data-catalogue]');
if (root) run(root);

function run(root: HTMLElement) {
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const status = $('[data-cat-status]');
  const sort = $<HTMLSelectElement>('[data-cat-sort]');
  const reset = $<HTMLButtonElement>('[data-cat-reset]');
  const flat = $('[data-cat-flat]');
  const groupsBox = $('[data-cat-groups]');
  const summary = $('[data-cat-summary]');
  const summaryText = summary.textContent;

  // Each value as a checkbox, its words and count its label.
  const boxes = [...root.querySelectorAll<HTMLElement>('[data-n]')].map((el) => {
    const facet = el.closest<HTMLElement>('[data-facet]')!.dataset.facet!;
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = facet;
    input.value = el.dataset.v!;
    const label = document.createElement('label');
    label.append(input, ...el.childNodes);
    el.replaceWith(label);
    return { n: Number(el.dataset.n), facet, input, label, count: label.querySelector('span')! };
  });
  const facetOf = new Map(boxes.map((b) => [b.n, b.facet]));
  const groups = [...root.querySelectorAll<HTMLElement>('section[data-year]')].map((section) => ({
    section,
    list: section.querySelector('ol')!,
    count: section.querySelector<HTMLElement>('[data-count]')!,
    rows: [...section.querySelectorAll<HTMLElement>('li[data-f]')],
  }));
  const rows = groups.flatMap((g) => g.rows);
  const values = rows.map((el) => el.dataset.f!.split(' ').map(Number));
  let byTitle: HTMLElement[] | undefined;
  // The server lists the rows by date, newest first.
  let ordered: Sort = '';

  function apply(push: boolean) {
    const checked = boxes.filter((b) => b.input.checked);
    const selected = new Map<string, Set<number>>();
    for (const b of checked) selected.set(b.facet, (selected.get(b.facet) ?? new Set()).add(b.n));
    const { shown, counts } = facetCounts(values, facetOf, selected);
    rows.forEach((el, i) => (el.hidden = !shown[i]));
    for (const b of boxes) {
      const n = counts.get(b.n) ?? 0;
      b.count.textContent = `（${n}）`;
      b.label.classList.toggle('zero', n === 0 && !b.input.checked);
    }
    for (const g of groups) {
      const n = g.rows.filter((el) => !el.hidden).length;
      g.count.textContent = `${n}份`;
      g.section.hidden = n === 0;
    }
    order(sort.value as Sort);
    const visible = shown.filter(Boolean).length;
    status.textContent = checked.length ? `显示${visible}份文件，共${rows.length}份。` : `共${rows.length}份文件。`;
    summary.textContent = checked.length ? `筛选：已选${checked.length}项，显示${visible}份` : summaryText;
    reset.hidden = !checked.length;
    const url = new URL(location.href);
    url.search = catalogueQuery(
      checked.map((b) => ({ facet: b.facet, value: b.input.value })),
      sort.value as Sort,
    );
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](history.state, '', url);
  }

  /** By date within the years (newest or oldest first; the undated last either way), or one list by title in pinyin order. */
  function order(by: Sort) {
    if (by === ordered) return;
    ordered = by;
    flat.hidden = by !== 'title';
    groupsBox.hidden = by === 'title';
    if (by === 'title') {
      const pinyin = new Intl.Collator('zh-Hans-u-co-pinyin');
      const title = (el: HTMLElement) => el.firstElementChild!.textContent;
      byTitle ??= [...rows].sort((a, b) => pinyin.compare(title(a), title(b)));
      flat.append(...byTitle);
      return;
    }
    const reverse = <T>(list: T[]) => (by === 'old' ? [...list].reverse() : list);
    const sections = groups.map((g) => g.section);
    groupsBox.append(...reverse(sections.filter((s) => s.dataset.year)), ...sections.filter((s) => !s.dataset.year));
    for (const g of groups) g.list.append(...reverse(g.rows));
  }

  /** The choice the address holds. */
  function load() {
    const wanted = parseCatalogueQuery(location.search);
    for (const b of boxes) b.input.checked = wanted.values.get(b.facet)?.has(b.input.value) ?? false;
    sort.value = wanted.sort;
    apply(false);
  }

  root.addEventListener('change', (e) => {
    if ((e.target as Element).matches('input, select')) apply(true);
  });
  reset.addEventListener('click', () => {
    for (const b of boxes) b.input.checked = false;
    apply(true);
    sort.focus();
  });
  addEventListener('popstate', load);
  $('[data-cat-bar]').hidden = false;
  load();
}

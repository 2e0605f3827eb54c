// The document page's actor filter: hides the measures that do not tag the chosen actor (and the
// parts and contents entries left empty), says how many remain, marks the actor's words in the
// text, and keeps ?actor=<id> in the address. Loaded by reader.ts on first use (an import(), its
// own chunk); until then a submit of the form leads to the actor index.
const form = document.querySelector<HTMLFormElement>('form[data-actor-filter]');
if (form) {
  const select = form.querySelector<HTMLSelectElement>('select')!;
  const reset = form.querySelector<HTMLButtonElement>('[data-af-reset]')!;
  const status = form.querySelector<HTMLElement>('[data-af-status]')!;
  const article = form.closest('article') ?? document;
  const tocItem = (id: string) => document.querySelector(`[data-toc] a[href="#${id}"]`)?.parentElement;
  const names = (el: HTMLElement) => (el.dataset.actors ?? '').split(' ');

  const show = (actor: string) => {
    const measures = [...article.querySelectorAll<HTMLElement>('section.measure')];
    for (const m of measures) {
      m.hidden = !!actor && !names(m).includes(actor);
      const item = tocItem(m.id);
      if (item) item.hidden = m.hidden;
    }
    for (const part of article.querySelectorAll<HTMLElement>('section.part')) {
      part.hidden = !!actor && !part.querySelector('section.measure:not([hidden])');
      const item = tocItem(part.id);
      if (item) item.hidden = part.hidden;
    }
    for (const mark of article.querySelectorAll<HTMLElement>('mark.ev'))
      mark.classList.toggle('af', !!actor && names(mark).includes(actor));
    const shown = measures.filter((m) => !m.hidden).length;
    const name = select.selectedOptions[0]?.textContent?.replace(/（.*$/, '') ?? '';
    status.textContent = actor ? `${name}：显示${shown}条措施，共${measures.length}条` : `显示全部${measures.length}条措施`;
    reset.hidden = !actor;
    const url = new URL(location.href);
    if (actor) url.searchParams.set('actor', actor);
    else url.searchParams.delete('actor');
    history.replaceState(history.state, '', url);
  };

  form.addEventListener('change', () => show(select.value));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    show(select.value);
  });
  reset.addEventListener('click', () => {
    select.value = '';
    show('');
    select.focus();
  });

  // The address names an actor (a shared link, a reload), or the reader chose one while this loaded.
  const wanted = new URLSearchParams(location.search).get('actor');
  if (!select.value && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  if (select.value) show(select.value);
}

// A module (reader.ts import()s it), though it exports nothing.
export {};

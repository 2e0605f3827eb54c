// The document page's actor filter: hides the measures that do not tag the chosen actor (and the
// parts and contents entries left empty), says how many remain, marks the actor's words in the
// text, and keeps ?actor=<id> in the address. Loaded by reader.ts on first use (an import(), its
// own chunk); until then a submit of the form leads to the actor index.
import { runFilterForm } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('form[data-actor-filter]');
if (form) {
  const article = form.closest('article') ?? document;
  const tocItem = (id: string) => document.querySelector(`[data-toc] a[href="#${id}"]`)?.parentElement;
  const names = (el: HTMLElement) => (el.dataset.actors ?? '').split(' ');

  runFilterForm(form, 'actor', (actor) => {
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
    return { shown: measures.filter((m) => !m.hidden).length, total: measures.length };
  });
}

// The document page's instrument filter: hides the measures not coded with the chosen instrument
// (and the parts and contents entries left without one). Its own class (.if-out), not [hidden],
// so it and the actor filter each hide what they exclude and a measure shows only when both keep
// it. Loaded by reader.ts on first use (an import(), its own chunk); until then a submit leads to
// the document's instrument page.
import { runFilterForm } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('form[data-instrument-filter]');
if (form) {
  const article = form.closest('article') ?? document;
  const tocItem = (id: string) => document.querySelector(`[data-toc] a[href="#${id}"]`)?.parentElement;
  const codes = (el: HTMLElement) => (el.dataset.instruments ?? '').split(' ');
  const mark = (el: Element | null | undefined, out: boolean) => el?.classList.toggle('if-out', out);

  runFilterForm(form, 'instrument', (instrument) => {
    const measures = [...article.querySelectorAll<HTMLElement>('section.measure')];
    for (const m of measures) {
      const out = !!instrument && !codes(m).includes(instrument);
      mark(m, out);
      mark(tocItem(m.id), out);
    }
    for (const part of article.querySelectorAll<HTMLElement>('section.part')) {
      const out = !!instrument && !part.querySelector('section.measure:not(.if-out)');
      mark(part, out);
      mark(tocItem(part.id), out);
    }
    return { shown: measures.filter((m) => !m.classList.contains('if-out')).length, total: measures.length };
  });
}

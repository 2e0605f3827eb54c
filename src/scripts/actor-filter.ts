// Loads with the document page and only listens: the filter itself (actor-filter-run.ts) is added
// on the first focus of the control (choosing an actor or pressing its button focuses it), or at
// once when the address asks for an actor (?actor=<id>). `?worker&url` makes Vite bundle that file
// on its own and hand over its URL, so this listener carries no module-preload helper (a dynamic
// import() would add about 1 KB of it to the page).
import filterUrl from './actor-filter-run.ts?worker&url';

const form = document.querySelector('form[data-actor-filter]');
const load = () => document.head.append(Object.assign(document.createElement('script'), { src: filterUrl }));
if (form) {
  if (/[?&]actor=/.test(location.search)) load();
  else form.addEventListener('focusin', load, { once: true });
}

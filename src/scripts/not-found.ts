// The 404 page: suggestions for the address the reader typed (src/lib/not-found/suggest.ts),
// from the catalogue the page carries as JSON. Without JavaScript the page still offers search
// and the indexes.
import { type NotFoundCatalogue, suggest } from '../lib/not-found/suggest.ts';

const data = document.getElementById('not-found-catalogue');
const list = document.querySelector<HTMLElement>('[data-suggestions]');
const box = document.querySelector<HTMLElement>('[data-suggest-box]');
if (data?.textContent && list && box) {
  const found = suggest(location.pathname, JSON.parse(data.textContent) as NotFoundCatalogue);
  for (const s of found) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = s.url;
    a.textContent = s.title;
    const why = document.createElement('span');
    why.className = 'muted text-sm';
    why.textContent = `（${s.why}）`;
    li.append(a, why);
    list.append(li);
  }
  box.hidden = found.length === 0;
}
// Words of the address that are not a path's ASCII (a term typed in Chinese) go into the search box.
const words = (() => {
  try {
    return decodeURIComponent(location.pathname)
      .replace(/[\p{ASCII}]+/gu, ' ')
      .trim();
  } catch {
    return '';
  }
})();
const input = document.querySelector<HTMLInputElement>('#not-found-search');
if (input && words && !input.value) input.value = words;

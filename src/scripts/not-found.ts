// The 404 page: suggestions for the address the reader typed (src/lib/not-found/suggest.ts), from
// the files of the build the page names (#not-found-catalogue), fetched now and only those the
// address needs. Without JavaScript the page still offers search and the indexes.
import { type NotFoundPage, fetchJson, notFoundData } from '../lib/not-found/data.ts';
import { type Suggestion, suggest } from '../lib/not-found/suggest.ts';

const data = document.getElementById('not-found-catalogue');
const list = document.querySelector<HTMLElement>('[data-suggestions]');
const box = document.querySelector<HTMLElement>('[data-suggest-box]');

function show(found: Suggestion[], list: HTMLElement, box: HTMLElement): void {
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

if (data?.textContent && list && box) {
  // A file that cannot be read (offline, a build replaced meanwhile) suggests nothing: the page says the rest.
  suggest(location.pathname, notFoundData(JSON.parse(data.textContent) as NotFoundPage, fetchJson))
    .catch(() => [])
    .then((found) => show(found, list, box))
    // Said when the lookup is over, found or not (the browser tests wait for it).
    .finally(() => box.setAttribute('data-suggested', ''));
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

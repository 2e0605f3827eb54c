// The only script every page loads: kept tiny; anything heavier is imported on first use.
import { topOffset } from './reading-line.ts';

const root = document.documentElement;
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string) => [...document.querySelectorAll<T>(sel)];

/** Changes the page without losing the reader's place: the line at the top stays at the top. */
function keepingPlace(change: () => void) {
  const anchor = $$('article .s, article h2, article h3').find((el) => el.getBoundingClientRect().bottom > topOffset());
  const before = anchor?.getBoundingClientRect().top ?? 0;
  change();
  if (anchor) scrollBy(0, anchor.getBoundingClientRect().top - before);
}

function remember(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode */
  }
}

/** A toggle button; with `isOn`, it says its state with aria-pressed (else its words say it: the theme's, by CSS). */
function setupToggle(sel: string, isOn: (() => boolean) | null, flip: () => void) {
  const button = $<HTMLButtonElement>(sel);
  if (!button) return;
  button.hidden = false;
  const sync = () => isOn && button.setAttribute('aria-pressed', String(isOn()));
  sync();
  button.addEventListener('click', () => {
    keepingPlace(flip);
    sync();
  });
}

const dark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
// The theme button names the scheme in use, both words written in it and one shown by CSS (global.css).
setupToggle('[data-theme-toggle]', null, () => {
  root.dataset.theme = dark() ? 'light' : 'dark';
  remember('theme', root.dataset.theme);
});

if ($('.doc-text')) {
  const shown = () => root.dataset.annotations !== 'off';
  setupToggle('[data-annot-toggle]', shown, () => {
    if (shown()) root.dataset.annotations = 'off';
    else delete root.dataset.annotations;
    remember('annotations', shown() ? 'on' : 'off');
  });
}

// Where am I (the contents mark the unit being read): its own chunk, for pages with contents.
if ($('[data-toc]')) void import('./where-am-i.ts');

// Search loads on first use, each import() a chunk of its own under /_astro/ (see the vite: key
// of astro.config.mjs): the header box's code on the first sign of a search (the pointer over
// the box, a touch on it, its focus, which the / key gives), so Pagefind loads while the reader
// is still moving to the box or typing; the highlighter only on a page reached from a result.
// The search page loads its own code (src/pages/search/index.astro).
// (import() runs a module once, however often it is asked for.)
const box = $<HTMLInputElement>('#site-search')?.form;
const loadBox = () => void import('./search/box.ts');
for (const type of ['pointerover', 'touchstart', 'focusin']) box?.addEventListener(type, loadBox, { once: true, passive: true });
if (!$('[data-search-page]') && new URLSearchParams(location.search).has('q')) void import('./search/highlight.ts');

// The document page's actor filter loads on first focus of its control, or at once for ?actor=.
const filter = $('form[data-actor-filter]');
if (filter) {
  const load = () => void import('./actor-filter-run.ts');
  if (/[?&]actor=/.test(location.search)) load();
  else filter.addEventListener('focusin', load, { once: true });
}
// The instrument filter likewise, or at once for ?instrument=.
const byInstrument = $('form[data-instrument-filter]');
if (byInstrument) {
  const load = () => void import('./instrument-filter-run.ts');
  if (/[?&]instrument=/.test(location.search)) load();
  else byInstrument.addEventListener('focusin', load, { once: true });
}

// Keys: "/" search; j / k next and previous measure (or page); never while typing.
addEventListener('keydown', (e) => {
  if (e.metaKey || e.ctrlKey || e.altKey || (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
  if (e.key === '/') {
    e.preventDefault();
    $<HTMLInputElement>('#site-search')?.focus();
  } else if (e.key === 'j' || e.key === 'k') {
    const next = e.key === 'j';
    const measures = $$('section.measure').filter((m) => m.offsetParent); // not those filtered out
    if (measures.length > 1) {
      const y = topOffset();
      const current = measures.filter((m) => m.getBoundingClientRect().top <= y).length - 1;
      const target = measures[next ? current + 1 : Math.max(current - 1, 0)];
      if (target) {
        target.scrollIntoView();
        (target.querySelector('a[data-label]') as HTMLElement | null)?.focus({ preventScroll: true });
      }
    } else {
      $<HTMLAnchorElement>(next ? 'a[rel="next"]' : 'a[rel="prev"]')?.click();
    }
  }
});

// Hovering or focusing an actor chip lights up the words of the text that name that actor.
const light = (e: Event, on: boolean) => {
  const chip = (e.target as HTMLElement).closest<HTMLElement>('.chip[data-actor]');
  const scope = chip?.closest('section.measure, article');
  if (!chip || !scope) return;
  for (const m of scope.querySelectorAll(`mark.ev[data-actors~="${chip.dataset.actor}"]`)) m.classList.toggle('hl', on);
};
for (const [type, on] of [
  ['pointerover', true],
  ['pointerout', false],
  ['focusin', true],
  ['focusout', false],
] as const) {
  addEventListener(type, (e) => light(e, on));
}

// Citing loads on first use (src/scripts/cite/panel.ts, its own chunk): a sentence's # mark
// still moves the address to its sentence and also opens the cite panel; the 引用 buttons are
// shown only where this script runs.
for (const b of $$('[data-cite]')) b.hidden = false;
addEventListener('click', (e) => {
  const trigger = (e.target as HTMLElement).closest<HTMLElement>('a.sa, [data-cite]');
  if (!trigger || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  void import('./cite/panel.ts').then((m) => m.openCite(trigger));
});

// Offline reading: the service worker (public/sw.js) keeps the pages opened, the search files
// fetched, and the whole search index when the reader asks for it on /search/. Not under
// `astro dev`, where a stored page would hide the edit just made.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => {});

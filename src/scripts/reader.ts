// The only script every page loads: kept tiny; anything heavier is imported on first use.
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

/** Where the reading area starts below the sticky header (the page's scroll padding). */
const topOffset = () => (parseFloat(getComputedStyle(root).scrollPaddingTop) || 0) + 8;

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

// Where am I: the contents mark the unit being read and the context line names it. The unit being
// read is the innermost one the reading line (just below the sticky header, where a followed link
// puts its target) falls in; the units are those the contents list (read off the unit list), so a
// law's chapters and sections, an attachment or a notice are marked as a part or a measure is.
// A target the page cannot scroll up to the line (the last measures) is the one marked while the
// page stays at its foot: the reader asked for it.
const units = new Map<Element, HTMLAnchorElement>();
for (const a of $$<HTMLAnchorElement>('[data-toc] a[href^="#"]')) {
  const el = document.getElementById(decodeURIComponent(a.hash.slice(1)));
  if (el) units.set(el, a);
}
const context = $('[data-context]');
if (units.size && 'IntersectionObserver' in window) {
  const crossing = new Set<Element>(); // the units the reading line falls in
  let marked: Element | undefined;
  let asked = false; // the unit marked is the address's, below the line at the page's foot
  const atFoot = () => innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  /** The innermost unit holding the address's target (a unit, or a sentence or clause in one). */
  const addressed = () => {
    let el: Element | null = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    while (el && !units.has(el)) el = el.parentElement;
    return el;
  };
  /** A unit's name: its heading (or label, for a unit inside another), else what it is called. */
  const name = (el: Element, inner: boolean) => {
    const heading = document.getElementById(el.getAttribute('aria-labelledby') ?? '');
    const label = inner ? heading?.querySelector('[data-label]')?.textContent : undefined;
    return (label ?? heading?.textContent ?? el.getAttribute('aria-label') ?? '').trim();
  };
  const update = () => {
    let current = [...units.keys()].filter((u) => crossing.has(u)).at(-1); // document order: innermost last
    const target = atFoot() ? addressed() : null;
    const top = target?.getBoundingClientRect().top;
    asked = !!target && top !== undefined && top > topOffset() && top < innerHeight;
    if (asked) current = target!;
    if (!current || current === marked) return;
    if (marked) units.get(marked)?.removeAttribute('aria-current');
    marked = current;
    const link = units.get(current)!;
    link.setAttribute('aria-current', 'location');
    // Keep the current entry in view inside the (separately scrolling) table of contents.
    const list = link.closest<HTMLElement>('[data-toc]');
    if (list && list.scrollHeight > list.clientHeight) {
      const [l, r] = [link.getBoundingClientRect(), list.getBoundingClientRect()];
      if (l.top < r.top || l.bottom > r.bottom) list.scrollTop += l.top - r.top - r.height / 3;
    }
    if (context) {
      const chain: Element[] = [];
      for (let el: Element | null = current; el; el = el.parentElement) if (units.has(el)) chain.unshift(el);
      // A name each, so the outer ones can give way to the innermost on a narrow screen (global.css).
      context.replaceChildren(
        ...chain.map((el, i) => Object.assign(document.createElement('span'), { textContent: name(el, i > 0 && el === current) })),
      );
    }
  };
  // The reading line is a band one pixel high, so a unit enters or leaves it exactly when its top or
  // foot passes the line; the band is remade when the window's height or the line (the header's
  // height, which the width sets) changes.
  let observer: IntersectionObserver | undefined;
  let band = '';
  const observe = () => {
    const line = Math.round(topOffset());
    const margin = `-${line}px 0px -${Math.max(innerHeight - line - 1, 0)}px 0px`;
    if (margin === band) return;
    band = margin;
    observer?.disconnect();
    crossing.clear();
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) crossing.add(e.target);
          else crossing.delete(e.target);
        }
        update();
      },
      { rootMargin: margin },
    );
    for (const u of units.keys()) observer.observe(u);
  };
  observe();
  addEventListener('resize', observe, { passive: true });
  addEventListener('hashchange', update);
  // At the page's foot nothing crosses the line, so the foot itself is watched for.
  addEventListener('scroll', () => (asked || atFoot()) && update(), { passive: true });
}

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

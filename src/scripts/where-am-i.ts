// Where am I: the contents mark the unit being read and the context line names it. Loaded by
// reader.ts on a page with contents (a document's), at once: a followed link is marked on arrival.
import { fragmentTarget, topOffset } from './reading-line.ts';

// The unit being read is the innermost one the reading line (just below the sticky header, where a
// followed link puts its target) falls in; the units are those the contents list (read off the unit
// list), so a law's chapters and sections, an attachment or a notice are marked as a part or a
// measure is.
// A target the page cannot scroll up to the line (the last measures) is the one marked while the
// page stays at its foot: the reader asked for it.
const units = new Map<Element, HTMLAnchorElement>();
for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')) {
  const el = fragmentTarget(a.hash);
  if (el) units.set(el, a);
}
const context = document.querySelector('[data-context]');
if (units.size && 'IntersectionObserver' in window) {
  const crossing = new Set<Element>(); // the units the reading line falls in
  let marked: Element | undefined;
  let asked = false; // the unit marked is the address's, below the line at the page's foot
  const atFoot = () => innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  /** The innermost unit holding the address's target (a unit, or a sentence or clause in one). */
  const addressed = () => {
    let el: Element | null = fragmentTarget(location.hash);
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
    const top = target?.getBoundingClientRect().top ?? -Infinity;
    asked = top > topOffset() && top < innerHeight;
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

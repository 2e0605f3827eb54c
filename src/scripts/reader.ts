// The only script every page loads: kept tiny; anything heavier is imported on first use.
const root = document.documentElement;

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  toggle.hidden = false;
  const current = () => root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const label = () => toggle.setAttribute('aria-pressed', String(current() === 'dark'));
  label();
  toggle.addEventListener('click', () => {
    // Keep the reader's place: remember the element at the top of the viewport.
    const anchor = document.elementFromPoint(innerWidth / 2, 80);
    const before = anchor?.getBoundingClientRect().top ?? 0;
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try { localStorage.setItem('theme', next); } catch { /* private mode */ }
    label();
    if (anchor) scrollBy(0, anchor.getBoundingClientRect().top - before);
  });
}

// "/" focuses the search box from anywhere, unless the reader is typing.
addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.metaKey || e.ctrlKey || e.altKey) return;
  const t = e.target as HTMLElement;
  if (t.closest('input, textarea, select, [contenteditable]')) return;
  e.preventDefault();
  document.querySelector<HTMLInputElement>('#site-search')?.focus();
});

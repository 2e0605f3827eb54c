// Runs before first paint (render-blocking on purpose) so a chosen theme or a hidden-annotations
// choice never flashes.
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  if (localStorage.getItem('annotations') === 'off') document.documentElement.dataset.annotations = 'off';
} catch (e) {}

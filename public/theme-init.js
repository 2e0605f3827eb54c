// Runs before first paint (render-blocking on purpose) so a chosen theme never flashes.
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}

// A document page's margins beside the text (wide screens) are cut to the height of their text
// (global.css), so they never push the next measure down; this marks the ones that are cut
// (data-clipped), which then show their 展开 control. It follows every change of size: fonts
// arriving, the window resized, annotations hidden and shown. An open margin is left as it is.
// Loaded by the document page alone (src/pages/documents/[doc]/index.astro), not by reader.ts.
const observer = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    const margin = target.closest<HTMLDetailsElement>('.annot');
    if (margin && !margin.open) margin.toggleAttribute('data-clipped', margin.scrollHeight > margin.clientHeight + 1);
  }
});
for (const margin of document.querySelectorAll('article:not([data-measure-page]) .measure-grid > .annot')) {
  observer.observe(margin);
  for (const body of margin.querySelectorAll('.annot-body')) observer.observe(body);
}
export {};

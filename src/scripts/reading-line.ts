// The reading line: where the reading area starts below the sticky header (the page's scroll
// padding, where a followed link puts its target), and a little below it.
export const topOffset = () => (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 8;

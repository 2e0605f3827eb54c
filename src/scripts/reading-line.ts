// Where the reader is: the reading line (where the reading area starts below the sticky header,
// the page's scroll padding where a followed link puts its target, and a little below it), and
// the element an address's fragment names.
export const topOffset = () => (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 8;

/** The element `#id` names (a link's hash, or location.hash), its id percent-decoded; null for none. */
export const fragmentTarget = (hash: string) => (hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null);

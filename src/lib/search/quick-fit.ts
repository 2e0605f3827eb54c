// How many of the header box's quick results it shows: as many as fit whole between the top of
// its list and the bottom of the visible screen (above a phone's keyboard), so no result is cut
// mid-line at the box's edge and the link to all results under the list stays in sight. At least
// one is shown while there are any: on a screen too small even for it, the list scrolls.
// Browser-safe: src/scripts/search/box.ts measures, this decides.

/** `heights`: each result's height in px, in order; `room`: the height free for the list. */
export function wholeResultsThatFit(heights: readonly number[], room: number): number {
  let used = 0;
  let n = 0;
  for (const h of heights) {
    // Half a pixel of slack for sub-pixel layout.
    if (used + h > room + 0.5) break;
    used += h;
    n++;
  }
  return heights.length ? Math.max(n, 1) : 0;
}

/** What the box says under its list when it shows fewer results than the search returned. */
export const unlistedNotice = (shown: number, total: number) => (total > shown ? `另有 ${total - shown} 条未在此列出` : '');

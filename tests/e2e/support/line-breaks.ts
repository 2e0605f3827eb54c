// Where the browser broke the lines of a heading, and whether each break falls between two words
// of the project's segmenter (src/lib/text/words.ts, the registry's names as words; a name longer
// than a phone's line at its own words, src/lib/text/line-breaks.ts).
import type { Page } from 'playwright-core';
import { lineWords } from '../../../src/lib/text/line-breaks.ts';
import type { WordBoundaries } from '../../../src/lib/text/words.ts';

/** A heading as laid out: its visible text and the offsets in it where a new line begins. */
export interface LaidOut {
  where: string;
  text: string;
  breaks: number[];
}

/**
 * The lines of every element `selector` matches that is laid out: the text of its text nodes
 * (not a sentence's # mark, an editor's 注 nor text for screen readers only), and each offset
 * where a character sits lower than the one before it by more than half a line.
 */
export function laidOut(page: Page, selector: string): Promise<LaidOut[]> {
  return page.evaluate((selector) => {
    const out: LaidOut[] = [];
    for (const [i, el] of [...document.querySelectorAll(selector)].entries()) {
      if (!el.getClientRects().length) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('.sa, .nref, .sr-only-text') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      let text = '';
      const breaks: number[] = [];
      let lastTop: number | null = null;
      const lineHeight = parseFloat(getComputedStyle(el).fontSize) || 16;
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = node.textContent ?? '';
        for (let k = 0; k < data.length; k++) {
          range.setStart(node, k);
          range.setEnd(node, k + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (rect && !/\s/.test(data[k]!)) {
            if (lastTop !== null && rect.top > lastTop + lineHeight / 2) breaks.push(text.length);
            lastTop = rect.top;
          }
          text += data[k];
        }
      }
      const where = el.getAttribute('href') ?? `${el.tagName.toLowerCase()}#${el.id || el.closest('[id]')?.id || i}`;
      out.push({ where, text: text.replace(/\s+$/, ''), breaks });
    }
    return out;
  }, selector);
}

/** The breaks of a heading that fall inside a word: `…前 / 后…` for each, empty when every break is between words or at a space. */
export function breaksInsideWords(heading: LaidOut, words: WordBoundaries): string[] {
  const ends = new Set<number>([0]);
  let at = 0;
  // The words a line may break between, as the pages cut them (a long registered name at its own words).
  for (const w of lineWords(heading.text, words)) ends.add((at += w.length));
  return heading.breaks
    .filter((b) => !ends.has(b) && !/\s/.test(heading.text[b - 1] ?? '') && !/\s/.test(heading.text[b] ?? ''))
    .map((b) => `${heading.where}: ${heading.text.slice(Math.max(0, b - 6), b)} / ${heading.text.slice(b, b + 6)}`);
}

// On a text page reached from a search result (…/m14/?q=工资集体协商#m14-s4): mark the searched
// words in the sentences and headings, whole, never split into characters. Loaded only when
// the URL has ?q=.
import { rangesOf } from '../../lib/search/match.ts';
import { fold } from '../../lib/search/normalize.ts';
import { highlightTerms } from '../../lib/search/urls.ts';
import { fragmentTarget } from '../reading-line.ts';

const terms = highlightTerms(location.search).map(fold);
const scope = document.querySelector('main');
if (terms.length && scope) {
  // Text nodes of each sentence or heading, skipping note signs and sentence links.
  for (const block of scope.querySelectorAll<HTMLElement>('.s, h1, h2, h3')) {
    if (block.parentElement?.closest('.s')) continue;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('.nref, .sa, .sr-only-text') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    const ranges = rangesOf(fold(text), terms);
    if (!ranges.length) continue;
    // Wrap from the end so earlier offsets stay valid.
    let offset = text.length;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      offset -= node.data.length;
      for (const [s, e] of [...ranges].reverse()) {
        const [from, to] = [Math.max(s, offset) - offset, Math.min(e, offset + node.data.length) - offset];
        if (from >= to) continue;
        const hit = node.splitText(from);
        hit.splitText(to - from);
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        hit.replaceWith(mark);
        mark.append(hit);
      }
    }
  }
  const target = fragmentTarget(location.hash);
  (target || scope.querySelector('mark.search-hit'))?.scrollIntoView({ block: 'center' });
}

import { escapeMarkup } from '../escape.ts';

import type { Annotation, Run } from './sentence-runs.ts';

/**
 * The HTML of a sentence's runs: term links, actor evidence, noted and repaired words. `breaks`
 * (offsets into the sentence, ../text/line-breaks.ts) each get a <wbr>, for a heading set
 * keep-all: inside a mark where the offset falls inside one, so a mark is never cut in two.
 */
export function renderRuns(runs: readonly Run[], breaks: readonly number[] = []): string {
  const at = new Set(breaks);
  let from = 0;
  return runs
    .map((run) => {
      const start = from;
      from += run.text.length;
      const inside = [...at].filter((b) => b > start && b < from).map((b) => b - start);
      return (at.has(start) && start > 0 ? '<wbr>' : '') + renderRun(run, inside);
    })
    .join('');
}

/** Text escaped, with a <wbr> at each of `breaks` (offsets into it, in any order). */
function withBreaks(text: string, breaks: readonly number[]): string {
  let html = '';
  let from = 0;
  for (const b of [...breaks].sort((x, y) => x - y)) {
    html += `${escapeMarkup(text.slice(from, b))}<wbr>`;
    from = b;
  }
  return html + escapeMarkup(text.slice(from));
}

function renderRun(run: Run, breaks: readonly number[]): string {
  let html = withBreaks(run.text, breaks);
  const of = (kind: Annotation['kind']) => run.on.filter((a) => a.kind === kind);
  const actors = of('actor');
  // A body a responsibility note names that the registry lacks is marked with no actor (ref '').
  if (actors.length)
    html = `<mark class="ev" data-actors="${escapeMarkup(unique(actors.flatMap((a) => (a.ref ? [a.ref] : []))).join(' '))}">${html}</mark>`;
  for (const q of of('query')) html = `<mark class="q" data-query="${escapeMarkup(q.ref)}">${html}</mark>`;
  if (of('note').length) html = `<span class="nq">${html}</span>`;
  const term = of('term').find((a) => a.href);
  const repair = of('repair')[0];
  if (repair) {
    // A repaired word is itself the link to its note: no sign inside the word.
    const label = escapeMarkup(repair.label ?? '编者修补');
    html =
      repair.href && !term
        ? `<a class="rp" href="${escapeMarkup(repair.href)}" title="${label}">${html}</a>`
        : `<span class="rp" title="${label}">${html}</span>`;
  }
  if (term) html = `<a class="term" href="${escapeMarkup(term.href!)}">${html}</a>`;
  for (const a of run.ending) {
    if (a.kind === 'note' && a.href) {
      // The note itself is in the margin and on /notes/; the link stays short (page weight).
      html += `<a class="nref" href="${escapeMarkup(a.href)}" aria-label="编者注">注</a>`;
    }
  }
  return html;
}

const unique = (xs: string[]) => [...new Set(xs)];

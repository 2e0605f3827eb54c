// Spaces a reader sees between two Chinese characters (or between full-width punctuation and a
// letter or digit: 列： measure, 1 ）): in Chromium, the text of a page as CSS lays
// it out, one inline formatting context at a time. A block, a flex or grid item, a table cell, a
// line break or an inline-block ends the run of text a space could sit in; whitespace that only
// separates such boxes is never drawn and is not counted. Runs of collapsible whitespace count as
// the one space CSS draws for them (a line break in the template included: Chromium draws it as a
// space between Han characters). What the run holds is read off the computed styles, so a
// `class="flex"` or a rule of global.css is seen exactly as the reader's browser sees it.

/** One space between two CJK characters or CJK punctuation (or such punctuation and a word), as laid out on a page. */
export interface CjkSpace {
  /** Up to two characters before and after the space, in the same run of text: what is looked up in the content. */
  left: string;
  right: string;
  /** Up to 16 characters either side, the space shown as ␣, for the report. */
  context: string;
  /** The innermost element around the space: tag, id and classes, and its nearest ancestor with an id. */
  where: string;
}

/**
 * Runs in the page (passed to `page.evaluate`): every such space in the body's laid-out text.
 * Self-contained: it closes over nothing, as Playwright sends only its source.
 */
export function cjkSpacesInPage(): CjkSpace[] {
  const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff60\u201c\u201d\u2018\u2019\u2014\u2026]/u;
  // Full-width punctuation carries its own space: a space between it and a word (列： measure, 1 ）) is a stray
  // too; beside a symbol (› · ←), a separator the layout means, it is not.
  const WORD = /[\p{L}\p{N}]/u;
  const PUNCT = /[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60]/u;
  const REPLACED = new Set([
    'IMG',
    'INPUT',
    'TEXTAREA',
    'SELECT',
    'BUTTON',
    'VIDEO',
    'AUDIO',
    'CANVAS',
    'IFRAME',
    'OBJECT',
    'EMBED',
    'METER',
    'PROGRESS',
  ]);
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD']);
  const SVG = 'http://www.w3.org/2000/svg';
  /** One place of a run: a character of text, a line break (a block's edge, `<br>`), an atomic box. */
  type Cell = { kind: 'text' | 'break' | 'atom'; ch: string; mode: 'collapse' | 'pre-line' | 'preserve'; at: Element };
  const runs: Cell[][] = [];
  const open = (): Cell[] => {
    const run: Cell[] = [];
    runs.push(run);
    return run;
  };
  const modeOf = (el: Element): Cell['mode'] => {
    const style = getComputedStyle(el);
    // white-space-collapse where the browser has it (collapse, preserve, preserve-breaks, break-spaces), else white-space.
    const ws = style.whiteSpaceCollapse || style.whiteSpace;
    if (ws === 'preserve-breaks' || ws === 'pre-line') return 'pre-line';
    if (/^(preserve|break-spaces|pre|pre-wrap)$/.test(ws)) return 'preserve';
    return 'collapse';
  };
  const walkChildren = (el: Element, run: Cell[]) => {
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const mode = modeOf(el);
        for (const ch of (node as Text).data) run.push({ kind: 'text', ch, mode, at: el });
      } else if (node.nodeType === Node.ELEMENT_NODE) walkElement(node as Element, run);
    }
  };
  const walkElement = (el: Element, run: Cell[]) => {
    if (SKIPPED.has(el.tagName)) return;
    if (el.namespaceURI === SVG) {
      // A drawing is one box in the line; each of its texts is laid out on its own.
      if (el.tagName === 'svg') run.push({ kind: 'atom', ch: '', mode: 'collapse', at: el });
      if (el.tagName === 'text' || el.tagName === 'title' || el.tagName === 'desc') walkChildren(el, open());
      else for (const child of el.children) walkElement(child, open());
      return;
    }
    const style = getComputedStyle(el);
    const display = style.display;
    if (display === 'contents') return walkChildren(el, run);
    // Not drawn now, but shown by a control or at another width: its text is a run of its own.
    if (display === 'none') return walkChildren(el, open());
    // Out of the flow: laid out on its own, nothing in the line around it.
    if (style.position === 'absolute' || style.position === 'fixed' || style.float !== 'none') return walkChildren(el, open());
    if (el.tagName === 'BR') return void run.push({ kind: 'break', ch: '', mode: 'collapse', at: el });
    const inline = display === 'inline' || display === 'inline flow' || display === 'ruby';
    if (inline && !REPLACED.has(el.tagName)) return walkChildren(el, run);
    if (inline || display.startsWith('inline')) {
      // An atomic box in the line (inline-block, inline-flex, a control): it holds its own run.
      run.push({ kind: 'atom', ch: '', mode: 'collapse', at: el });
      return walkChildren(el, open());
    }
    // A block-level box: block, list-item, flex, grid, table parts, and every flex or grid item.
    run.push({ kind: 'break', ch: '', mode: 'collapse', at: el });
    walkChildren(el, open());
    run.push({ kind: 'break', ch: '', mode: 'collapse', at: el });
  };
  walkChildren(document.body, open());

  const describe = (el: Element | null) => {
    if (!el) return '';
    const self = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const anchor = el.id ? null : el.closest('[id]');
    return anchor ? `${self} in #${anchor.id}` : self;
  };
  const found: CjkSpace[] = [];
  type Drawn = { ch: string; space: 'collapsible' | 'preserved' | null; at: Element };
  const BREAK = '\n';
  const ATOM = '\ufffc';
  for (const run of runs) {
    // The run as drawn: a run of collapsible whitespace is one space, none at a line's start or end.
    const out: Drawn[] = [];
    const trim = () => {
      while (out.at(-1)?.space === 'collapsible') out.pop();
    };
    for (const cell of run) {
      if (cell.kind === 'break') {
        trim();
        out.push({ ch: BREAK, space: null, at: cell.at });
      } else if (cell.kind === 'atom') out.push({ ch: ATOM, space: null, at: cell.at });
      else if (cell.ch === '\n' && cell.mode !== 'collapse') {
        if (cell.mode === 'pre-line') trim();
        out.push({ ch: BREAK, space: null, at: cell.at });
      } else if (cell.mode === 'preserve' && (cell.ch === ' ' || cell.ch === '\t')) out.push({ ch: ' ', space: 'preserved', at: cell.at });
      else if (/^[ \t\n\r\f]$/.test(cell.ch)) {
        const last = out.at(-1);
        if (last && last.ch !== BREAK && last.space !== 'collapsible') out.push({ ch: ' ', space: 'collapsible', at: cell.at });
      } else out.push({ ch: cell.ch, space: null, at: cell.at });
    }
    const stop = (ch: string) => ch === ' ' || ch === BREAK || ch === ATOM;
    const word = (from: number, step: number) => {
      let s = '';
      for (let k = from; k >= 0 && k < out.length && s.length < 2 && !stop(out[k]!.ch); k += step)
        s = step < 0 ? out[k]!.ch + s : s + out[k]!.ch;
      return s;
    };
    const text = (from: number, to: number) =>
      out
        .slice(Math.max(0, from), to)
        .map((c) => (c.ch === ' ' ? '␣' : c.ch === BREAK ? '⏎' : c.ch === ATOM ? '▢' : c.ch))
        .join('');
    for (let i = 1; i < out.length - 1; i++) {
      const before = out[i - 1]!.ch;
      if (out[i]!.ch !== ' ' || stop(before)) continue;
      let j = i;
      while (out[j]?.ch === ' ') j++;
      const after = out[j]?.ch;
      if (
        after !== undefined &&
        !stop(after) &&
        ((CJK.test(before) && CJK.test(after)) || (PUNCT.test(before) && WORD.test(after)) || (WORD.test(before) && PUNCT.test(after)))
      )
        found.push({ left: word(i - 1, -1), right: word(j, 1), context: text(i - 16, j + 16), where: describe(out[i]!.at) });
      i = j - 1;
    }
  }
  return found;
}

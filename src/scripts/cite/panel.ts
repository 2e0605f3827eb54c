// The cite panel, loaded on the first click (or Enter) on a sentence's # mark or a 引用 button.
// It fetches the item's citation context (/data/cite/<item>.json) and formats every citation
// with the build's own code (src/lib/cite), dated the reader's today.
import type { Citation } from '../../lib/cite/cite.ts';
import { type CiteContext, type CiteScope, type CiteTarget, citationFor, citeScopes, localDay, targetOf } from '../../lib/cite/context.ts';
import { copyText } from './copy.ts';

const FORMS: ReadonlyArray<readonly [keyof Citation, string]> = [
  ['permalink', '永久链接'],
  ['short', '简短引注'],
  ['full', '完整引注'],
  ['quote', '引文'],
  ['gbt7714', 'GB/T 7714-2015'],
  ['bibtex', 'BibTeX'],
  ['cslJson', 'CSL-JSON'],
];

/** Formats pasted into reference managers: shown as code, in a box that scrolls (and so takes focus). */
const CODE = new Set<keyof Citation>(['bibtex', 'cslJson']);
const PRE = 'mt-1 whitespace-pre-wrap [overflow-wrap:anywhere]';

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const contexts = new Map<string, Promise<CiteContext>>();
function contextOf(item: string): Promise<CiteContext> {
  let ctx = contexts.get(item);
  if (!ctx) {
    ctx = fetch(`/data/cite/${item}.json`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
    ctx.catch(() => contexts.delete(item));
    contexts.set(item, ctx);
  }
  return ctx;
}

interface Panel {
  dialog: HTMLDialogElement;
  title: HTMLElement;
  body: HTMLElement;
  status: HTMLElement;
}
let panel: Panel | undefined;
let opener: HTMLElement | null = null;

function makePanel(): Panel {
  const title = h('h2', { id: 'cite-title', class: 'text-base font-bold' }, '引用');
  const close = h('button', { type: 'button', class: 'rounded border rule px-2 py-0.5 text-sm', 'data-cite-close': '' }, '关闭');
  const body = h('div', { class: 'mt-2' });
  // A live region present from the start, so screen readers announce what is later written in it.
  const status = h('p', { role: 'status', class: 'text-sm min-h-[1.5em] mt-2', 'data-cite-status': '' });
  const dialog = h(
    'dialog',
    {
      'aria-labelledby': 'cite-title',
      class:
        'sans text-sm m-auto w-[min(40rem,calc(100vw-1rem))] max-w-none max-h-[min(88vh,48rem)] rounded-lg border rule p-0 bg-[var(--bg)] text-[var(--fg)] shadow-xl backdrop:bg-black/40 max-sm:mb-0 max-sm:w-full max-sm:rounded-b-none',
      'data-cite-panel': '',
    },
    h('div', { class: 'p-4' }, h('div', { class: 'flex items-center justify-between gap-3' }, title, close), body, status),
  );
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog box itself, outside its padding wrapper) closes it.
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
  document.body.append(dialog);
  return { dialog, title, body, status };
}

function announce(p: Panel, text: string) {
  p.status.textContent = '';
  // Emptied first so the same words said twice are announced twice.
  setTimeout(() => (p.status.textContent = text), 50);
}

function formsList(p: Panel, citation: Citation): HTMLElement {
  const list = h('dl', { class: 'space-y-3' });
  for (const [key, label] of FORMS) {
    const value = citation[key];
    if (typeof value !== 'string') continue;
    const copy = h(
      'button',
      { type: 'button', class: 'rounded border rule px-2 py-0.5 text-xs shrink-0', 'aria-label': `复制${label}`, 'data-copy': key },
      '复制',
    );
    copy.addEventListener('click', async () =>
      announce(p, (await copyText(value)) ? `已复制${label}` : `未能复制${label}，请选中文字后手动复制`),
    );
    list.append(
      h(
        'div',
        { class: 'border-t rule pt-2' },
        h('dt', { class: 'flex items-center justify-between gap-2 font-bold' }, label, copy),
        h(
          'dd',
          {},
          h(
            'pre',
            CODE.has(key)
              ? { class: `${PRE} font-mono text-xs max-h-40 overflow-auto`, tabindex: '0', 'aria-label': label, 'data-form': key }
              : { class: `${PRE} font-[inherit]`, 'data-form': key },
            value,
          ),
        ),
      ),
    );
  }
  return list;
}

/**
 * The address citations name: the one this page was loaded from, which is where it is published
 * (the build's SITE_URL may be unset or stale); the build's for a page opened from a file.
 */
const loadedFrom = (built: string) => (/^https?:$/u.test(location.protocol) ? location.origin : built);

function render(p: Panel, ctx: CiteContext, target: CiteTarget) {
  const accessed = localDay(new Date());
  const scopes = citeScopes(ctx, target);
  const forms = h('div');
  const show = (scope: CiteScope) => {
    const citation = citationFor({ ...ctx, site: loadedFrom(ctx.site) }, scope.target, accessed);
    p.title.textContent = `引用 ${citation.short}`;
    forms.replaceChildren(formsList(p, citation));
  };
  const choices = h(
    'fieldset',
    { class: 'flex flex-wrap items-center gap-x-4 gap-y-1' },
    h('legend', { class: 'sr-only-text' }, '引用范围'),
  );
  scopes.forEach((scope, i) => {
    const radio = h('input', { type: 'radio', name: 'cite-scope', value: String(i) });
    radio.checked = i === 0;
    radio.addEventListener('change', () => show(scope));
    choices.append(h('label', { class: 'inline-flex items-center gap-1' }, radio, scope.label));
  });
  p.body.replaceChildren(
    ...(scopes.length > 1 ? [choices] : []),
    h('p', { class: 'muted mt-1' }, `引用日期按今天（${accessed}）填写。`),
    forms,
  );
  show(scopes[0]!);
}

/** Opens the panel for a sentence's # mark (cites the sentence) or a [data-cite] button (its id, '' = the item). */
export async function openCite(trigger: HTMLElement): Promise<void> {
  const holder = trigger.closest<HTMLElement>('[data-document], [data-news]');
  const item = holder?.dataset.document ?? holder?.dataset.news;
  if (!item) return;
  const id = trigger instanceof HTMLAnchorElement ? decodeURIComponent(trigger.hash.slice(1)) : (trigger.dataset.cite ?? '');
  panel ??= makePanel();
  const p = panel;
  opener = trigger;
  p.title.textContent = '引用';
  p.body.replaceChildren(h('p', { class: 'muted' }, '正在载入……'));
  p.status.textContent = '';
  if (!p.dialog.open) p.dialog.showModal();
  try {
    const ctx = await contextOf(item);
    render(p, ctx, targetOf(ctx, id));
    p.body.querySelector<HTMLElement>('[data-copy]')?.focus();
  } catch {
    p.body.replaceChildren(h('p', {}, '引用数据未能载入，请稍后再试。'));
  }
}

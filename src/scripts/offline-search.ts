// The search page's offline control (src/components/OfflineSearch.astro): asks the service worker
// (public/sw.js) where the search store stands, stores or removes it at the reader's word, and
// shows how far a store has got. The worker does the storing, so it goes on if the reader leaves
// the page, and every open search page shows the same state.
import { type OfflineSearchState, offerView } from '../lib/offline/offer.ts';

/**
 * How long a store may go without news before the page asks again: the browser may end a worker
 * that has worked for minutes; asked again, it starts afresh and reports the part stored.
 */
const QUIET_MS = 15_000;

const root = document.querySelector<HTMLElement>('[data-offline-search]');
if (root && 'serviceWorker' in navigator) connect(root, navigator.serviceWorker);

function connect(root: HTMLElement, sw: ServiceWorkerContainer) {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const store = $<HTMLButtonElement>('[data-offline-store]');
  const remove = $<HTMLButtonElement>('[data-offline-remove]');
  const facts = $('[data-offline-facts]');
  const status = $('[data-offline-status]');
  const meter = $('[data-offline-progress]');
  const bar = $<HTMLProgressElement>('progress');
  const done = $('[data-offline-done]');
  /** The reader asked for the store on this page: a store the browser cut short is resumed. */
  let wanted = false;
  let removed = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;

  // To the active worker, whether or not it controls this page (a reload that bypassed it): it
  // answers every open page. Never, without one (astro dev registers none): the control stays hidden.
  const ask = (what: 'status' | 'store' | 'remove') =>
    void sw.ready.then((r) => r.active?.postMessage({ type: 'offline-search', ask: what }));

  const render = (s: OfflineSearchState) => {
    const view = offerView(s, removed && !s.stored && !s.storing);
    const focused = document.activeElement;
    label(store, view.store);
    store.disabled = !view.storeEnabled;
    label(remove, view.remove);
    facts.textContent = view.facts;
    // The live region is written only when its words change, so a store's progress is not read out file by file.
    if (status.textContent !== view.status) status.textContent = view.status;
    meter.hidden = !view.progress;
    if (view.progress) {
      bar.max = view.progress.total;
      bar.value = view.progress.done;
      done.textContent = view.progress.text;
    }
    // A button pressed and then hidden (保存 becomes 取消保存) hands the focus to the one shown.
    if (focused instanceof HTMLButtonElement && root.contains(focused) && focused.hidden) (store.hidden ? remove : store).focus();
    root.hidden = false;

    clearTimeout(quiet);
    if (s.storing) quiet = setTimeout(() => ask('status'), QUIET_MS);
    else if (wanted && s.partial && !s.failed && s.partial.version === s.build?.version) ask('store');
    if (s.stored && s.stored.version === s.build?.version) wanted = false;
  };

  sw.addEventListener('message', (event: MessageEvent<OfflineSearchState | undefined>) => {
    if (event.data?.type === 'offline-search') render(event.data);
  });
  sw.startMessages();
  // A new worker has taken over: a store the one before had under way is for it to report.
  sw.addEventListener('controllerchange', () => ask('status'));
  ask('status');

  store.addEventListener('click', () => {
    wanted = true;
    removed = false;
    // Asks the browser to keep the store under storage pressure (Chromium decides without asking the reader).
    void navigator.storage?.persist?.().catch(() => false);
    ask('store');
  });
  remove.addEventListener('click', () => {
    wanted = false;
    removed = true;
    ask('remove');
  });
}

/** A button's words, or the button hidden when there are none. */
function label(button: HTMLButtonElement, text: string | undefined) {
  button.hidden = text === undefined;
  if (text !== undefined && button.textContent !== text) button.textContent = text;
}

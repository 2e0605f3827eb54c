// Tells the service worker which index files this page's searches read (src/lib/offline/searched.ts),
// a moment after they arrive: a search's files come in a burst, and the worker's copies must not
// compete with the results being drawn. A PerformanceObserver sees every file, however many
// (the page's buffer of resource timings stops at 250).
import { SEARCHED_MESSAGE, type SearchedMessage, searchedPaths } from '../../lib/offline/searched.ts';

/** After the last file of a burst: long enough for a search to have drawn its results. */
const QUIET_MS = 1000;

let started = false;

export function keepSearched(): void {
  if (started || !('serviceWorker' in navigator) || typeof PerformanceObserver === 'undefined') return;
  started = true;
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    const worker = navigator.serviceWorker.controller;
    const paths = [...new Set(pending)];
    pending = [];
    if (worker && paths.length) worker.postMessage({ type: SEARCHED_MESSAGE, paths } satisfies SearchedMessage);
  };
  new PerformanceObserver((list) => {
    const paths = searchedPaths(
      list.getEntries().map((e) => e.name),
      location.origin,
    );
    if (!paths.length) return;
    pending.push(...paths);
    clearTimeout(timer);
    timer = setTimeout(send, QUIET_MS);
  }).observe({ type: 'resource', buffered: true });
  // A reader who follows a result within the second: the files are named as the page goes.
  addEventListener('pagehide', () => {
    clearTimeout(timer);
    send();
  });
}

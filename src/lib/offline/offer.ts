// What the search page's offline control (src/components/OfflineSearch.astro) says and offers,
// from what the service worker (public/sw.js) reports about the search store. Browser-safe: the
// control's script (src/scripts/offline-search.ts) renders it, the tests read its wording.

/** The whole search index of one build, as /offline.json gives it (src/lib/offline/list.ts). */
export interface StoreFacts {
  version: string;
  files: number;
  /** Their size as stored: what the browser's cache holds. */
  bytes: number;
  /** Their size as downloaded from a host that gzips text; Pagefind's own files are compressed already. */
  download: number;
}

/** Why storing stopped: a download that failed (the network, a file gone), the browser's storage quota, or a build published meanwhile. */
export type StoreFailure = 'network' | 'quota' | 'changed';

/**
 * The worker's report, posted to every open page (type 'offline-search') after each step of a
 * store and in answer to a page's { type: 'offline-search', ask: 'status' | 'store' | 'remove' }.
 */
export interface OfflineSearchState {
  type: 'offline-search';
  /** This build's store; absent when the worker could not read /offline.json (offline). */
  build?: StoreFacts;
  /** A complete store, with the facts of the build it was stored from. */
  stored?: StoreFacts;
  /** A store under way: files stored of its total. */
  storing?: { version: string; done: number; total: number };
  /** A store begun and not finished (stopped by a failure, or the browser ending the worker). */
  partial?: { version: string; done: number; total?: number };
  /** Why the last store of this worker's life stopped. */
  failed?: StoreFailure;
}

export interface OfferView {
  /** The label of the button that stores (or resumes, or updates) the index; absent: no such button. */
  store?: string;
  /** Whether that button can be pressed (not while offline). */
  storeEnabled: boolean;
  /** The label of the button that removes what is stored; absent: nothing to remove. */
  remove?: string;
  /** What the live region says: it changes only when the state does, not with every file stored. */
  status: string;
  /** What is stored and how big, in plain words. */
  facts: string;
  /** Files stored of the total, while storing, and the words beside the bar. */
  progress?: { done: number; total: number; text: string };
}

const MB = 1024 * 1024;

/**
 * A size as readers read it: 0.4 MB, 12.3 MB, 50 KB below a tenth of a MB; the number and its
 * unit joined by a no-break space, so that a narrow screen does not part them.
 */
export function formatBytes(bytes: number): string {
  if (bytes < MB / 10) return `${Math.max(1, Math.round(bytes / 1024))}\u00a0KB`;
  return `${(bytes / MB).toFixed(1)}\u00a0MB`;
}

const count = (n: number) => n.toLocaleString('zh-CN');

/** How big a store is, in words: the files, what they cost to download, what they take on the device. */
export function storeSize(f: StoreFacts): string {
  return `共 ${count(f.files)} 个文件，下载约 ${formatBytes(f.download)}，在本机约占 ${formatBytes(f.bytes)}`;
}

/** The label of the store button: its size at a glance (the download, what a reader pays for). */
export const storeLabel = (f: StoreFacts, verb = '离线保存全文检索') =>
  `${verb}（共 ${count(f.files)} 个文件，约 ${formatBytes(f.download)}）`;

const FAILURE: Record<StoreFailure, string> = {
  network: '下载中断',
  quota: '本浏览器可用的存储空间不足',
  changed: '本站刚刚更新，请刷新本页后再保存',
};

/** The control's state from the worker's report; `removed`: the reader has just removed the store. */
export function offerView(s: OfflineSearchState, removed = false): OfferView {
  const build = s.build;
  const online = build !== undefined;
  if (s.storing) {
    const updating = s.stored !== undefined && s.stored.version !== s.storing.version;
    return {
      storeEnabled: false,
      remove: '取消保存',
      status: updating ? '正在把离线检索更新为本站的新版……' : '正在保存全文检索……',
      facts: build ? `${storeSize(build)}。` : '',
      progress: {
        done: s.storing.done,
        total: s.storing.total,
        text: `已保存 ${count(s.storing.done)} / ${count(s.storing.total)} 个文件`,
      },
    };
  }
  if (s.stored && (!build || s.stored.version === build.version)) {
    return {
      storeEnabled: false,
      remove: '删除离线检索',
      status: build ? '已保存本版全文检索：断网时也能搜索。' : '已保存全文检索：断网时也能搜索。',
      facts: `${storeSize(s.stored)}。`,
    };
  }
  if (s.failed || s.partial) {
    const part = s.partial;
    const of = part && (part.total ?? (part.version === build?.version ? build.files : undefined));
    const done = part ? `已保存 ${count(part.done)}${of === undefined ? '' : ` / ${count(of)}`} 个文件` : '';
    return {
      store: build ? storeLabel(build, '继续保存') : '继续保存',
      storeEnabled: online,
      ...(part ? { remove: '删除已保存的部分' } : {}),
      status: s.failed ? `保存未完成：${FAILURE[s.failed]}${done ? `；${done}` : ''}。` : `上次保存未完成：${done}。`,
      facts: build ? `${storeSize(build)}。` : '离线中：联网时才能继续保存。',
    };
  }
  if (s.stored && build) {
    return {
      store: storeLabel(build, '更新离线检索'),
      storeEnabled: true,
      remove: '删除离线检索',
      status: '已保存的是旧版全文检索：更新后才能搜到本站的新内容。',
      facts: `${storeSize(build)}。`,
    };
  }
  return {
    store: build ? storeLabel(build) : '离线保存全文检索',
    storeEnabled: online,
    status: removed ? '已删除离线检索。' : '',
    facts: build ? `${storeSize(build)}。` : '离线中：联网时才能保存全文检索。',
  };
}

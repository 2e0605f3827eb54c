// Every response a bench server sends, one by one: its path, its status, when it began and
// ended, and its body's bytes as they went on the wire (after gzip). The server's running total
// (StaticServer.sent) tells how much went between two moments; this tells what: which files a
// first search read (Pagefind's metadata among them, whatever the bundles' layout), what a page
// load and its service worker fetched, what came after the results were drawn, and what was
// asked for and not there. A service worker's fetches reach the server like a page's, so they
// are in it, which the browser's own accounting splits across targets or leaves out.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { countBody, type StaticServer } from '../site/static-server.ts';

export interface Response {
  path: string;
  status: number;
  /** performance.now() of this process when the request came, and when the response ended (null while it goes). */
  start: number;
  end: number | null;
  /** Body bytes as sent (gzipped where the server gzips). */
  bytes: number;
}

export interface Tally {
  /** A moment to count from or to, on the clock the responses are stamped with. */
  now: () => number;
  /** The responses to requests that came at or after `from` and before `to` (now when not given). */
  between: (from: number, to?: number) => Response[];
  /** Resolves once no response has been going for `ms` (or after `timeoutMs` at most): the browser and its worker have settled. */
  quiet: (ms: number, timeoutMs?: number) => Promise<void>;
  /** Stops counting. */
  stop: () => void;
}

/**
 * Counts a static server's responses from now on. The listener goes before the server's own, so
 * its hold on the response's write and end is the innermost: gzip (wrapped around them later)
 * hands it what goes on the wire.
 */
export function tally(server: StaticServer): Tally {
  const responses: Response[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const response: Response = {
      path: new URL(req.url ?? '/', 'http://localhost').pathname,
      status: 0,
      start: performance.now(),
      end: null,
      bytes: 0,
    };
    responses.push(response);
    countBody(res, (bytes) => (response.bytes += bytes));
    const done = () => {
      response.status = res.statusCode;
      response.end ??= performance.now();
    };
    res.once('finish', done);
    res.once('close', done);
  };
  server.server.prependListener('request', listener);
  return {
    now: () => performance.now(),
    between: (from, to = Infinity) => responses.filter((r) => r.start >= from && r.start < to),
    quiet: async (ms, timeoutMs = 60_000) => {
      const until = performance.now() + timeoutMs;
      for (;;) {
        const now = performance.now();
        const last = responses.reduce((latest, r) => Math.max(latest, r.end ?? now), 0);
        if (now - last >= ms || now >= until) return;
        await new Promise((wake) => setTimeout(wake, 50));
      }
    },
    stop: () => void server.server.off('request', listener),
  };
}

/** The bytes and count of some responses. */
export const total = (responses: readonly Response[]) => ({
  bytes: responses.reduce((sum, r) => sum + r.bytes, 0),
  requests: responses.length,
});

// A static file server for a built site on 127.0.0.1, as a static host would serve it: sirv sends
// the files; a directory is its index.html (asked for without its slash, a redirect to it), never a
// listing; anything else is 404.html with a 404. Browser tests use it plain; the bench asks for
// gzip (the `compression` middleware, on the fly), so sizes and Lighthouse see what a reader would get.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Content types by extension, set over sirv's own (which gives text types no charset, and none
 * to Pagefind's index files: its own gzipped binary, which the browser must not be told is gzip).
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
/** What gzip is applied to: text, not what is compressed already (images, Pagefind's files) nor wasm. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
  /**
   * Response bodies sent so far, as they went on the wire (after gzip), and their count: what a
   * browser fetched, service worker included, which the browser's own accounting splits across
   * targets and leaves out for a worker's requests.
   */
  sent: () => { bytes: number; requests: number };
}

/**
 * `port`: a fixed port (`npm start -- --port 8080`, a test that stops the server and starts it
 * again at the same origin); else any free one. `host`: the address to listen on, 127.0.0.1 unless
 * given. A port that is taken rejects with the listen error (EADDRINUSE).
 */
export async function startStaticServer(dir: string, opts: { gzip?: boolean; port?: number; host?: string } = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const notFound = (res: ServerResponse) =>
    void readFile(join(root, '404.html'))
      .catch(() => Buffer.from('not found'))
      .then((body) => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(body));
  const serve = sirv(root, {
    // Files as they are on disk at each request (no index taken at start), no ETag.
    dev: true,
    etag: false,
    // Only the file named: `/x` is not x.html (a URL that works here works on any static host);
    // directories are resolved below, before sirv sees the request.
    extensions: [],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', 'no-cache');
      const type = TYPES[extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
    onNoMatch: (_req, res) => notFound(res),
  });
  // Every size: the old server gzipped small files too. The middleware is typed for Express; it only uses node:http.
  const gzip = compression({
    threshold: 0,
    filter: (_req, res) => COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? '')),
  }) as unknown as Handler;

  const sent = { bytes: 0, requests: 0 };
  const server = createServer((req, res) => {
    count(res, sent);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const slash = url.pathname.endsWith('/');
    const entry = entryAt(root, url.pathname);
    // A directory asked for without its slash is a redirect on a static host, not the page.
    if (entry === 'directory' && !slash) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    if (entry === 'directory') req.url = `${url.pathname}index.html${url.search}`;
    // A file asked for as a directory (sirv would serve it), or a path that is no path (`%zz`).
    const respond = (slash && entry !== 'directory') || entry === 'unreadable' ? () => notFound(res) : () => serve(req, res);
    if (!opts.gzip) return respond();
    // gzip only, as the bench measures it: the middleware would pick brotli for a browser that offers both.
    req.headers['accept-encoding'] = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity';
    gzip(req, res, respond);
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
    sent: () => ({ ...sent }),
  };
}

/** Adds what the response writes to the tally: wrapped first, so gzip's output is what is counted. */
function count(res: ServerResponse, sent: { bytes: number; requests: number }) {
  countBody(
    res,
    (bytes) => (sent.bytes += bytes),
    () => sent.requests++,
  );
}

/** Calls `add` with the bytes of each piece a response writes, and `ended` as it ends (the bench's tally too). */
export function countBody(res: ServerResponse, add: (bytes: number) => void, ended?: () => void): void {
  const size = (chunk: unknown) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0);
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    add(size(chunk));
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') add(size(chunk));
    ended?.();
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
}

/** What the URL path names under root: a directory, something else (a file, nothing: sirv decides) or no path at all. */
function entryAt(root: string, pathname: string): 'directory' | 'other' | 'unreadable' {
  let path: string;
  try {
    path = join(root, decodeURIComponent(pathname));
  } catch {
    return 'unreadable';
  }
  if (path !== root && !path.startsWith(root + sep)) return 'other';
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'other';
  }
}

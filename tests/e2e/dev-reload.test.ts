// `npm run dev` shows an edited source or annotation file on the next reload: the content
// layer's loaders watch the content directory and the site model is rebuilt from the new data.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const content = join(mkdtempSync(join(tmpdir(), 'dev-content-')), 'content');
cpSync('tests/fixtures/content', content, { recursive: true });
let dev: ChildProcess;
let base = '';
let log = '';

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** What the dev server logged, less the request lines. */
const serverSaid = () =>
  log
    .split('\n')
    .filter((l) => !/\[200\]|\[404\]|WARN/.test(l))
    .join('\n')
    .slice(-3000);

/**
 * Polls `path` until it answers 200 with HTML that satisfies `ok`: the dev server may still be
 * optimising its dependencies at first, and the watcher and the reload take a moment.
 */
async function waitFor(path: string, ok: (html: string) => boolean, ms = 30_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    const res = await fetch(`${base}${path}`);
    // Titles carry <wbr> between their words (src/lib/text/line-breaks.ts): read the text without them.
    const html = (await res.text()).replaceAll('<wbr>', '');
    if (res.status === 200 && ok(html)) return html;
    last = `${res.status}`;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} did not show the change within ${ms} ms (last status ${last}); the server said:\n${serverSaid()}`);
}

function edit(rel: string, from: string, to: string) {
  const path = join(content, rel);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // --ignore-lock: a dev server of its own beside any the developer runs on this checkout (Astro
  // refuses to start a second one, or backgrounds itself, by the lock file under .astro/).
  const args = ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'];
  dev = spawn(process.execPath, args, {
    // As a person starts it: not in vitest's test mode (NODE_ENV=test, VITEST…), which astro dev would honour.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
      NODE_ENV: 'development',
      CONTENT_DIR: content,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (/ready in|Local\s+http/i.test(log)) resolve();
    };
    dev.stdout!.on('data', onData);
    dev.stderr!.on('data', onData);
    dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
  });
  await ready;
}, 120_000);

afterAll(() => {
  dev?.kill('SIGTERM');
  rmSync(join(content, '..'), { recursive: true, force: true });
});

describe('astro dev on a content directory', () => {
  it('serves the document, then an edited item title and an edited source sentence on reload', async () => {
    const before = await waitFor('/documents/', (html) => html.includes('关于开展示范试点工作的通知'));
    expect(before).not.toContain('（修订稿）');

    edit('items/2025-shiyan-tongzhi.yaml', 'title: 关于开展示范试点工作的通知', 'title: 关于开展示范试点工作的通知（修订稿）');
    await waitFor('/documents/', (html) => html.includes('关于开展示范试点工作的通知（修订稿）'));

    edit('sources/shiyan-tongzhi.txt', '——完善人员配备；', '——完善人员与经费配备；');
    await waitFor('/documents/2025-shiyan-tongzhi/m2/', (html) => html.includes('——完善人员与经费配备；'));
  }, 120_000);
});

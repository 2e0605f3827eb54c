// `npm start`: builds the site (scripts/build.ts, into dist/ or ASTRO_OUT_DIR) and serves it as a
// static host would (scripts/site/static-server.ts: a directory is its index.html, a missing
// address 404.html). `npm start -- --port 8080` serves on another port, `--host 0.0.0.0` on every
// interface; `--no-build` serves the last build as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './site/static-server.ts';

const USAGE = `npm start [-- --port <n>] [--host <address>] [--no-build]
  --port <n>        the port to serve on (default 4321)
  --host <address>  the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --no-build        serve the last build without building again`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

let options: { port: string; host: string; 'no-build': boolean; help: boolean };
try {
  options = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values as typeof options;
} catch (e) {
  fail((e as Error).message);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(options.port);
if (!/^\d+$/.test(options.port) || port < 1 || port > 65535) fail(`--port ${options.port} is no port number (1–65535)`);

const dir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
if (!options['no-build']) {
  // The build prints its own progress and, when it fails, why; dist/ is then left as it was.
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dir, 'index.html'))) fail(`${dir} holds no built site: run npm start without --no-build`);

try {
  const server = await startStaticServer(dir, { port, host: options.host });
  const shown =
    options.host === '0.0.0.0' || options.host === '::' ? server.url.replace(/\/\/[^:/]+|\/\/\[[^\]]+\]/, '//localhost') : server.url;
  console.log(`\nServing ${dir} at ${shown}/ (Ctrl-C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`Port ${port} is in use; choose another: npm start -- --port ${port + 1}`);
  if (code === 'EACCES') fail(`Port ${port} needs privileges this user does not have; choose one above 1023: npm start -- --port 8080`);
  throw e;
}

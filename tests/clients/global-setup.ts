// The site the client tests open: the project's content built once with a configured address
// (SITE_URL), so the tests also prove that every export carries that address and never the
// placeholder. CLIENTS_DIST names an existing build to test instead (its address read from it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** The address the client tests build with: no real site, and not the placeholder either. */
export const CLIENTS_SITE = 'https://clients.policy-reader.test';

export default function setup(project: TestProject) {
  const given = process.env.CLIENTS_DIST;
  if (given) {
    const dist = resolve(given);
    if (!existsSync(join(dist, 'data/corpus.json'))) throw new Error(`CLIENTS_DIST=${given} holds no built site (data/corpus.json)`);
    const site = String(JSON.parse(readFileSync(join(dist, 'data/corpus.json'), 'utf8')).site).replace(/\/$/, '');
    project.provide('clients', { dist, site });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'policy-reader-clients-'));
  const dist = join(dir, 'dist');
  // The build's own script, as npm run build runs it; its output only when it fails.
  try {
    execFileSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, SITE_URL: CLIENTS_SITE, ASTRO_OUT_DIR: dist },
      stdio: 'pipe',
      timeout: 600_000,
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the build for the client tests failed:\n${String(err.stdout ?? '').slice(-3000)}\n${String(err.stderr ?? '')}`, {
      cause: e,
    });
  }
  project.provide('clients', { dist, site: CLIENTS_SITE });
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    clients: { dist: string; site: string };
  }
}

// Every test run writes its temporary files (fixture content, sites, browser profiles) under one
// folder of its own, removed when the run ends: tests make thousands of them, and those whose
// test did not remove its own (or failed first) had piled up in the system's temporary folder.
// A vitest global setup: it runs in the main process before the workers start, and the workers
// and what they spawn inherit TMPDIR, which os.tmpdir() and Chromium read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const before = process.env['TMPDIR'];
  const root = mkdtempSync(join(tmpdir(), 'policy-reader-tests-'));
  process.env['TMPDIR'] = root;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(root, { recursive: true, force: true });
  };
}

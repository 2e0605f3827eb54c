// HTML validity: the Nu HTML Checker (vnu-jar, on the machine's Java) over every built page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { grouped } from './support/report.ts';

const SITE = 'dist';
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('HTML validity', () => {
  it('the Nu HTML Checker reports no error in any page', () => {
    // A canary page with one known error goes through the same run, proving the checker ran and reports.
    const canary = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><title>canary</title><p id="a">x</p><p id="a">y</p></html>\n');
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', `${SITE}/`, canary], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    });
    if (run.error) {
      throw new Error(
        `could not run Java for the HTML checker (${run.error.message}). Install it with: apt-get install -y default-jre-headless`,
      );
    }
    let messages: VnuMessage[];
    try {
      messages = (JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`the HTML checker failed (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
    }
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => {
        const path = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?');
        const file = path === canary ? 'canary' : relative(resolve(SITE), path);
        return `${file}:${m.lastLine ?? '?'}: ${m.message}`;
      });
    expect(errors.filter((e) => e.startsWith('canary:'))).toEqual([expect.stringContaining('Duplicate ID')]);
    expect(grouped(errors.filter((e) => !e.startsWith('canary:')))).toEqual([]);
  }, 300_000);
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOversized, oversizedFiles } from './bounds.ts';

describe('oversizedFiles', () => {
  it('names each page and file past its limit by URL, and nothing within it', () => {
    const site = mkdtempSync(join(tmpdir(), 'bounds-'));
    mkdirSync(join(site, 'documents', 'big'), { recursive: true });
    mkdirSync(join(site, 'data'));
    writeFileSync(join(site, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(site, 'documents', 'big', 'index.html'), 'x'.repeat(101));
    writeFileSync(join(site, 'data', 'corpus.json'), 'x'.repeat(1001));
    writeFileSync(join(site, 'data', 'small.json'), 'x'.repeat(1000));
    const found = oversizedFiles(site, { page: 100, file: 1000 });
    expect(found).toEqual([
      { url: '/data/corpus.json', bytes: 1001, limit: 1000 },
      { url: '/documents/big/', bytes: 101, limit: 100 },
    ]);
    expect(describeOversized(found).split('\n')).toEqual([
      '/data/corpus.json: 1001 bytes; the limit for a file is 1000',
      '/documents/big/: 101 bytes; the limit for a page is 100',
    ]);
  });
});

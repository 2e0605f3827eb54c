import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempContent {
  sources?: Record<string, string | Uint8Array>;
  items?: Record<string, string>;
  files?: Record<string, string>;
}

/** Writes a throwaway content/ directory and returns its path. */
export function tempContent({ sources = {}, items = {}, files = {} }: TempContent): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'items'));
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(dir, 'sources', name), text);
  for (const [name, text] of Object.entries(items)) writeFileSync(join(dir, 'items', name), text);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Minimal metadata for an opinion cut from `source`, beginning with `begins`. */
export function opinionMeta(source: string, begins: string, extra = ''): string {
  return [
    'id: test-doc',
    'kind: opinion',
    `source: ${source}`,
    `begins: ${begins}`,
    'title: 测试文件',
    'issuers: [测试机关]',
    'published: "2025-01-01"',
    'publisher: 测试',
    extra,
  ].join('\n');
}

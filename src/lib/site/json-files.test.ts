import { describe, expect, it } from 'vitest';
import { jsonFile, jsonFilePaths } from './json-files.ts';

describe('JSON file endpoints', () => {
  it('name each file by its path under the base and answer its data as JSON', async () => {
    const files = new Map<string, unknown>([
      ['/not-found/ids/ab12.json', { documents: ['a'] }],
      ['/not-found/items/x.json', { id: 'x' }],
    ]);
    expect(jsonFilePaths(files, '/not-found/')).toEqual([
      { params: { file: 'ids/ab12.json' }, props: { data: { documents: ['a'] } } },
      { params: { file: 'items/x.json' }, props: { data: { id: 'x' } } },
    ]);
    const response = jsonFile({ id: 'x' });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ id: 'x' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  directoryPage,
  newestFirst,
  OLDER_DIRECTORY,
  olderDirectoryPath,
  planShards,
  readDirectoryPage,
  RECENT_SHARDS,
  SHARD_UNITS,
  shardName,
  shardPath,
  splitDirectories,
} from './shards.ts';

describe('planShards', () => {
  it('cuts items oldest first into shards of whole items, each at most the limit', () => {
    const items = [
      { id: 'c', date: '2024-05-01', units: 40 },
      { id: 'a', date: '2019-01-01', units: 30 },
      { id: 'b', date: '2019-01-01', units: 50 },
      { id: 'd', date: undefined, units: 10 },
      { id: 'e', date: '2025-01-01', units: 60 },
    ];
    const shards = planShards(items, 100);
    expect(shards.map((s) => s.items)).toEqual([
      ['d', 'a', 'b'],
      ['c', 'e'],
    ]);
    expect(shards.map((s) => s.units)).toEqual([90, 100]);
    expect(shards.map((s) => s.name)).toEqual(['s00000', 's00001']);
    expect(shards.map((s) => s.from)).toEqual([undefined, '2024-05-01']);
  });

  it('gives an item larger than the limit a shard of its own, and leaves out items with no unit', () => {
    const shards = planShards(
      [
        { id: 'big', date: '2020-01-01', units: 250 },
        { id: 'small', date: '2021-01-01', units: 5 },
        { id: 'empty', date: '2022-01-01', units: 0 },
      ],
      100,
    );
    expect(shards.map((s) => [s.items, s.units])).toEqual([
      [['big'], 250],
      [['small'], 5],
    ]);
  });

  it('changes only the last shard when a newer document comes', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: `d${i}`,
      date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      units: 37,
    }));
    const before = planShards(items);
    const after = planShards([...items, { id: 'new', date: '2026-01-01', units: 37 }]);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.items.at(-1)).toBe('new');
    for (const s of after) expect(s.units).toBeLessThanOrEqual(SHARD_UNITS);
  });
});

describe('shard names', () => {
  it('sort as the shards do, newest first for a search', () => {
    const named = (n: number) => ({ name: shardName(n) });
    expect(newestFirst([named(2), named(10), named(0), named(10)]).map((s) => s.name)).toEqual(['s00010', 's00002', 's00000']);
    expect(readDirectoryPage(directoryPage({ name: 's00042', from: '2023-05-01' }))).toEqual({ name: 's00042', from: '2023-05-01' });
    expect(readDirectoryPage(directoryPage({ name: 's00000', from: undefined }))).toEqual({ name: 's00000', from: undefined });
    expect(readDirectoryPage('zh-cn_abc1234')).toBeUndefined();
    expect(shardPath('/pagefind/', 's00003')).toBe('/pagefind/shards/s00003/');
  });
});

describe('the two directories', () => {
  it('name the newest shards first and the older ones apart, by a page the first cannot take for a shard', () => {
    const shards = Array.from({ length: RECENT_SHARDS + 3 }, (_, i) => shardName(i));
    const { recent, older } = splitDirectories(shards);
    expect(recent).toEqual(shards.slice(3));
    expect(older).toEqual(shards.slice(0, 3));
    expect(splitDirectories(shards.slice(0, 2))).toEqual({ recent: shards.slice(0, 2), older: [] });
    expect(splitDirectories(shards, 1)).toEqual({ recent: shards.slice(-1), older: shards.slice(0, -1) });
    expect(readDirectoryPage(OLDER_DIRECTORY)).toBeUndefined();
    expect(olderDirectoryPath('/pagefind/')).toBe('/pagefind/older/');
  });
});

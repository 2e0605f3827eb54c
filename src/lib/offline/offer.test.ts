import { describe, expect, it } from 'vitest';
import { formatBytes, type OfflineSearchState, offerView, storeSize } from './offer.ts';

const build = { version: 'v2', files: 2462, bytes: 7_617_443, download: 4_177_846 };
const older = { version: 'v1', files: 2400, bytes: 7_000_000, download: 4_000_000 };
const state = (s: Partial<OfflineSearchState>): OfflineSearchState => ({ type: 'offline-search', ...s });

describe('formatBytes', () => {
  it('says MB to a tenth, and KB below a tenth of a MB', () => {
    expect(formatBytes(4_177_846)).toBe('4.0\u00a0MB');
    expect(formatBytes(7_617_443)).toBe('7.3\u00a0MB');
    expect(formatBytes(310 * 1024)).toBe('0.3\u00a0MB');
    expect(formatBytes(50 * 1024)).toBe('50\u00a0KB');
    expect(formatBytes(10)).toBe('1\u00a0KB');
  });
});

describe('offerView', () => {
  it('offers the store with its count and size before anything is stored', () => {
    const v = offerView(state({ build }));
    expect(v.store).toBe('离线保存全文检索（共 2,462 个文件，约 4.0\u00a0MB）');
    expect(v.storeEnabled).toBe(true);
    expect(v.remove).toBeUndefined();
    expect(v.status).toBe('');
    expect(v.facts).toBe('共 2,462 个文件，下载约 4.0\u00a0MB，在本机约占 7.3\u00a0MB。');
    expect(storeSize(build)).toBe('共 2,462 个文件，下载约 4.0\u00a0MB，在本机约占 7.3\u00a0MB');
  });

  it('shows progress while storing, and lets the reader cancel', () => {
    const v = offerView(state({ build, storing: { version: 'v2', done: 300, total: 2462 } }));
    expect(v.store).toBeUndefined();
    expect(v.progress).toEqual({ done: 300, total: 2462, text: '已保存 300 / 2,462 个文件' });
    expect(v.status).toBe('正在保存全文检索……');
    expect(v.remove).toBe('取消保存');
    expect(offerView(state({ build, stored: older, storing: { version: 'v2', done: 1, total: 2 } })).status).toContain('更新为本站的新版');
  });

  it('says a store of this build is saved, online or off, and offers to remove it', () => {
    const v = offerView(state({ build, stored: build }));
    expect(v.status).toBe('已保存本版全文检索：断网时也能搜索。');
    expect(v.store).toBeUndefined();
    expect(v.remove).toBe('删除离线检索');
    const off = offerView(state({ stored: older }));
    expect(off.status).toBe('已保存全文检索：断网时也能搜索。');
    expect(off.facts).toBe('共 2,400 个文件，下载约 3.8\u00a0MB，在本机约占 6.7\u00a0MB。');
  });

  it('offers to update a store of an older build', () => {
    const v = offerView(state({ build, stored: older }));
    expect(v.store).toBe('更新离线检索（共 2,462 个文件，约 4.0\u00a0MB）');
    expect(v.remove).toBe('删除离线检索');
    expect(v.status).toContain('旧版');
  });

  it('says why a store stopped and how far it got, and offers to resume or remove the part', () => {
    const v = offerView(state({ build, failed: 'network', partial: { version: 'v2', done: 800 } }));
    expect(v.status).toBe('保存未完成：下载中断；已保存 800 / 2,462 个文件。');
    expect(v.store).toBe('继续保存（共 2,462 个文件，约 4.0\u00a0MB）');
    expect(v.remove).toBe('删除已保存的部分');
    expect(offerView(state({ build, failed: 'quota' })).status).toBe('保存未完成：本浏览器可用的存储空间不足。');
    expect(offerView(state({ build, failed: 'quota' })).remove).toBeUndefined();
    expect(offerView(state({ build, partial: { version: 'v2', done: 5, total: 2462 } })).status).toBe(
      '上次保存未完成：已保存 5 / 2,462 个文件。',
    );
  });

  it('cannot store offline, and says so', () => {
    const v = offerView(state({}));
    expect(v.storeEnabled).toBe(false);
    expect(v.facts).toBe('离线中：联网时才能保存全文检索。');
  });

  it('confirms a removal', () => {
    expect(offerView(state({ build }), true).status).toBe('已删除离线检索。');
  });
});

// Content test: the three documents of other shapes added with `npm run ingest` (issue 12) parse
// into the structure their texts print: the 十五五 proposal (建议) into 15 parts, measures （1）…（61）
// and a closing; the 2025 regulation (条例) into 11 chapters and 63 articles; the explanation (说明)
// into its 3 sections, the third of them holding the numbered points 第一，关于… (p3-pt1…).
import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../../src/lib/corpus.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const { corpus } = siteModel(PROJECT_CONTENT);

function doc(id: string): DocumentEntry {
  const entry = corpus.byId(id);
  if (entry?.kind !== 'document') throw new Error(`${id} is not a document of the corpus`);
  return entry;
}

describe('the documents of other shapes', () => {
  it('reads the proposal as 15 parts, 61 measures numbered continuously and a closing', () => {
    const d = doc('2025-shiwuwu-jianyi');
    expect(d.meta.kind).toBe('proposal');
    expect(d.outline.parts).toHaveLength(15);
    expect(d.outline.parts.every((p) => p.kind === undefined && p.measures.length > 0)).toBe(true);
    expect(d.measures.map((m) => m.id)).toEqual(Array.from({ length: 61 }, (_, i) => `m${i + 1}`));
    expect(d.outline.closing?.length).toBeGreaterThan(0);
    expect(d.outline.closing![0]!.id).toBe('closing-s1');
  });

  it('reads the regulation as 11 chapters and 63 articles', () => {
    const d = doc('2025-lixing-jieyue-tiaoli');
    expect(d.meta.kind).toBe('regulation');
    expect(d.outline.parts.map((p) => p.id)).toEqual(Array.from({ length: 11 }, (_, i) => `ch${i + 1}`));
    expect(d.outline.parts.every((p) => p.kind === 'chapter')).toBe(true);
    expect(d.measures.map((m) => m.id)).toEqual(Array.from({ length: 63 }, (_, i) => `art${i + 1}`));
    expect(d.measures.every((m) => m.kind === 'article')).toBe(true);
    expect(d.outline.closing).toBeUndefined();
  });

  it('reads the explanation as 3 sections, the third holding its numbered points', () => {
    const d = doc('2025-shiwuwu-jianyi-shuoming');
    expect(d.meta.kind).toBe('explanation');
    expect(d.outline.parts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(d.outline.parts[0]!.measures).toEqual([]);
    expect(d.outline.parts[1]!.measures).toEqual([]);
    expect(d.outline.parts[2]!.measures.map((m) => m.id)).toEqual(Array.from({ length: 7 }, (_, i) => `p3-pt${i + 1}`));
    expect(d.measures.every((m) => m.kind === 'point')).toBe(true);
  });
});

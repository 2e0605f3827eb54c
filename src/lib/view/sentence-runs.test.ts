import { describe, expect, it } from 'vitest';
import { type Annotation, sentenceRuns, withoutNestedLinks } from './sentence-runs.ts';

const a = (kind: Annotation['kind'], start: number, end: number, ref: string, href?: string): Annotation =>
  href ? { kind, start, end, ref, href } : { kind, start, end, ref };

describe('sentenceRuns', () => {
  it('returns the whole sentence as one run without annotations', () => {
    expect(sentenceRuns('甲乙丙。', [])).toEqual([{ text: '甲乙丙。', on: [], ending: [] }]);
  });

  it('cuts at every boundary of overlapping annotations and keeps the text whole', () => {
    const text = '支持中央企业和工会合作。';
    const actor = a('actor', 2, 6, 'central-soe');
    const term = a('term', 4, 6, 'qiye');
    const runs = sentenceRuns(text, [actor, term]);
    expect(runs.map((r) => r.text)).toEqual(['支持', '中央', '企业', '和工会合作。']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs[2]!.on).toEqual([actor, term]);
    expect(runs[2]!.ending).toEqual([actor, term]);
    expect(runs[1]!.ending).toEqual([]);
  });

  it('ignores annotations outside the text or empty', () => {
    expect(sentenceRuns('甲乙', [a('note', 1, 5, 'x'), a('note', 1, 1, 'y')])).toHaveLength(1);
  });
});

describe('withoutNestedLinks', () => {
  it('keeps the first link of overlapping ones', () => {
    const out = withoutNestedLinks([a('term', 0, 4, 't1', '/t1/'), a('term', 2, 6, 't2', '/t2/'), a('term', 6, 8, 't3', '/t3/')]);
    expect(out.map((x) => x.href)).toEqual(['/t1/', undefined, '/t3/']);
  });
});

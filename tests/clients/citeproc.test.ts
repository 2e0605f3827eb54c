// Every item of the built site cited as the cite panel cites it (its /data/cite/<item>.json and the
// panel's own code), rendered by citeproc-js in the official GB/T 7714-2015 styles and APA 7: the
// numeric style prints exactly the panel's GB/T 7714 form, every document is an electronic
// resource [EB/OL] (never [A/OL] archive, [Z/OL] other, [S] standard), and APA names its authors.
// The two documents the issue showed broken are pinned in all three styles.
import { describe, expect, it } from 'vitest';
import { type CiteContext, citationFor } from '../../src/lib/cite/context.ts';
import { render } from '../support/citeproc.ts';
import { SITE, files, read } from './support.ts';

const ACCESSED = '2026-12-01';
const contexts: CiteContext[] = files('data/cite', '.json').map((p) => JSON.parse(read(p)));

/** The item, and one sentence of it, as the panel offers them. */
function citations(ctx: CiteContext) {
  const first = ctx.kind === 'news' ? ctx.sentences[0] : ctx.units.flatMap((u) => u.sentences)[0];
  return [citationFor(ctx, { kind: 'item' }, ACCESSED), ...(first ? [citationFor(ctx, { kind: 'sentence', id: first.id }, ACCESSED)] : [])];
}

describe('citeproc-js renders every item of the site as the cite panel does', () => {
  it('reads the cite context of every document and news item', () => {
    expect(contexts.length).toBeGreaterThan(0);
    expect(contexts.every((c) => c.site === `${SITE}/` || c.site === SITE)).toBe(true);
  });

  it.each(contexts.map((c) => [c.id, c] as const))('%s', (_, ctx) => {
    for (const c of citations(ctx)) {
      const numeric = render(c.csl, 'gbt-numeric');
      expect(numeric.bibliography).toBe(`[1] ${c.gbt7714}`);
      expect(c.gbt7714).toMatch(/\[EB\/OL\]\. /);
      expect(render(c.csl, 'gbt-author-date').bibliography).toContain('[EB/OL]. ');
      const apa = render(c.csl, 'apa').bibliography;
      for (const a of c.csl.author) expect(apa).toContain(a.literal);
      expect(apa).not.toMatch(/§| No\. /);
      expect(apa).toContain(c.csl.URL);
    }
  });
});

describe('the documents the issue showed, pinned', () => {
  const cite = (id: string) =>
    citationFor(
      contexts.find((c) => c.id === id)!,
      { kind: 'item' },
      ACCESSED,
    );

  it('the 2022 意见 with its 文号: [EB/OL], not [A/OL]; APA with its authors', () => {
    const c = cite('2022-gaojineng-rencai');
    const url = `${SITE}/documents/2022-gaojineng-rencai/`;
    const title = '中共中央办公厅 国务院办公厅关于加强新时代高技能人才队伍建设的意见';
    expect(c.gbt7714).toBe(`中共中央办公厅, 国务院办公厅. ${title}: 中办发〔2022〕58号[EB/OL]. (2022-10-07)[2026-12-01]. ${url}.`);
    expect(render(c.csl, 'gbt-numeric')).toEqual({ bibliography: `[1] ${c.gbt7714}`, citation: '[1]' });
    expect(render(c.csl, 'gbt-author-date')).toEqual({
      bibliography: `中共中央办公厅, 国务院办公厅, 2022. ${title}: 中办发〔2022〕58号[EB/OL]. (2022-10-07)[2026-12-01]. ${url}.`,
      citation: '(中共中央办公厅等, 2022)',
    });
    expect(render(c.csl, 'apa')).toEqual({
      bibliography: `中共中央办公厅 & 国务院办公厅. (2022, October 7). ${title} (意见 中办发〔2022〕58号). 新华社. ${url}`,
      citation: '(中共中央办公厅 & 国务院办公厅, 2022)',
    });
  });

  it('the 说明 by its speaker: [EB/OL], not [Z/OL]', () => {
    const c = cite('2025-shiwuwu-jianyi-shuoming');
    const url = `${SITE}/documents/2025-shiwuwu-jianyi-shuoming/`;
    const title = '关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明';
    expect(c.gbt7714).toBe(`习近平. ${title}[EB/OL]. (2025-10-29)[2026-12-01]. ${url}.`);
    expect(render(c.csl, 'gbt-numeric')).toEqual({ bibliography: `[1] ${c.gbt7714}`, citation: '[1]' });
    expect(render(c.csl, 'gbt-author-date')).toEqual({
      bibliography: `习近平, 2025. ${title}[EB/OL]. (2025-10-29)[2026-12-01]. ${url}.`,
      citation: '(习近平, 2025)',
    });
    expect(render(c.csl, 'apa')).toEqual({
      bibliography: `习近平. (2025, October 29). ${title} [说明]. 新华社. ${url}`,
      citation: '(习近平, 2025)',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { citeDocument, citeDocumentSentence, citeMeasure, citeNews, citePart } from './cite.ts';
import { type CiteContext, citationFor, citeContext, citeScopes, localDay, targetOf } from './context.ts';

const { corpus } = siteModel(FIXTURE_CORPUS);
const site = 'https://example.org';
const accessed = '2026-11-24';
const opts = { site, accessed };
/** The context as the browser receives it: through JSON. */
const overTheWire = (ctx: CiteContext): CiteContext => JSON.parse(JSON.stringify(ctx));
const dated = corpus.byId('2024-jineng-tisheng') as DocumentEntry;

describe('citation context round trip', () => {
  it.each(corpus.documents.map((d) => [d.id, d] as const))('formats every unit of %s exactly as the build does', (_, doc) => {
    const ctx = overTheWire(citeContext(doc, site));
    expect(citationFor(ctx, { kind: 'item' }, accessed)).toEqual(citeDocument(doc, opts));
    for (const m of doc.measures) expect(citationFor(ctx, { kind: 'measure', id: m.id }, accessed)).toEqual(citeMeasure(doc, m.id, opts));
    for (const p of doc.outline.parts) expect(citationFor(ctx, { kind: 'part', id: p.id }, accessed)).toEqual(citePart(doc, p.id, opts));
    for (const s of doc.sentences)
      expect(citationFor(ctx, { kind: 'sentence', id: s.id }, accessed)).toEqual(citeDocumentSentence(doc, s.id, opts));
  });

  it.each(corpus.news.map((n) => [n.id, n] as const))(
    'formats %s and each of its sentences exactly as the build does',
    (_, news: NewsEntry) => {
      const ctx = overTheWire(citeContext(news, site));
      expect(citationFor(ctx, { kind: 'item' }, accessed)).toEqual(citeNews(news, opts));
      for (const s of news.sentences)
        expect(citationFor(ctx, { kind: 'sentence', id: s.id }, accessed)).toEqual(citeNews(news, opts, s.id));
    },
  );

  it('carries only what citing reads: no source spans, lines or paragraph numbers', () => {
    const json = JSON.stringify(citeContext(dated, site));
    // A unit's printed label is read (第十条之一, 附件1 are cited by it); its heading and lead are not.
    expect(json).not.toMatch(/"(span|line|paragraph|lead|heading|summary|source|begins)"/);
    expect(JSON.parse(json).meta).toEqual({
      kind: 'opinion',
      title: '某某部 某某总工会关于提升产业工人技能水平的意见',
      shortTitle: '《技能意见》',
      issuers: ['某某部', '某某总工会'],
      date: '2024-05-10',
      published: '2024-05-12',
      publisher: '新华社',
    });
  });

  it('uses the access date it is given', () => {
    const ctx = overTheWire(citeContext(dated, site));
    expect(citationFor(ctx, { kind: 'measure', id: 'm4' }, '2031-01-05').gbt7714).toContain('(2024-05-12)[2031-01-05]');
  });

  it('refuses a measure or part of a news item', () => {
    expect(corpus.news[0]!.meta.kind).toBe('photo');
    const ctx = overTheWire(citeContext(corpus.news[0]!, site));
    expect(() => citationFor(ctx, { kind: 'measure', id: 'm1' }, accessed)).toThrow(/no measure m1/);
  });
});

describe('targetOf and citeScopes', () => {
  const ctx = overTheWire(citeContext(dated, site));

  it('reads ids from the page as the item, a part, a measure or a sentence', () => {
    expect(targetOf(ctx, '')).toEqual({ kind: 'item' });
    expect(targetOf(ctx, 'p1')).toEqual({ kind: 'part', id: 'p1' });
    expect(targetOf(ctx, 'm4')).toEqual({ kind: 'measure', id: 'm4' });
    expect(targetOf(ctx, 'm4-s2')).toEqual({ kind: 'sentence', id: 'm4-s2' });
    expect(() => targetOf(ctx, 'm99')).toThrow(/nothing with id "m99"/);
  });

  it('offers a sentence, its measure or part, and the whole document, narrowest first', () => {
    const labels = (id: string) => citeScopes(ctx, targetOf(ctx, id)).map((s) => s.label);
    expect(labels('m4-s2')).toEqual(['本句', '第（四）条', '全文']);
    expect(citeScopes(ctx, targetOf(ctx, 'm4-s2'))[1]!.target).toEqual({ kind: 'measure', id: 'm4' });
    expect(labels('p1-s1')).toEqual(['本句', '第一部分', '全文']);
    expect(labels('m4')).toEqual(['第（四）条', '全文']);
    expect(labels('')).toEqual(['全文']);
  });

  it('offers a news sentence and the whole item', () => {
    const news = overTheWire(citeContext(corpus.byId('2024-ndrc-equipment-renewal') as NewsEntry, site));
    expect(citeScopes(news, targetOf(news, 's1')).map((s) => s.label)).toEqual(['本句', '全文']);
  });
});

describe('localDay', () => {
  it('writes the local calendar day, even where UTC is already on the next day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

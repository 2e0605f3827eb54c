// Citations of a regulation's articles, from the shape fixture tests/fixtures/shapes/regulation:
// 《条例》第三条, 第二条第二款, 第三条第一款第（二）项; the same from the build's corpus entry and
// from the context the browser fetches.
import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { buildCorpus, type DocumentEntry } from '../corpus.ts';
import { citeDocumentSentence, citeMeasure, citePart } from './cite.ts';
import { citableDocument, citeContext, type DocumentCiteContext } from './context.ts';

const doc = buildCorpus(readItems('tests/fixtures/shapes/regulation')).documents[0] as DocumentEntry;
const opts = { site: 'https://example.org', accessed: '2025-05-01' };
const fromContext = citableDocument(citeContext(doc, opts.site) as DocumentCiteContext);

describe.each([
  ['the corpus entry', doc],
  ['the browser context', fromContext],
])('citing an article from %s', (_name, citable) => {
  it('names the article, its paragraph (款) and its item (项)', () => {
    expect(citeMeasure(citable, 'art3', opts).short).toBe('《条例》第三条');
    expect(citeDocumentSentence(citable, 'art1-s1', opts).short).toBe('《条例》第一条');
    expect(citeDocumentSentence(citable, 'art2-s2', opts).short).toBe('《条例》第二条第二款');
    expect(citeDocumentSentence(citable, 'art3-s3', opts).short).toBe('《条例》第三条第一款第（二）项');
    expect(citeDocumentSentence(citable, 'art3-s5', opts).full).toBe('《某某管理条例》第三条第二款');
    expect(citePart(citable, 'ch2', opts).short).toBe('《条例》第二章');
  });

  it('links the article page at the sentence', () => {
    expect(citeDocumentSentence(citable, 'art2-s2', opts).permalink).toBe(
      'https://example.org/documents/2025-mouguan-tiaoli/art2/#art2-s2',
    );
  });
});

const measures = buildCorpus(readItems('tests/fixtures/shapes/measures')).documents[0] as DocumentEntry;

describe.each([
  ['the corpus entry', measures],
  ['the browser context', citableDocument(citeContext(measures, opts.site) as DocumentCiteContext)],
])('citing a 办法 without chapters from %s', (_name, citable) => {
  it('names the article alone, an inserted article, and a sub-item (目) of an item', () => {
    expect(citeMeasure(citable, 'art2', opts).short).toBe('《办法》第二条');
    expect(citeDocumentSentence(citable, 'art2-s3', opts).short).toBe('《办法》第二条第（二）项');
    expect(citeDocumentSentence(citable, 'art2-s5', opts).short).toBe('《办法》第二条第（二）项第2目');
    expect(citeDocumentSentence(citable, 'art3-s2', opts).short).toBe('《办法》第三条第二款');
    expect(citeMeasure(citable, 'art3-1', opts).full).toBe('《某某登记管理办法》第三条之一');
  });
});

const two = buildCorpus(readItems('tests/fixtures/shapes/notice-issuing-two')).documents[0] as DocumentEntry;

describe.each([
  ['the corpus entry', two],
  ['the browser context', citableDocument(citeContext(two, opts.site) as DocumentCiteContext)],
])('citing the documents a notice issues, from %s', (_name, citable) => {
  it('cites each document’s units under its own title, the notice’s text under the notice’s', () => {
    expect(citeMeasure(citable, 'm2', opts).short).toBe('《某某甲规定》第（二）条');
    expect(citeMeasure(citable, 'd2-m1', opts).short).toBe('《某某乙规定》第（一）条');
    expect(citeMeasure(citable, 'd2-m1', opts).full).toBe('《某某乙规定》一（一）');
    expect(citePart(citable, 'd2-p1', opts).short).toBe('《某某乙规定》第一部分');
    const preamble = citeDocumentSentence(citable, 'd2-preamble-s1', opts);
    expect(preamble.short).toBe('《某某乙规定》前言');
    expect(preamble.permalink).toBe('https://example.org/documents/2025-mousheng-liangge-guiding/#d2-preamble-s1');
    expect(citeDocumentSentence(citable, 'notice-s1', opts).short).toBe('《通知》通知正文');
  });
});

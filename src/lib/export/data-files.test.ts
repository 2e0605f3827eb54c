import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { itemDate } from '../schema/item-date.ts';
import {
  DATA_DOCUMENTS_LISTED,
  aknExamples,
  dataFiles,
  documentFiles,
  listedDataFiles,
  listedDocumentFiles,
  permalinkExample,
} from './data-files.ts';

const model = siteModel(PROJECT_CONTENT);
const documents = model.corpus.documents;

describe('the files /data/ offers', () => {
  it('are read off the model: every document’s Akoma Ntoso XML and REFI-QDA project, whatever its kind', () => {
    const paths = dataFiles(model.corpus).map((f) => f.path);
    expect(new Set(documents.map((d) => d.meta.kind)).size).toBeGreaterThan(1);
    for (const d of documents) {
      expect(paths).toContain(`/data/${d.id}.akn.xml`);
      expect(paths).toContain(`/data/${d.id}.qdpx`);
    }
    expect(paths.filter((p) => p.endsWith('.akn.xml'))).toHaveLength(documents.length);
    expect(new Set(paths).size).toBe(paths.length);
    expect(documentFiles(model.corpus).map((f) => f.doc.id)).toEqual(documents.map((d) => d.id));
  });

  it('explain a document’s XML numbers by places a reader knows: its preamble, a part, its last measure or article', () => {
    // The 2024 opinion prints its numbers in half-width brackets; the label is as printed.
    const opinion = documents.find((d) => d.id === '2024-chanye-gongren')!;
    expect(aknExamples(opinion)).toEqual([
      { label: '前言', id: 'preamble', eId: 'preamble' },
      { label: '一、总体要求', id: 'p1', eId: 'chp_1' },
      { label: '(二十七)', id: 'm27', eId: 'chp_9__para_27' },
    ]);
    const regulation = documents.find((d) => d.meta.kind === 'regulation')!;
    expect(aknExamples(regulation).at(-1)).toMatchObject({ label: '第六十三条', id: 'art63' });
  });

  it('show one sentence’s id in the data beside its address on the site', () => {
    const example = permalinkExample(model.corpus)!;
    const [doc, sentence] = example.key.split('#');
    expect(example.url).toMatch(new RegExp(`^/documents/${doc}/[^/]+/#${sentence}$`));
  });
});

describe('the documents /data/ lists by name', () => {
  it('are the newest DATA_DOCUMENTS_LISTED, the rest counted, so the page does not grow with the collection', () => {
    const { listed, total, more } = listedDocumentFiles(model.corpus);
    expect(total).toBe(documents.length);
    expect(listed).toHaveLength(Math.min(DATA_DOCUMENTS_LISTED, documents.length));
    expect(more).toBe(total - listed.length);
    const days = listed.map((d) => itemDate(d.doc.meta) ?? '');
    expect(days).toEqual([...days].sort().reverse());
    const newest = documents
      .map((d) => itemDate(d.meta) ?? '')
      .sort()
      .at(-1);
    expect(days[0]).toBe(newest);
  });

  it('and their files with the corpus-wide ones are what the Dataset JSON-LD names', () => {
    const paths = listedDataFiles(model.corpus).map((f) => f.path);
    expect(paths).toContain('/data/corpus.json');
    expect(paths).toContain('/data/targets.csv');
    expect(paths.filter((p) => p.endsWith('.akn.xml'))).toHaveLength(Math.min(DATA_DOCUMENTS_LISTED, documents.length));
    expect(paths.filter((p) => p.endsWith('.qdpx') && p !== '/data/corpus.qdpx')).toHaveLength(
      Math.min(DATA_DOCUMENTS_LISTED, documents.length),
    );
  });
});

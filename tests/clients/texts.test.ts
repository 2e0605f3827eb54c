// The same text everywhere: for every document, /data/corpus.json (validated by ajv against its
// published schema), its Akoma Ntoso file (validated by xmllint against the OASIS schema), its
// REFI-QDA project's source text and its page hold the same sentences, in the same order, so
// their counts agree; and the Akoma Ntoso references name each body the same way in every file.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { decodeXML } from 'entities';
import { describe, expect, it } from 'vitest';
import { readQdpx } from '../support/refi-qda.ts';
import { AKOMA_NTOSO_XSD, xsdProblemsOfAll } from '../support/xsd.ts';
import { type CorpusDoc, SITE, corpus, printedSentences, read, readBytes } from './support.ts';

/** How many of the sentences stand in `text` one after another, in order (all of them when it holds the whole text). */
function inOrder(text: string, sentences: readonly string[]): number {
  let at = 0;
  let n = 0;
  for (const s of sentences) {
    const found = text.indexOf(s, at);
    if (found < 0) break;
    at = found + s.length;
    n++;
  }
  return n;
}

const sentencesOf = (d: CorpusDoc) => printedSentences(d).map((s) => s.text);
const akn = new Map(corpus.documents.map((d) => [d.id, read(`data/${d.id}.akn.xml`)]));
/** The text an Akoma Ntoso file holds, its markup and metadata left out. */
const aknText = (xml: string) => decodeXML(xml.replace(/<meta>[\s\S]*<\/meta>/, '').replace(/<[^>]+>/g, ''));

describe('/data/corpus.json', () => {
  it('validates against /data/corpus.schema.json with ajv, and names the configured address', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('data/corpus.schema.json')));
    expect(validate(corpus), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(corpus.site).toBe(`${SITE}/`);
  });
});

describe('every Akoma Ntoso file', () => {
  it('validates against the OASIS Akoma Ntoso 3.0 schema (xmllint)', () => {
    expect(
      xsdProblemsOfAll(
        [...akn].map(([id, xml]) => ({ name: `${id}.akn.xml`, xml })),
        AKOMA_NTOSO_XSD,
      ),
    ).toBe('');
  });

  it('refers to each body by one href in every file, none by its position, and to a speaker as a person', () => {
    const hrefOf = new Map<string, Set<string>>();
    for (const [id, xml] of akn) {
      expect(xml, id).not.toMatch(/issuer-\d|\/cn\/publisher"/);
      for (const m of xml.matchAll(/<(TLC\w+) eId="[^"]+" href="([^"]+)" showAs="([^"]+)"/g)) {
        const key = `${m[1]} ${m[3]}`;
        if (!hrefOf.has(key)) hrefOf.set(key, new Set());
        hrefOf.get(key)!.add(m[2]!);
      }
      const doc = corpus.documents.find((d) => d.id === id)!;
      if (doc.kind === 'explanation' || doc.kind === 'speech')
        for (const name of doc.issuers ?? [])
          expect(xml).toMatch(new RegExp(`<TLCPerson eId="[^"]+" href="/ontology/person/cn/[^"]+" showAs="${name}"/>`));
      // A law or regulation is an act; every other kind a doc named by its kind.
      expect(xml).toMatch(new RegExp(`<(act|doc) name="${doc.kind}">`));
    }
    // (One href may have several names: the registry knows 中共中央 and 中国共产党第二十届中央委员会 as one body.)
    for (const [body, hrefs] of hrefOf) expect([...hrefs], body).toHaveLength(1);
  });
});

describe('the same sentences in corpus.json, Akoma Ntoso, the REFI-QDA source and the page', () => {
  it.each(corpus.documents.map((d) => [d.id, d] as const))('%s', (id, doc) => {
    const sentences = sentencesOf(doc);
    const page = read(`${new URL(doc.url).pathname.slice(1)}index.html`);
    const onPage = [...page.matchAll(/<span class="s" id="([^"]+)"/g)].map((m) => m[1]!);
    const project = readQdpx(readBytes(`data/${id}.qdpx`));
    expect(project.sources).toHaveLength(1);
    const counts = {
      corpusJson: sentences.length,
      akomaNtoso: inOrder(aknText(akn.get(id)!), sentences),
      qdpx: inOrder(project.sources[0]!.text, sentences),
      page: new Set(onPage).size,
    };
    expect(counts).toEqual({ corpusJson: sentences.length, akomaNtoso: sentences.length, qdpx: sentences.length, page: sentences.length });
    // The page's sentence ids are corpus.json's, in the order printed.
    expect([...new Set(onPage)]).toEqual(printedSentences(doc).map((s) => s.id));
  });
});

// The pages' JSON-LD as a structured-data reader takes it: the Dataset of /data/ says who made it
// and under what terms and names the corpus-wide files and the newest documents' own (a bounded
// number, so the page does not grow with the collection); every measure, article and point page that is Legislation carries its jurisdiction, and
// its identifier is its own across the corpus (document and clause, not 第（一）条 alone).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DOCUMENTS_LISTED } from '../../src/lib/export/data-files.ts';
import { DIST, SITE, corpus, read } from './support.ts';

const blocks = (html: string): any[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

describe('JSON-LD', () => {
  it('the Dataset has a licence and a creator, and offers the whole corpus and the newest documents’ own files', () => {
    const page = read('data/index.html');
    const dataset = blocks(page).find((b) => b['@type'] === 'Dataset');
    expect(dataset.license).toMatchObject({ '@type': 'CreativeWork' });
    expect(dataset.license.name).toContain('著作权法》第五条');
    expect(dataset.creator).toEqual({ '@type': 'Organization', name: '政策文件阅读器', url: `${SITE}/` });
    const urls = new Set<string>(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl));
    // The whole collection in one file of each format, whatever its size.
    for (const f of ['corpus.json', 'corpus.qdpx', 'measures.csv', 'codings.csv']) expect(urls.has(`${SITE}/data/${f}`), f).toBe(true);
    // Every file the Dataset names is one the site has, and one the page links.
    for (const url of urls) {
      const path = url.slice(SITE.length + 1);
      expect(existsSync(join(DIST, path)), path).toBe(true);
      expect(page, path).toContain(`href="/${path}"`);
    }
    // Each document's own files: listed by name (the newest, a bounded number), or at the address
    // the page gives by rule (/data/<编号>.akn.xml, .qdpx) and linked from the document's own page.
    const listed = corpus.documents.filter((d) => urls.has(`${SITE}/data/${d.id}.akn.xml`));
    expect(listed.length).toBe(Math.min(corpus.documents.length, DATA_DOCUMENTS_LISTED));
    for (const d of listed) expect(urls.has(`${SITE}/data/${d.id}.qdpx`), d.id).toBe(true);
    if (listed.length < corpus.documents.length) expect(page).toContain('/data/&lt;编号&gt;.akn.xml');
    for (const d of corpus.documents) {
      expect(existsSync(join(DIST, `data/${d.id}.akn.xml`)), d.id).toBe(true);
      expect(existsSync(join(DIST, `data/${d.id}.qdpx`)), d.id).toBe(true);
      expect(read(`${new URL(d.url).pathname.slice(1)}index.html`), d.id).toContain(`href="/data/${d.id}.akn.xml"`);
    }
  });

  it('every measure page that is Legislation has its jurisdiction and an identifier no other page has', () => {
    const ids = new Map<string, string>();
    let legislation = 0;
    for (const d of corpus.documents) {
      for (const u of d.units.filter((x) => ['measure', 'article', 'point'].includes(x.kind))) {
        const path = `${new URL(d.url).pathname.slice(1)}${u.id}/index.html`;
        const ld = blocks(read(path)).find((b) => b.isPartOf && (b['@type'] === 'Legislation' || b['@type'] === 'CreativeWork'));
        expect(ld, path).toBeDefined();
        const id = ld['@type'] === 'Legislation' ? ld.legislationIdentifier : ld.identifier;
        if (ld['@type'] === 'Legislation') {
          legislation++;
          expect(ld.legislationJurisdiction, path).toBe('CN');
        }
        expect(ids.get(id) ?? path, `${id} on ${path} and ${ids.get(id)}`).toBe(path);
        ids.set(id, path);
      }
    }
    expect(legislation).toBeGreaterThan(0);
  });
});

// The pages' JSON-LD as a structured-data reader takes it: the Dataset of /data/ says who made it
// and under what terms and lists every file /data/ offers (every document's Akoma Ntoso file among
// them); every measure, article and point page that is Legislation carries its jurisdiction, and
// its identifier is its own across the corpus (document and clause, not 第（一）条 alone).
import { describe, expect, it } from 'vitest';
import { SITE, corpus, read } from './support.ts';

const blocks = (html: string): any[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

describe('JSON-LD', () => {
  it('the Dataset has a licence and a creator, and offers every document’s Akoma Ntoso file and project', () => {
    const dataset = blocks(read('data/index.html')).find((b) => b['@type'] === 'Dataset');
    expect(dataset.license).toMatchObject({ '@type': 'CreativeWork' });
    expect(dataset.license.name).toContain('著作权法》第五条');
    expect(dataset.creator).toEqual({ '@type': 'Organization', name: '政策文件阅读器', url: `${SITE}/` });
    const urls = new Set(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl));
    for (const d of corpus.documents) {
      expect(urls.has(`${SITE}/data/${d.id}.akn.xml`), d.id).toBe(true);
      expect(urls.has(`${SITE}/data/${d.id}.qdpx`), d.id).toBe(true);
    }
    const page = read('data/index.html');
    for (const d of corpus.documents) expect(page, d.id).toContain(`href="/data/${d.id}.akn.xml"`);
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

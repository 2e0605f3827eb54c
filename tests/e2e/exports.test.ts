import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv.ts';
import { MEASURE_CSV_COLUMNS } from '../../src/lib/export/measures-csv.ts';
import { CODINGS_COLUMNS } from '../../src/lib/export/codings-csv.ts';
import { guid } from '../../src/lib/export/guid.ts';
import { DATA_DOCUMENTS_LISTED } from '../../src/lib/export/data-files.ts';
import { readQdpx, xsdProblems } from '../support/refi-qda.ts';

// The built files, as a visitor downloads them from /data/.
const DIST = 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const corpus = JSON.parse(read('data/corpus.json'));
const schema = JSON.parse(read('data/corpus.schema.json'));
type Doc = {
  id: string;
  url: string;
  units: Array<{ id: string; kind: string; parent: string | null; part: string | null; sentences: Array<{ id: string; text: string }> }>;
};
const docs: Doc[] = corpus.documents;
/** Units with a page of their own: measures, articles, points. */
const numbered = (d: Doc) => d.units.filter((u) => ['measure', 'article', 'point'].includes(u.kind));

describe('/data/corpus.json', () => {
  it('validates against the published /data/corpus.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(corpus), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(schema.$id).toBe(`${corpus.site.replace(/\/$/, '')}/data/corpus.schema.json`);
  });

  it('carries terms, actors and editorial notes besides the texts', () => {
    expect(corpus.terms.length).toBeGreaterThan(0);
    expect(corpus.actors.length).toBeGreaterThan(0);
    expect(corpus.notes.length).toBeGreaterThan(0);
    for (const n of corpus.notes) {
      expect(n).not.toHaveProperty('fieldLines');
      expect(n.url).toMatch(new RegExp(`^${corpus.site}.+#${n.sentence}$`));
    }
  });
});

describe('/data/measures.csv', () => {
  it('has the header and one row per measure of the corpus JSON', () => {
    const csv = read('data/measures.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(MEASURE_CSV_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    const measures = docs.flatMap((d) => numbered(d).map((m) => `${d.id},${m.id},`));
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(',') + ',')).toEqual(measures);
  });
});

describe('/data/<doc>.akn.xml', () => {
  it.each(docs.map((d) => [d.id, d] as const))('%s is well-formed Akoma Ntoso with one eId per part and measure', (id, doc) => {
    const xml = read(`data/${id}.akn.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const tree = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(xml);
    expect(tree.akomaNtoso['@_xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const eIds = [...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(eIds).size).toBe(eIds.length);
    const last = (e: string) => e.split('__').at(-1)!;
    // A part or chapter is chp_N, under whatever holds it (a book, an issued document's container).
    const chapters = eIds.filter((e) => /^chp_\d+(?:-\d+)?$/.test(last(e)));
    // A measure or point is …para_M, an article …art_M (第十条之一 art_10-1); an article's own
    // paragraphs (…__art_M__para_K) and a list's points are not units of their own.
    const paras = eIds.filter(
      (e) => /^(?:para|art)_\d+(?:-\d+)?$/.test(last(e)) && !/(?:^|__)art_[\d-]+__para_\d+$/.test(e) && !e.includes('__list_'),
    );
    expect(chapters).toHaveLength(doc.units.filter((u) => u.kind === 'part' || u.kind === 'chapter').length);
    expect(paras).toHaveLength(numbered(doc).length);
    expect(eIds.includes('preamble')).toBe(doc.units.some((u) => u.kind === 'preamble'));
  });
});

describe('/data/cite/<item>.json', () => {
  it('holds, for every item, each sentence with the text of the corpus JSON', () => {
    for (const d of docs) {
      const ctx = JSON.parse(read(`data/cite/${d.id}.json`));
      expect(ctx.site).toBe(corpus.site);
      // The cite context is the document's unit list as citing reads it: the same units, the same sentences.
      const mine = (ctx.units as Doc['units']).flatMap((u) => u.sentences);
      const theirs = d.units.flatMap((u) => u.sentences).map(({ id, text }) => ({ id, text }));
      expect(ctx.units.map((u: { id: string }) => u.id)).toEqual(d.units.map((u) => u.id));
      expect(mine).toEqual(theirs);
    }
    for (const n of corpus.news) expect(JSON.parse(read(`data/cite/${n.id}.json`)).sentences.length).toBeGreaterThan(0);
  });
});

describe('/data/corpus.qdpx and /data/<doc>.qdpx', () => {
  const project = readQdpx(readFileSync(join(DIST, 'data/corpus.qdpx')));
  const items = [...docs, ...corpus.news] as Array<{ id: string }>;
  type Tag = { actor: string; basis: string; quote?: string };
  const units: Array<{ item: string; tags: Tag[] }> = JSON.parse(read('data/actors.json')).units;

  it('validates against the REFI-QDA schema, for the corpus and for each document', () => {
    expect(xsdProblems(project.qde)).toBe('');
    for (const d of docs) expect(xsdProblems(readQdpx(readFileSync(join(DIST, `data/${d.id}.qdpx`))).qde), d.id).toBe('');
  });

  it('reads every actor tag of actors.json back off its source at the words it quotes', () => {
    expect(project.sources.map((s) => s.guid).sort()).toEqual(items.map((i) => guid('source', i.id)).sort());
    const source = new Map(items.map((i) => [guid('source', i.id), i.id]));
    const actorCodes = new Set(project.selections.filter((s) => s.description.startsWith('行动主体')).map((s) => s.codes[0]));
    const quoted = (list: Array<[string, string, string]>) => list.map((x) => x.join(' | ')).sort();
    const expected = units.flatMap((u) =>
      u.tags.filter((t) => t.quote).map((t): [string, string, string] => [u.item, guid('code', 'actor', t.actor), t.quote!]),
    );
    const got = project.selections.filter((s) => actorCodes.has(s.codes[0]) && !s.name.endsWith('（整条）') && s.text === s.name);
    expect(quoted(got.map((s) => [source.get(s.source)!, s.codes[0]!, s.text]))).toEqual(expect.arrayContaining(quoted(expected)));
    const tags = units.reduce((n, u) => n + u.tags.length, 0);
    expect(project.selections.filter((s) => actorCodes.has(s.codes[0]))).toHaveLength(tags);
    for (const s of project.selections) if (!s.name.endsWith('（整条）')) expect(s.text, s.name).toBe(s.name);
  });

  it('is what /data/codings.csv lists, one row per selection on the same words', () => {
    const csv = read('data/codings.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CODINGS_COLUMNS]);
    expect(rows).toHaveLength(project.selections.length);
    const q = CODINGS_COLUMNS.indexOf('quote');
    const fromCsv = rows.map((r) => [guid('source', r[0]!), guid('code', r[3]!, r[4]!), r[q]].join(' | ')).sort();
    const fromQdpx = project.selections.map((s) => [s.source, s.codes[0], s.name.endsWith('（整条）') ? '' : s.text].join(' | ')).sort();
    expect(fromCsv).toEqual(fromQdpx);
  });
});

describe('JSON-LD', () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? pages(join(dir, e.name)) : e.name === 'index.html' ? [join(dir, e.name)] : [],
    );
  const blocks = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
  const byPath = new Map(pages(DIST).map((f) => [`/${relative(DIST, f).replace(/index\.html$/, '')}`, blocks(readFileSync(f, 'utf8'))]));

  it('is on every page, parses, and names schema.org types', () => {
    expect(byPath.size).toBeGreaterThan(50);
    for (const [path, data] of byPath) {
      expect(data.length, path).toBeGreaterThan(0);
      for (const d of data) {
        expect(d['@context'], path).toBe('https://schema.org');
        expect(typeof d['@type'], path).toBe('string');
      }
    }
  });

  it('says what each kind of page is about', () => {
    const types = (path: string) => byPath.get(path)!.map((d) => d['@type']);
    expect(types('/')).toEqual(['WebSite']);
    expect(types('/documents/2024-chanye-gongren/')).toEqual(['Legislation', 'BreadcrumbList']);
    expect(types('/documents/2024-chanye-gongren/m14/')).toEqual(['Legislation', 'BreadcrumbList']);
    expect(types('/news/2024-ndrc-q4-economy/')).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(types('/terms/')).toEqual(['DefinedTermSet']);
    expect(types('/terms/daguo-gongjiang/')).toEqual(['DefinedTerm', 'BreadcrumbList']);
    expect(types('/figures/')).toEqual(['CollectionPage']);
    expect(types('/data/')).toEqual(['Dataset']);
    const opinion = byPath.get('/documents/2024-chanye-gongren/')![0];
    expect(opinion).toMatchObject({ legislationDate: '2024-10-12', legislationType: '意见' });
    expect(opinion.legislationPassedBy.map((o: { name: string }) => o.name)).toEqual(['中共中央', '国务院']);
    expect(byPath.get('/documents/2024-chanye-gongren/m14/')![0].isPartOf['@id']).toBe(opinion['@id']);
  });

  it('offers every data file the /data/ page lists as a download that exists', () => {
    const dataset = byPath.get('/data/')![0];
    for (const d of dataset.distribution) {
      const path = new URL(d.contentUrl).pathname;
      expect(() => read(path), path).not.toThrow();
    }
  });

  it('lists every file the build writes under /data/ (but the cite panel’s), on the page and in its Dataset; of each document’s own, the newest DATA_DOCUMENTS_LISTED and the rule for the rest', () => {
    const written = readdirSync(join(DIST, 'data'), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'index.html')
      .map((e) => `/data/${e.name}`)
      .sort();
    expect(written).toContain(`/data/${docs.at(-1)!.id}.akn.xml`);
    // A document's own files, named after its id: listed by name for the newest documents only, so
    // the page does not grow with the collection (src/lib/export/data-files.ts).
    const ids = new Set(docs.map((d) => d.id));
    const ownFile = (f: string) => ids.has(f.replace(/^\/data\/|\.(akn\.xml|qdpx)$/g, ''));
    const listedDocs = Math.min(DATA_DOCUMENTS_LISTED, docs.length);
    const offered = byPath.get('/data/')![0].distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname);
    expect(offered.filter((f: string) => !ownFile(f)).toSorted()).toEqual(written.filter((f) => !ownFile(f)));
    expect(offered.filter(ownFile)).toHaveLength(2 * listedDocs);
    const page = read('data/index.html');
    const linked = new Set([...page.matchAll(/href="(\/data\/[^"#]+)"/g)].map((m) => m[1]));
    expect(written.filter((f) => !linked.has(f) && !ownFile(f))).toEqual([]);
    expect(written.filter((f) => ownFile(f) && linked.has(f))).toHaveLength(2 * listedDocs);
    for (const f of offered) expect(linked.has(f), f).toBe(true);
    if (docs.length > DATA_DOCUMENTS_LISTED) {
      expect(page).toContain(`共${docs.length}份文件，另有${docs.length - DATA_DOCUMENTS_LISTED}份未逐一列出`);
      expect(page).toContain('/data/&lt;编号&gt;.akn.xml');
    }
    // Every document has its Akoma Ntoso file, whatever its kind.
    expect(written.filter((f) => f.endsWith('.akn.xml'))).toHaveLength(docs.length);
  });
});

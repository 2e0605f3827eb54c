import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../corpus.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { akomaNtosoIds, akomaNtosoXml, registryIds } from './akoma-ntoso.ts';
import { AKOMA_NTOSO_XSD, xsdProblems } from '../../../tests/support/xsd.ts';
import { buildCorpus } from '../corpus.ts';
import { readItems } from '../content/items.ts';
import { corpusExport, corpusJson } from './corpus-json.ts';
import { csvField, parseCsv } from './csv.ts';
import { MEASURE_CSV_COLUMNS, measuresCsv } from './measures-csv.ts';
import { CorpusExport, corpusJsonSchema } from './schema.ts';
import { el, serializeXml } from './xml.ts';

const { corpus, glossary } = siteModel(FIXTURE_CORPUS);
const site = 'https://example.org';
const dated = corpus.byId('2024-jineng-tisheng') as DocumentEntry;
const numbered = corpus.byId('2023-gongjiang-peiyang') as DocumentEntry;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(corpusJsonSchema(site));
}

describe('corpus JSON', () => {
  const json = corpusJson({ corpus, site, glossary, actors: [{ id: 'unions', name: '工会', kind: 'union' }] });
  const data = JSON.parse(json);

  it('validates against its published JSON Schema', () => {
    const validate = validator();
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(CorpusExport.parse(data)).toEqual(data);
  });

  it('is refused by the schema when broken', () => {
    const validate = validator();
    const broken = structuredClone(data);
    delete broken.documents[0].units.find((u: { sentences: unknown[] }) => u.sentences.length).sentences[0].text;
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(data);
    extra.documents[0].surprise = true;
    expect(validate(extra)).toBe(false);
  });

  it('holds every document, unit, sentence, repair and term with its ids and URLs', () => {
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(['2023-gongjiang-peiyang', '2024-jineng-tisheng']);
    const doc = data.documents[1];
    const units = doc.units as Array<{ id: string; kind: string; sentences: Array<{ id: string }> } & Record<string, unknown>>;
    expect(doc).toMatchObject({ kind: 'opinion', kindName: '意见' });
    expect(units.filter((u) => u.kind === 'part')).toHaveLength(5);
    expect(units.filter((u) => u.kind === 'measure')).toHaveLength(9);
    expect(doc.repairs).toHaveLength(2);
    // Every sentence of the document once, in reading order: the units partition them.
    expect(units.flatMap((u) => u.sentences).map((s) => s.id)).toEqual(dated.sentences.map((s) => s.id));
    const m4 = units.find((u) => u.id === 'm4')!;
    expect(m4).toMatchObject({
      ref: '2024-jineng-tisheng#m4',
      kind: 'measure',
      kindName: '措施',
      label: '(四)',
      n: 4,
      parent: 'p3',
      part: 'p3',
      url: 'https://example.org/documents/2024-jineng-tisheng/m4/',
    });
    expect(m4.sentences[1]).toMatchObject({
      ref: '2024-jineng-tisheng#m4-s2',
      url: 'https://example.org/documents/2024-jineng-tisheng/m4/#m4-s2',
    });
    expect(units.find((u) => u.id === 'p3')).toMatchObject({ url: 'https://example.org/documents/2024-jineng-tisheng/#p3', parent: null });
    expect(data.news.map((n: { id: string; kind: string }) => `${n.id}:${n.kind}`)).toEqual([
      '2024-robot-skills-contest:photo',
      '2024-ndrc-equipment-renewal:news',
      '2024-transport-pilot-patents:news',
    ]);
    expect(data.terms).toHaveLength(glossary.terms.length);
    expect(data.terms.find((t: { id: string }) => t.id === 'yi-han-liang-shu').occurrences).toEqual([
      {
        ref: '2024-jineng-tisheng#m6-s3',
        url: 'https://example.org/documents/2024-jineng-tisheng/m6/#m6-s3',
        form: '一函两书',
        start: 13,
        end: 17,
        first: true,
      },
    ]);
    expect(data.actors).toEqual([{ id: 'unions', name: '工会', kind: 'union' }]);
  });

  it('leaves optional sections out rather than empty', () => {
    const bare = corpusExport({ corpus, site });
    expect('actors' in bare).toBe(false);
    expect(bare.terms).toEqual([]);
    expect(validator()(JSON.parse(JSON.stringify(bare)))).toBe(true);
  });
});

describe('measures CSV', () => {
  const csv = measuresCsv(corpus, { site });

  it('starts with a BOM and the header, ends lines with CRLF', () => {
    expect(csv.startsWith(`\uFEFF${MEASURE_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per measure, with the text read back intact', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 6 + 9);
    expect(rows.every((r) => r.length === MEASURE_CSV_COLUMNS.length)).toBe(true);
    const m4 = rows.find((r) => r[0] === '2024-jineng-tisheng' && r[1] === 'm4')!;
    expect(m4.slice(0, 7)).toEqual([
      '2024-jineng-tisheng',
      'm4',
      '4',
      '(四)',
      'p3',
      '维护劳动经济权益，保障职工安全健康',
      '提高技能人才薪酬待遇',
    ]);
    expect(m4[7]).toBe(
      dated.measures
        .find((m) => m.id === 'm4')!
        .sentences.map((s) => s.text)
        .join(''),
    );
    expect(m4[8]).toBe('https://example.org/documents/2024-jineng-tisheng/m4/');
  });

  it('quotes fields with commas, quotes or line breaks', () => {
    expect([csvField('a'), csvField('a,b'), csvField('say "hi"'), csvField('x\ny'), csvField(3)]).toEqual([
      'a',
      '"a,b"',
      '"say ""hi"""',
      '"x\ny"',
      '3',
    ]);
  });
});

describe('Akoma Ntoso', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    preserveOrder: false,
    isArray: (name) => ['chapter', 'paragraph', 'p', 'FRBRauthor', 'TLCOrganization'].includes(name),
  });

  for (const doc of corpus.documents) {
    describe(doc.id, () => {
      const xml = akomaNtosoXml(doc, { site });
      const ids = akomaNtosoIds(doc);

      it('is well-formed XML in the AKN 3.0 namespace', () => {
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
        expect(xml).toContain('<doc name="opinion">');
      });

      it('maps our ids onto eIds one to one', () => {
        expect(new Set(ids.map((p) => p.id)).size).toBe(ids.length);
        expect(new Set(ids.map((p) => p.eId)).size).toBe(ids.length);
        const ours = [
          ...(doc.outline.preamble.length ? ['preamble'] : []),
          ...doc.outline.parts.flatMap((p) => [p.id, ...p.measures.map((m) => m.id)]),
        ];
        expect(ids.map((p) => p.id)).toEqual(ours);
        for (const { eId } of ids) expect(eId).toMatch(/^(preamble|chp_\d+|chp_\d+__para_\d+)$/);
      });

      it('uses exactly the mapped eIds on its preamble, chapters and paragraphs', () => {
        const found = [...xml.matchAll(/<(preamble|chapter|paragraph) eId="([^"]+)"/g)].map((m) => m[2]);
        expect(found).toEqual(ids.map((p) => p.eId));
      });

      it("carries every measure's text, heading and content together", () => {
        const body = parser.parse(xml).akomaNtoso.doc.mainBody;
        const paragraphs = body.chapter.flatMap((c: { paragraph?: unknown[] }) => c.paragraph ?? []);
        expect(paragraphs).toHaveLength(doc.measures.length);
        paragraphs.forEach((para: any, i: number) => {
          const m = doc.measures[i]!;
          const text = `${para.heading ?? ''}${para.content.p.map((p: any) => (typeof p === 'string' ? p : p['#text'])).join('')}`;
          expect(text).toBe(m.sentences.map((s) => s.text).join(''));
        });
      });
    });
  }

  it('numbers measures as printed inside their chapter: (四) is chp_3__para_4', () => {
    expect(akomaNtosoIds(dated).filter((p) => ['preamble', 'p1', 'p2', 'm1', 'm4'].includes(p.id))).toEqual([
      { id: 'preamble', eId: 'preamble' },
      { id: 'p1', eId: 'chp_1' },
      { id: 'p2', eId: 'chp_2' },
      { id: 'm1', eId: 'chp_2__para_1' },
      { id: 'm4', eId: 'chp_3__para_4' },
    ]);
  });

  it('identifies the work and expression by FRBR URIs', () => {
    const xml = akomaNtosoXml(dated, { site });
    expect(xml).toContain('<FRBRuri value="/akn/cn/doc/opinion/2024-05-10/2024-jineng-tisheng"/>');
    expect(xml).toContain('<FRBRuri value="/akn/cn/doc/opinion/2024-05-10/2024-jineng-tisheng/zho@2024-05-12"/>');
    // Without a registry, a body's reference is its name's pinyin: the same in every file.
    expect(xml).toContain('<TLCOrganization eId="moumoubu" href="/ontology/organization/cn/moumoubu" showAs="某某部"/>');
    expect(xml).toContain('<FRBRauthor href="#moumoubu"/>');
    expect(xml).toContain('<docDate date="2024-05-10">(2024年5月10日)</docDate>');
  });

  it('refers to a body by its registry id in every file, and to a speaker as a person', () => {
    const bodyId = registryIds([
      { id: 'some-ministry', name: '某某部', aliases: ['某部'], level: 'department' },
      { id: 'publishers', name: '新华社', aliases: [] },
    ]);
    const a = akomaNtosoXml(dated, { site, bodyId });
    const b = akomaNtosoXml(numbered, { site, bodyId });
    expect(a).toContain('<TLCOrganization eId="some-ministry" href="/ontology/organization/cn/some-ministry" showAs="某某部"/>');
    expect(a).toContain('<TLCOrganization eId="publishers" href="/ontology/organization/cn/publishers" showAs="新华社"/>');
    expect(a).toContain('<FRBRauthor href="#publishers"/>');
    // The same body, the same href, in both files; a href is never a position (issuer-1).
    const hrefs = (xml: string) =>
      new Map([...xml.matchAll(/<TLC\w+ eId="[^"]+" href="([^"]+)" showAs="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]));
    for (const [name, href] of hrefs(b)) if (hrefs(a).has(name)) expect(hrefs(a).get(name)).toBe(href);
    expect(a + b).not.toMatch(/issuer-\d/);
    const explanation = buildCorpus(readItems('tests/fixtures/shapes/explanation')).documents[0]!;
    const speech = akomaNtosoXml(explanation, { site, bodyId });
    expect(speech).toMatch(/<TLCPerson eId="zhangmoumou" href="\/ontology\/person\/cn\/zhangmoumou" showAs="张某某"\/>/);
    expect(xsdProblems(speech, AKOMA_NTOSO_XSD)).toBe('');
  });

  it('escapes text and attributes, and refuses characters XML cannot hold', () => {
    const out = serializeXml(el('p', { title: 'a"b<c' }, ['x & y < z > w']));
    expect(out).toBe('<p title="a&quot;b&lt;c">x &amp; y &lt; z &gt; w</p>');
    expect(XMLValidator.validate(out)).toBe(true);
    expect(() => serializeXml(el('p', {}, ['bell\u0007']))).toThrow(/cannot carry/);
  });
});

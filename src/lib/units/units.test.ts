// The one list of units, on every shape fixture and on the project's content: it partitions each
// document's sentences, and every consumer that maps it (search records, /data/corpus.json, the
// Akoma Ntoso export, link units, instrument units) holds every unit's sentences, closing and
// attachments included.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { AKOMA_NTOSO_XSD, xsdProblemsOfAll } from '../../../tests/support/xsd.ts';
import { type CiteContext, citationFor, citeContext } from '../cite/context.ts';
import { citeDocumentSentence } from '../cite/cite.ts';
import { placeOfSentence, shortForm } from '../cite/locators.ts';
import { akomaNtosoXml } from '../export/akoma-ntoso.ts';
import { corpusExport } from '../export/corpus-json.ts';
import { CorpusExport } from '../export/schema.ts';
import { corpusUnits } from '../links/units.ts';
import { searchUnits } from '../search/indexed-units.ts';
import { countOf } from '../schema/unit-words.ts';
import { unitCounts } from '../view/unit-summary.ts';
import { PAGE_KINDS, sentencesWithin } from './units.ts';

const SHAPES = 'tests/fixtures/shapes';
const dirs = [
  ...readdirSync(SHAPES)
    .filter((name) => existsSync(join(SHAPES, name, 'items')))
    .map((name) => join(SHAPES, name)),
  PROJECT_CONTENT,
];

describe.each(dirs)('the units of every document of %s', (dir) => {
  const model = siteModel(dir);
  const { corpus } = model;
  const site = 'https://example.org/';

  it('partition its sentences: each in exactly one unit, in reading order', () => {
    for (const doc of corpus.documents) {
      const ids = doc.units.list.flatMap((u) => u.sentences.map((s) => s.id));
      expect(new Set(ids).size, doc.id).toBe(ids.length);
      expect([...ids].sort(), doc.id).toEqual(doc.sentences.map((s) => s.id).sort());
    }
  });

  it('have unique ids, keys and parents that exist and come before them', () => {
    for (const doc of corpus.documents) {
      const seen = new Set<string>();
      for (const u of doc.units.list) {
        expect(u.key).toBe(`${doc.id}#${u.id}`);
        if (u.parent) expect(seen.has(u.parent), `${doc.id}#${u.id} before its parent ${u.parent}`).toBe(true);
        seen.add(u.id);
        expect(u.url.startsWith(u.page)).toBe(true);
      }
    }
  });

  it('are all in the search records, with every sentence once', () => {
    const records = searchUnits(corpus.entries);
    for (const doc of corpus.documents) {
      const own = records.filter((r) => r.item === doc.id);
      const clauses = own.flatMap((r) => r.clauses.map(([id]) => id));
      for (const s of doc.sentences)
        expect(
          clauses.filter((id) => id === s.id),
          `${doc.id}#${s.id}`,
        ).toHaveLength(1);
      for (const u of doc.units.list.filter((x) => x.sentences.length || x.lines.length || PAGE_KINDS.has(x.kind)))
        expect(
          own.some((r) => r.unit === u.id),
          `${doc.id}#${u.id}`,
        ).toBe(true);
    }
  });

  it('are all in /data/corpus.json, which its schema accepts, kinds named as they are', () => {
    const data = corpusExport({ corpus, site });
    expect(CorpusExport.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
    for (const doc of corpus.documents) {
      const exported = data.documents.find((d) => d.id === doc.id)!;
      expect(exported.kind).toBe(doc.meta.kind);
      expect(exported.units.map((u) => u.id)).toEqual(doc.units.list.map((u) => u.id));
      expect(exported.units.flatMap((u) => u.sentences.map((s) => s.id))).toEqual(
        doc.units.list.flatMap((u) => u.sentences.map((s) => s.id)),
      );
    }
  });

  it('are all in the Akoma Ntoso export, which the OASIS schema accepts and which holds every sentence', () => {
    const files = corpus.documents.map((doc) => ({ doc, name: `${doc.id}.akn.xml`, xml: akomaNtosoXml(doc, { site }) }));
    expect(xsdProblemsOfAll(files, AKOMA_NTOSO_XSD)).toBe('');
    for (const { doc, xml } of files) {
      const text = xml
        .replace(/<[^>]+>/g, '')
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"');
      for (const s of doc.sentences) expect(text.includes(s.text), `${doc.id}#${s.id}`).toBe(true);
    }
  });

  it('are what links and instruments count in: every unit with sentences of its own', () => {
    const linked = new Set(corpusUnits(corpus).map((u) => u.key));
    // Without a codebook nothing is coded (the shape fixtures have none).
    const coded = existsSync(join(dir, 'instruments.yaml'));
    for (const doc of corpus.documents) {
      for (const u of doc.units.list.filter((x) => x.sentences.length)) {
        expect(linked.has(u.key), u.key).toBe(true);
        if (coded) expect(model.instruments.unit(doc.id, u.id), u.key).toBeDefined();
      }
    }
  });

  it("are all citable: every sentence has a place, cited the same from the browser's context as by the build", () => {
    const opts = { site, accessed: '2026-12-06' };
    for (const doc of corpus.documents) {
      const ctx = JSON.parse(JSON.stringify(citeContext(doc, site))) as CiteContext;
      for (const s of doc.sentences) {
        const built = citeDocumentSentence(doc, s.id, opts);
        expect(citationFor(ctx, { kind: 'sentence', id: s.id }, opts.accessed), `${doc.id}#${s.id}`).toEqual(built);
      }
    }
  });

  it('give each measure, article and point page all its sentences, sub-items included', () => {
    for (const doc of corpus.documents)
      for (const m of doc.measures)
        expect(m.sentences.map((s) => s.id)).toEqual(sentencesWithin(doc.units, doc.units.byId.get(m.id)!).map((s) => s.id));
  });
});

describe('each unit cited as the document prints it', () => {
  const place = (shape: string, sentence: string) => {
    const doc = siteModel(join(SHAPES, shape)).corpus.documents[0]!;
    return shortForm(doc, placeOfSentence(doc, sentence));
  };

  it('a measure numbered afresh in its part with its part, an inserted article and a section by their labels', () => {
    expect(place('plan-tables', 'p2-m1-s2')).toMatch(/第二部分第（一）条$/u);
    expect(place('law', 'art10-1-s1')).toMatch(/第十条之一$/u);
  });

  it("a box, an attachment and a notice's own text by what they are", () => {
    expect(place('plan-tables', 'box1-s1')).toMatch(/第一部分$/u);
    expect(place('notice', 'att1-s1')).toMatch(/附件1$/u);
    expect(place('notice-issuing', 'notice-s1')).toMatch(/通知正文$/u);
  });
});

describe('a document counted in its own words', () => {
  it('says 章 and 条 for a regulation, 部分 and 措施 for an opinion, 点 for points, 段 without numbered units', () => {
    const unit = (kind: Parameters<typeof countOf>[0], paragraph = 0) => ({ kind, sentences: [{ paragraph }] });
    expect(unitCounts([unit('chapter'), unit('article'), unit('article')])).toEqual(['1章', '2条']);
    expect(unitCounts([unit('part'), unit('measure')])).toEqual(['1个部分', '1条措施']);
    expect(unitCounts([unit('part'), unit('point'), unit('point')])).toEqual(['1个部分', '2点']);
    expect(unitCounts([unit('preamble', 0), unit('preamble', 1)])).toEqual(['2段']);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { readQdpx } from '../../../tests/support/refi-qda.ts';
import { MACHINE_LABEL } from '../actors/index.ts';
import { analysisData, corpusProject } from './analysis.ts';
import { CODEBOOK_COLUMNS, CODINGS_COLUMNS, codebookCsv, codingsCsv } from './codings-csv.ts';
import { guid } from './guid.ts';
import { qdpx } from './qdpx.ts';

const SITE = 'https://example.org/';
const model = siteModel(FIXTURE_CORPUS);
const data = analysisData(model);
const codings = codingsCsv({ corpus: model.corpus, ...data, site: SITE });
const codebook = codebookCsv(data);
/** csv-parse, an RFC 4180 parser of its own (not the project's parseCsv), as R's readr or pandas would read the file. */
const table = (csv: string) => parse(csv, { bom: true, relax_column_count: false }) as string[][];

describe('codings.csv', () => {
  const [header, ...rows] = table(codings);
  const record = (r: string[]) =>
    Object.fromEntries(CODINGS_COLUMNS.map((c, i) => [c, r[i]!])) as Record<(typeof CODINGS_COLUMNS)[number], string>;
  const sentenceText = (item: string, id: string) => {
    const e = model.corpus.byId(item)!;
    if (e.kind === 'news')
      return (
        e.sentences.find((s) => s.id === id)?.text ??
        e.outline.blocks.flatMap((b) => (b.type === 'subheading' && b.id === id ? [b.text] : []))[0]!
      );
    return e.sentences.find((s) => s.id === id)?.text ?? e.outline.parts.find((p) => p.id === id)!.heading;
  };

  it('is UTF-8 with a byte-order mark, CRLF line ends and a header row', () => {
    expect(codings.startsWith('\uFEFF')).toBe(true);
    expect(codings.endsWith('\r\n')).toBe(true);
    expect(codings.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/);
    expect(header).toEqual([...CODINGS_COLUMNS]);
  });

  it('has one row per coding of the .qdpx, each on the same words', () => {
    const read = readQdpx(qdpx(corpusProject(model, SITE)));
    expect(rows).toHaveLength(read.selections.length);
    const fromCsv = rows
      .map(record)
      .map((r) => [guid('source', r.document), guid('code', r.code_type, r.code), r.quote || null].join(' | '));
    const fromQdpx = read.selections.map((s) => [s.source, s.codes[0], s.name.endsWith('（整条）') ? null : s.text].join(' | '));
    expect(fromCsv.sort()).toEqual(fromQdpx.sort());
  });

  it('places each quote in its sentence in code points, end exclusive', () => {
    let quoted = 0;
    for (const r of rows.map(record)) {
      if (!r.sentence) {
        expect([r.quote, r.start, r.end]).toEqual(['', '', '']);
        continue;
      }
      quoted++;
      const chars = Array.from(sentenceText(r.document, r.sentence));
      expect(chars.slice(Number(r.start), Number(r.end)).join('')).toBe(r.quote);
    }
    expect(quoted).toBeGreaterThan(40);
  });

  it('says which codings are the machine’s, and links each to its sentence', () => {
    for (const r of rows.map(record)) {
      expect(['hand', 'machine']).toContain(r.basis);
      expect(r.note.includes(MACHINE_LABEL)).toBe(r.basis === 'machine');
      if (r.code_type === 'term') expect(r.basis).toBe('machine');
      expect(r.url.startsWith(`${SITE}documents/${r.document}/`) || r.url.startsWith(`${SITE}news/${r.document}/`)).toBe(true);
      if (r.sentence) expect(r.url.endsWith(`#${r.sentence}`)).toBe(true);
    }
    const hand =
      model.actors.units.flatMap((u) => u.tags.filter((t) => t.basis !== 'machine')).length +
      model.instruments.units.flatMap((u) => u.codes.filter((c) => c.basis === 'hand').flatMap((c) => c.evidence)).length;
    expect(rows.map(record).filter((r) => r.basis === 'hand')).toHaveLength(hand);
  });

  it('lists the rows in corpus order, then in the order of the text', () => {
    const order = model.corpus.entries.map((e) => e.id);
    const docs = rows.map((r) => order.indexOf(r[0]!));
    expect(docs).toEqual([...docs].sort((a, b) => a - b));
  });
});

describe('codebook.csv', () => {
  const [header, ...rows] = table(codebook);

  it('has one row per code of every system, with its name, parent and number of codings', () => {
    expect(codebook.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual([...CODEBOOK_COLUMNS]);
    const { types } = model.instruments.codebook;
    expect(rows).toHaveLength(model.actors.registry.length + model.glossary.terms.length + types.length + model.instruments.list.length);
    // An instrument type is a category: listed, never applied itself.
    expect(rows.find((r) => r[0] === 'instrument' && r[1] === types[0]!.id)!.slice(3)).toEqual(['', types[0]!.definition, '0']);
    const actor = model.actors.registry.find((a) => a.parent)!;
    expect(rows.find((r) => r[0] === 'actor' && r[1] === actor.id)!.slice(0, 4)).toEqual(['actor', actor.id, actor.name, actor.parent]);
    const term = model.glossary.terms[0]!;
    const termRow = rows.find((r) => r[0] === 'term' && r[1] === term.id)!;
    expect(termRow[2]).toBe(term.term);
    expect(termRow[4]).toContain(term.definition);
    expect(Number(termRow[5])).toBe(model.glossary.mentionsOf(term.id).length);
    const codingRows = table(codings).length - 1;
    expect(rows.reduce((n, r) => n + Number(r[5]), 0)).toBe(codingRows);
  });
});

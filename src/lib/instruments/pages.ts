// What the instrument pages render, from the site model: the corpus page (coverage, a list of the
// documents with their counts by type, the chart, each instrument's reach, actor × instrument,
// the codebook), sized to stay small however many documents there are, and one document's page
// (chart, instrument × part, actor × instrument, the units coded with no instrument).
import { type CountTable, countTable } from '../actors/listing.ts';
import { type DatedRow, datedRow } from '../view/by-year.ts';
import type { DocumentEntry } from '../corpus.ts';
import { documentInstrumentsUrl } from '../routes.ts';
import type { SiteModel } from '../site/model.ts';
import { type InstrumentSummary, type Matrix, actorInstrumentMatrix, instrumentPartMatrix, instrumentSummary } from './matrices.ts';
import type { CodedUnit } from './model.ts';
import { type Coverage, coverageOf, instrumentChartSvg } from './views.ts';

const nameOf = (d: DocumentEntry) => d.meta.shortTitle ?? d.meta.title;

/** One document's line on the corpus page: its coverage and coded sentences by instrument type; the tables are on its own page. */
export interface DocumentInstrumentRow extends DatedRow {
  /** The document's instrument page. */
  href: string;
  measures: number;
  coded: number;
  /** Measures with no code (their reasons are on the document's page). */
  uncoded: number;
  /** Codes of each type, in codebook order (those of the parts' own text and the closing too). */
  byType: number[];
  /** Codes in all: a sentence coded with two instruments counts twice. */
  codes: number;
  machineCodes: number;
  handCodes: number;
}

export interface CorpusInstrumentsPage {
  totals: { documents: number; measures: number; coded: number; uncoded: number; machineCodes: number; handCodes: number };
  /** The documents, one row each by year, newest first. */
  table: CountTable;
  chartSvg: string;
  byInstrument: Array<{ label: string; rows: InstrumentSummary[] }>;
  byActor: Matrix;
}

/** The widest drawing whose 14 px labels stay at 11 px or more in a 328 px column (a 360 px phone). */
export const CHART_WIDTH = 400;

export function documentInstrumentRow(model: SiteModel, doc: DocumentEntry): DocumentInstrumentRow {
  const ins = model.instruments;
  const coverage = coverageOf(ins, doc.id);
  const codes = ins.unitsOf(doc.id).flatMap((u) => u.codes);
  return {
    ...datedRow(doc),
    href: documentInstrumentsUrl(doc.id),
    measures: coverage.measures,
    coded: coverage.coded,
    uncoded: coverage.measures - coverage.coded,
    byType: ins.codebook.types.map((t) => codes.filter((c) => ins.instrument(c.instrument).type.id === t.id).length),
    codes: codes.length,
    machineCodes: codes.filter((c) => c.basis === 'machine').length,
    handCodes: codes.filter((c) => c.basis === 'hand').length,
  };
}

// Every page of /instruments/ renders from the same corpus page (its table is cut into pages):
// worked out once per model, not once a page.
const corpusPages = new WeakMap<SiteModel, CorpusInstrumentsPage>();

/** The corpus page of a model, worked out once (corpusInstrumentsPageOf). */
export function corpusInstrumentsPage(model: SiteModel): CorpusInstrumentsPage {
  let page = corpusPages.get(model);
  if (!page) corpusPages.set(model, (page = corpusInstrumentsPageOf(model)));
  return page;
}

function corpusInstrumentsPageOf(model: SiteModel): CorpusInstrumentsPage {
  const ins = model.instruments;
  const docs = model.corpus.documents;
  const rows = docs.map((d) => documentInstrumentRow(model, d));
  const sum = (f: (r: DocumentInstrumentRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const summary = instrumentSummary(ins, docs);
  return {
    totals: {
      documents: docs.length,
      measures: sum((r) => r.measures),
      coded: sum((r) => r.coded),
      uncoded: sum((r) => r.uncoded),
      machineCodes: sum((r) => r.machineCodes),
      handCodes: sum((r) => r.handCodes),
    },
    table: countTable(rows, {
      yearPrefix: 'instruments-',
      caption: '各文件的政策工具编码：措施的覆盖情况和各类工具的编码句数',
      columns: [
        { label: '措施', title: '措施、条文、要点的条数' },
        { label: '有编码', title: '有政策工具编码的条数' },
        { label: '无编码', title: '没有编码的条数（理由见该文件的工具页）' },
        ...ins.codebook.types.map((t) => ({ label: t.name, title: `编为${t.name}工具的句数` })),
        { label: '编码合计', title: '各类合计（一句编为两种工具计两次）' },
        { label: '经人工审核', title: '经人工审核的编码数；其余为机器建议，未经审核' },
      ],
      row: (r) => ({ href: r.href, values: [r.measures, r.coded, r.uncoded, ...r.byType, r.codes, r.handCodes] }),
    }),
    chartSvg: instrumentChartSvg(ins, ins.units, 'instruments-corpus-chart', '全部文件：各政策工具的编码句数', CHART_WIDTH),
    byInstrument: ins.codebook.types.map((t) => ({ label: t.name, rows: summary.filter((s) => s.instrument.type.id === t.id) })),
    byActor: actorInstrumentMatrix(ins, model.actors, docs),
  };
}

export interface DocumentInstrumentsPage {
  doc: DocumentEntry;
  name: string;
  coverage: Coverage;
  chartSvg: string;
  byPart: Matrix;
  byActor: Matrix;
  /** Every codable unit left without an instrument (measures, parts' text, the closing), with its reason. */
  uncoded: CodedUnit[];
  /** Coded sentences in the whole document. */
  sentences: number;
}

export function documentInstrumentsPage(model: SiteModel, doc: DocumentEntry): DocumentInstrumentsPage {
  const ins = model.instruments;
  const units = ins.unitsOf(doc.id);
  return {
    doc,
    name: nameOf(doc),
    coverage: coverageOf(ins, doc.id),
    chartSvg: instrumentChartSvg(ins, units, `instruments-${doc.id}-chart`, `${nameOf(doc)}：各政策工具的编码句数`, CHART_WIDTH),
    byPart: instrumentPartMatrix(ins, doc),
    byActor: actorInstrumentMatrix(ins, model.actors, [doc]),
    uncoded: units.filter((u) => u.none),
    sentences: new Set(units.flatMap((u) => u.codes.map((c) => c.sentence))).size,
  };
}

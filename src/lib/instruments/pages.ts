// What the instrument pages render, from the site model: the corpus page (coverage, chart,
// instrument × document, actor × instrument, the codebook) and one document's page (chart,
// instrument × part, actor × instrument, the units coded with no instrument).
import type { DocumentEntry } from '../corpus.ts';
import type { SiteModel } from '../site/model.ts';
import { type Matrix, actorInstrumentMatrix, instrumentDocumentMatrix, instrumentPartMatrix } from './matrices.ts';
import type { CodedUnit } from './model.ts';
import { type Coverage, coverageOf, instrumentChartSvg } from './views.ts';

const nameOf = (d: DocumentEntry) => d.meta.shortTitle ?? d.meta.title;

export interface CorpusInstrumentsPage {
  coverage: Array<Coverage & { document: DocumentEntry }>;
  chartSvg: string;
  byDocument: Matrix;
  byActor: Matrix;
  /** The documents as numbered in the actor matrix's links (1·14 is measure 14 of document 1). */
  legend: Array<{ n: number; document: DocumentEntry }>;
}

export function corpusInstrumentsPage(model: SiteModel): CorpusInstrumentsPage {
  const ins = model.instruments;
  const docs = model.corpus.documents;
  return {
    coverage: docs.map((document) => ({ ...coverageOf(ins, document.id), document })),
    chartSvg: instrumentChartSvg(ins, ins.units, 'instruments-corpus-chart', '全部文件：各政策工具的编码句数'),
    byDocument: instrumentDocumentMatrix(ins, docs),
    byActor: actorInstrumentMatrix(ins, model.actors, docs),
    legend: docs.map((document, i) => ({ n: i + 1, document })),
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
    chartSvg: instrumentChartSvg(ins, units, `instruments-${doc.id}-chart`, `${nameOf(doc)}：各政策工具的编码句数`),
    byPart: instrumentPartMatrix(ins, doc),
    byActor: actorInstrumentMatrix(ins, model.actors, [doc]),
    uncoded: units.filter((u) => u.none),
    sentences: new Set(units.flatMap((u) => u.codes.map((c) => c.sentence))).size,
  };
}

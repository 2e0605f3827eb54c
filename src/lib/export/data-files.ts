// What /data/ offers, read off the model: the corpus-wide files, and for every document of the
// corpus its Akoma Ntoso XML and its REFI-QDA project (the endpoints under src/pages/data/ write
// one of each for every document, whatever its kind). The page lists these and its Dataset JSON-LD
// names them, so a document added to content/ is offered without the page being edited.
import type { Corpus, DocumentEntry } from '../corpus.ts';
import { UNDATED, itemDate } from '../schema/item-date.ts';
import { unitTitle } from '../units/titles.ts';
import { akomaNtosoIds } from './akoma-ntoso.ts';

export interface DataFile {
  path: string;
  name: string;
  format: string;
}

/** One document's own files. */
export interface DocumentFiles {
  doc: DocumentEntry;
  akn: DataFile;
  qdpx: DataFile;
}

export const AKN_FORMAT = 'application/akn+xml';
export const QDPX_FORMAT = 'application/zip';

export function documentFiles(corpus: Pick<Corpus, 'documents'>): DocumentFiles[] {
  return corpus.documents.map((doc) => {
    const name = `${doc.meta.shortTitle ?? doc.meta.title}（${itemDate(doc.meta) ?? UNDATED}）`;
    return {
      doc,
      akn: { path: `/data/${doc.id}.akn.xml`, name: `${name}Akoma Ntoso XML`, format: AKN_FORMAT },
      qdpx: { path: `/data/${doc.id}.qdpx`, name: `${name}REFI-QDA 项目`, format: QDPX_FORMAT },
    };
  });
}

/** Every file of /data/, in the order the page lists them. */
export function dataFiles(corpus: Pick<Corpus, 'documents'>): DataFile[] {
  const docs = documentFiles(corpus);
  return [
    { path: '/data/corpus.json', name: '全库 JSON', format: 'application/json' },
    { path: '/data/corpus.schema.json', name: '全库 JSON 的 JSON Schema', format: 'application/schema+json' },
    { path: '/data/measures.csv', name: '措施表 CSV', format: 'text/csv' },
    ...docs.map((d) => d.akn),
    { path: '/data/actors.json', name: '负责主体 JSON', format: 'application/json' },
    { path: '/data/measure-actors.csv', name: '措施—主体 CSV', format: 'text/csv' },
    { path: '/data/corpus.qdpx', name: '全库 REFI-QDA 项目（NVivo、ATLAS.ti、MAXQDA、QualCoder）', format: QDPX_FORMAT },
    ...docs.map((d) => d.qdpx),
    { path: '/data/codings.csv', name: '编码表 CSV（每处编码一行）', format: 'text/csv' },
    { path: '/data/codebook.csv', name: '代码表 CSV', format: 'text/csv' },
    { path: '/data/targets.csv', name: '目标与期限 CSV', format: 'text/csv' },
  ];
}

/** A place of a document as a reader knows it, its id on the site, and its number (eId) in the XML. */
export interface AknExample {
  label: string;
  id: string;
  eId: string;
}

/**
 * How a document's numbers in its XML answer to the site's: its preamble, its first part or
 * chapter, and its last measure or article, each named as the page names it.
 */
export function aknExamples(doc: DocumentEntry): AknExample[] {
  const eIds = new Map(akomaNtosoIds(doc).map((p) => [p.id, p.eId]));
  const units = doc.units.list;
  const numbered = units.filter((u) => u.kind === 'measure' || u.kind === 'article' || u.kind === 'point');
  const picks = [
    units.find((u) => u.kind === 'preamble'),
    units.find((u) => u.kind === 'part' || u.kind === 'chapter'),
    numbered.at(-1),
  ].filter((u) => u !== undefined);
  return picks.flatMap((u) => {
    const eId = eIds.get(u.id);
    // A division by its title (一、总体要求), a measure or article by its number only (its heading is its lead).
    const label = u.kind === 'part' || u.kind === 'chapter' || u.kind === 'preamble' ? unitTitle(u) : u.label || unitTitle(u);
    return eId ? [{ label, id: u.id, eId }] : [];
  });
}

/** A sentence whose id in the data and address on the site the page shows side by side: the third of a unit with a page of its own. */
export function permalinkExample(corpus: Pick<Corpus, 'documents'>): { key: string; url: string } | undefined {
  for (const doc of corpus.documents) {
    const unit = doc.units.list.find((u) => u.page !== doc.url && u.sentences.length >= 3);
    const sentence = unit?.sentences[2];
    if (unit && sentence) return { key: `${doc.id}#${sentence.id}`, url: `${unit.page}#${sentence.id}` };
  }
  return undefined;
}

/**
 * How many documents /data/ lists by name with their own files. The page listed every document
 * twice (its XML, its project), about 100 bytes of HTML gzipped each, so it grew with the
 * collection (24 KB at 500 documents, near 100 KB at 2,000); it lists the newest this many and says
 * how many more there are and how their addresses are made (/data/<id>.akn.xml, /data/<id>.qdpx,
 * the ids in /data/corpus.json and on /documents/; each document's page links its XML). Its
 * Dataset JSON-LD names the corpus-wide files and these.
 */
export const DATA_DOCUMENTS_LISTED = 20;

/** The documents /data/ lists by name, newest first (undated last), and how many it leaves to the rule. */
export function listedDocumentFiles(
  corpus: Pick<Corpus, 'documents'>,
  n = DATA_DOCUMENTS_LISTED,
): { listed: DocumentFiles[]; total: number; more: number } {
  const all = documentFiles(corpus);
  const day = (d: DocumentFiles) => itemDate(d.doc.meta) ?? '';
  const listed = [...all].sort((a, b) => day(b).localeCompare(day(a))).slice(0, n);
  return { listed, total: all.length, more: all.length - listed.length };
}

/** The files /data/'s Dataset JSON-LD names: the corpus-wide ones and those of the listed documents (in dataFiles' order). */
export function listedDataFiles(corpus: Pick<Corpus, 'documents'>, n = DATA_DOCUMENTS_LISTED): DataFile[] {
  const own = new Set(documentFiles(corpus).flatMap((d) => [d.akn.path, d.qdpx.path]));
  const listed = new Set(listedDocumentFiles(corpus, n).listed.flatMap((d) => [d.akn.path, d.qdpx.path]));
  return dataFiles(corpus).filter((f) => !own.has(f.path) || listed.has(f.path));
}

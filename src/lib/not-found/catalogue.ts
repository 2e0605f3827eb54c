// The 404 page's files, built once from the corpus and written under NOT_FOUND_DATA by
// src/pages/not-found/[...file].ts; suggest.ts reads them, as data.ts fetches them, only when the
// page is shown and only what the address needs. Each is bounded whatever the collection's size:
// one item's title and units; a chunk of the list of ids (ids.ts) and the directory naming the
// chunks (one entry per ID_CHUNK ids); the documents with a unit of one number, at most
// NUMBERED_LIMIT of them. The page itself carries only the name of its build's directory.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus.ts';
import { notFoundIdsUrl, notFoundItemUrl, notFoundNumberedUrl } from '../routes.ts';
import type { NotFoundPage } from './data.ts';
import { ID_CHUNK, ID_MARGIN, type IdChunk, type IdDirectory, byCodeUnit, idKey } from './ids.ts';
import { type CatalogueDocument, type CatalogueItem, NUMBERED_LIMIT, type NumberedDocuments, numberedKey, unitRef } from './suggest.ts';

/** What suggesting needs of each item, in the corpus's order (documents, then news). */
export function catalogueItems(corpus: Corpus): CatalogueItem[] {
  return [
    ...corpus.documents.map((d): CatalogueDocument => ({
      kind: 'document',
      id: d.id,
      title: d.meta.shortTitle ?? d.meta.title,
      units: d.measures.map((m) => ({ id: m.id, label: `${m.label}${m.lead ?? ''}` })),
      parts: d.outline.parts.map((p) => ({ id: p.id, label: `${p.numeral}、${p.heading}` })),
    })),
    ...corpus.news.map((n): CatalogueItem => ({ kind: 'news', id: n.id, title: n.meta.title })),
  ];
}

export interface NotFoundFiles {
  /** What the page carries. */
  page: NotFoundPage;
  /** Each file's JSON by its URL. */
  files: Map<string, unknown>;
}

export interface NotFoundLimits {
  chunk?: number;
  margin?: number;
  numbered?: number;
}

/** A file's name from its content: a page never reads a chunk of another build than its directory's. */
const named = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);

/** The files of the 404 page for these items. */
export function notFoundFiles(
  items: readonly CatalogueItem[],
  { chunk = ID_CHUNK, margin = ID_MARGIN, numbered = NUMBERED_LIMIT }: NotFoundLimits = {},
): NotFoundFiles {
  const files = new Map<string, unknown>();
  for (const item of items) files.set(notFoundItemUrl(item.id), item);

  const directory: IdDirectory = { forward: [], backward: [] };
  for (const order of ['forward', 'backward'] as const) {
    const sorted = items.map((item) => ({ item, key: idKey(item.id, order) })).sort((a, b) => byCodeUnit(a.key, b.key));
    for (let start = 0; start < sorted.length; start += chunk) {
      const held = sorted.slice(Math.max(0, start - margin), start + chunk + margin).map((e) => e.item);
      const ids = (kind: CatalogueItem['kind']) => held.flatMap((i) => (i.kind === kind ? [i.id] : [])).sort(byCodeUnit);
      const body: IdChunk = { documents: ids('document'), news: ids('news') };
      const name = named(body);
      files.set(notFoundIdsUrl(name), body);
      directory[order].push([start === 0 ? '' : sorted[start]!.key, name]);
    }
  }
  const ids = named(directory);
  files.set(notFoundIdsUrl(ids), directory);

  // Each document under the keys its units and parts are typed by, with those units and parts only.
  const lists = new Map<string, CatalogueDocument[]>();
  for (const doc of items) {
    if (doc.kind !== 'document') continue;
    const own = new Map<string, CatalogueDocument>();
    const entry = (key: string) => {
      let found = own.get(key);
      if (!found) own.set(key, (found = { ...doc, units: [], parts: [] }));
      return found;
    };
    for (const unit of doc.units) {
      const ref = unitRef(unit.id);
      if (ref && (ref.prefix === 'm' || ref.prefix === 'art')) entry(numberedKey(ref)).units.push(unit);
    }
    for (const part of doc.parts) {
      const ref = unitRef(part.id);
      if (ref && (ref.prefix === 'p' || ref.prefix === 'ch')) entry(numberedKey(ref)).parts.push(part);
    }
    for (const [key, found] of own) {
      const list = lists.get(key);
      if (list) list.push(found);
      else lists.set(key, [found]);
    }
  }
  for (const [key, documents] of lists) {
    const body: NumberedDocuments = { total: documents.length, documents: documents.slice(0, numbered) };
    files.set(notFoundNumberedUrl(key), body);
  }
  return { page: { ids }, files };
}

const built = new WeakMap<Corpus, NotFoundFiles>();

/** The files of a corpus, built once for the page and the files' route. */
export function corpusNotFoundFiles(corpus: Corpus): NotFoundFiles {
  let found = built.get(corpus);
  if (!found) built.set(corpus, (found = notFoundFiles(catalogueItems(corpus))));
  return found;
}

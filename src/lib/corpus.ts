import { join } from 'node:path';
import { documentUrl, newsUrl } from './routes.ts';
import { type LoadedItem, loadItems } from './content/load-items.ts';
import type { ItemMeta } from './schema/item-meta.ts';
import type { DocumentTree, Measure, NewsTree, Part, Repair, Sentence } from './schema/tree.ts';

/** A parsed official document with the indexes pages need. */
export interface DocumentEntry {
  kind: 'document';
  id: string;
  meta: ItemMeta;
  tree: DocumentTree;
  url: string;
  sourceFile: string;
  slice: [number, number];
  measures: Measure[];
  /** Every sentence of the document in reading order. */
  sentences: Sentence[];
  /** The part a measure belongs to. */
  partOf: (measureId: string) => Part;
  repairs: Repair[];
}

export interface NewsEntry {
  kind: 'news';
  id: string;
  meta: ItemMeta;
  tree: NewsTree;
  url: string;
  sourceFile: string;
  slice: [number, number];
  sentences: Sentence[];
  repairs: Repair[];
}

export type CorpusEntry = DocumentEntry | NewsEntry;

export interface Corpus {
  /** In source order, sources sorted by name. */
  entries: CorpusEntry[];
  documents: DocumentEntry[];
  news: NewsEntry[];
  /** Raw loaded items, for round-trip checks and exports. */
  items: LoadedItem[];
  byId: (id: string) => CorpusEntry | undefined;
}


/** Builds the corpus from a content directory (default: CONTENT_DIR or ./content). */
export function buildCorpus(contentDir = defaultContentDir(), root = process.cwd()): Corpus {
  const items = loadItems(contentDir, root);
  const entries = items.map(toEntry);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    documents: entries.filter((e): e is DocumentEntry => e.kind === 'document'),
    news: entries.filter((e): e is NewsEntry => e.kind === 'news'),
    items,
    byId: (id) => byId.get(id),
  };
}

export function defaultContentDir(): string {
  return process.env.CONTENT_DIR ?? join(process.cwd(), 'content');
}

function toEntry(item: LoadedItem): CorpusEntry {
  const { meta, tree, sourceFile, slice } = item;
  if (tree.type === 'document') {
    const measures = tree.parts.flatMap((p) => p.measures);
    const parts = new Map(tree.parts.flatMap((p) => p.measures.map((m) => [m.id, p] as const)));
    return {
      kind: 'document',
      id: meta.id,
      meta,
      tree,
      url: documentUrl(meta.id),
      sourceFile,
      slice,
      measures,
      sentences: [...tree.preamble, ...tree.parts.flatMap((p) => [...p.sentences, ...p.measures.flatMap((m) => m.sentences)])],
      partOf: (id) => {
        const part = parts.get(id);
        if (!part) throw new Error(`no measure ${id} in ${meta.id}`);
        return part;
      },
      repairs: tree.repairs,
    };
  }
  return {
    kind: 'news',
    id: meta.id,
    meta,
    tree,
    url: newsUrl(meta.id),
    sourceFile,
    slice,
    sentences: tree.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])),
    repairs: tree.repairs,
  };
}

let cached: Corpus | undefined;

/** The site's corpus, built once per process (pages call this many times). */
export function getCorpus(): Corpus {
  cached ??= buildCorpus();
  return cached;
}

// The corpus: every parsed item with the lists most code asks for. Built once per build, from the
// items the content layer holds, by the site model (src/lib/site/model.ts).
import type { ParsedItem } from './content/items.ts';
import { documentUrl, newsUrl } from './routes.ts';
import type { ItemMeta, NewsMeta } from './schema/item-meta.ts';
import type { DocumentRoot, NewsRoot } from './tree/nodes.ts';
import { type DocumentOutline, type Measure, type NewsOutline, type Part, outlineOfDocument, outlineOfNews } from './tree/outline.ts';
import type { Repair, Sentence } from './schema/tree.ts';
import { type UnitList, documentUnits } from './units/units.ts';

interface EntryBase {
  id: string;
  meta: ItemMeta;
  url: string;
  /** Path of the source, relative to the project root. */
  sourceFile: string;
  /** Where the item lies in its source: [start, end). */
  slice: [number, number];
  /** Every sentence of the item in reading order. */
  sentences: Sentence[];
  repairs: Repair[];
}

/** A parsed official document: its unist tree, its list of units, the outline grouping them, and its measures. */
export interface DocumentEntry extends EntryBase {
  kind: 'document';
  root: DocumentRoot;
  /** The one list of its units in reading order, with its indexes: what every index and export maps. */
  units: UnitList;
  outline: DocumentOutline;
  measures: Measure[];
  /** The part or chapter a measure, article or point belongs to; undefined for one outside any (a speech's 第一，). */
  partOf: (measureId: string) => Part | undefined;
  /** A measure, article or point by id. */
  measure: (id: string) => Measure | undefined;
}

/** A parsed news item or photo caption. */
export interface NewsEntry extends EntryBase {
  kind: 'news';
  meta: NewsMeta;
  root: NewsRoot;
  outline: NewsOutline;
}

export type CorpusEntry = DocumentEntry | NewsEntry;

/** A document's size in characters of its sentences, whitespace left out: the catalogue shows it, comparisons take shares of it. */
export const documentChars = (d: Pick<DocumentEntry, 'sentences'>) =>
  d.sentences.reduce((n, s) => n + s.text.replace(/\s/gu, '').length, 0);

export interface Corpus {
  /** In source order, sources sorted by name. */
  entries: CorpusEntry[];
  documents: DocumentEntry[];
  news: NewsEntry[];
  byId: (id: string) => CorpusEntry | undefined;
}

/** The corpus of a set of parsed items, in the order given. */
export function buildCorpus(items: readonly ParsedItem[]): Corpus {
  const entries = items.map(toEntry);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    documents: entries.filter((e): e is DocumentEntry => e.kind === 'document'),
    news: entries.filter((e): e is NewsEntry => e.kind === 'news'),
    byId: (id) => byId.get(id),
  };
}

function toEntry({ meta, root, sourceFile, slice }: ParsedItem): CorpusEntry {
  const base = { id: meta.id, meta, sourceFile, slice };
  if (root.type === 'document') {
    const units = documentUnits(meta.id, root);
    const outline = outlineOfDocument(root, units);
    const { measures } = outline;
    const parts = new Map(outline.parts.map((p) => [p.id, p]));
    const byId = new Map(measures.map((m) => [m.id, m]));
    return {
      ...base,
      kind: 'document',
      root,
      units,
      outline,
      url: documentUrl(meta.id),
      measures,
      sentences: units.list.flatMap((u) => u.sentences).sort((a, b) => a.span[0] - b.span[0]),
      measure: (id) => byId.get(id),
      partOf: (id) => {
        const measure = byId.get(id);
        if (!measure) throw new Error(`no measure ${id} in ${meta.id}`);
        return parts.get(measure.part);
      },
      repairs: outline.repairs,
    };
  }
  const outline = outlineOfNews(root);
  // The schema refuses news without its date of publication.
  return {
    ...base,
    meta: meta as NewsMeta,
    kind: 'news',
    root,
    outline,
    url: newsUrl(meta.id),
    sentences: outline.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])),
    repairs: outline.repairs,
  };
}

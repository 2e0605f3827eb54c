import type { ItemMeta } from '../schema/item-meta.ts';
import type { Measure, Part, Sentence } from '../schema/tree.ts';

/**
 * What citing reads of an item: a corpus entry has all of it, and so does the small context the
 * browser fetches (context.ts), so one formatting code serves the build and the reader's browser.
 */
export type CitableSentence = Pick<Sentence, 'id' | 'text'>;
export type CitableMeasure = Pick<Measure, 'id' | 'numeral'> & { sentences: CitableSentence[] };
export type CitablePart = Pick<Part, 'id' | 'numeral'> & { sentences: CitableSentence[]; measures: CitableMeasure[] };

export type DocumentCiteMeta = Pick<ItemMeta, 'title' | 'shortTitle' | 'issuers' | 'docNumber' | 'date' | 'published' | 'publisher'>;
export type NewsCiteMeta = Pick<ItemMeta, 'title' | 'titleEditorial' | 'publisher' | 'place' | 'published' | 'kind'>;

export interface CitableDocument {
  id: string;
  url: string;
  meta: DocumentCiteMeta;
  outline: { preamble: CitableSentence[]; parts: CitablePart[] };
  measures: CitableMeasure[];
  sentences: CitableSentence[];
  partOf: (measureId: string) => CitablePart;
}

export interface CitableNews {
  id: string;
  url: string;
  meta: NewsCiteMeta;
  sentences: CitableSentence[];
}

import type { ItemMeta } from '../schema/item-meta.ts';
import type { Measure, Part, Sentence } from '../schema/tree.ts';

/**
 * What citing reads of an item: a corpus entry has all of it, and so does the small context the
 * browser fetches (context.ts), so one formatting code serves the build and the reader's browser.
 */
export type CitableSentence = Pick<Sentence, 'id' | 'text'>;
/**
 * An article's sentences by where they stand in it: sentence id → its paragraph (款, from 1) and,
 * in an item (项), the item's label （三）. Only articles have it.
 */
export type ArticlePlaces = Record<string, [number] | [number, string]>;
export type CitableMeasure = Pick<Measure, 'id' | 'numeral'> & {
  sentences: CitableSentence[];
  /** An article of a regulation or a point of a speech; absent for a measure. */
  kind?: 'article' | 'point' | undefined;
  places?: ArticlePlaces | undefined;
};
export type CitablePart = Pick<Part, 'id' | 'numeral'> & {
  sentences: CitableSentence[];
  measures: CitableMeasure[];
  /** A chapter of a regulation; absent for a part. */
  kind?: 'chapter' | undefined;
};

export type DocumentCiteMeta = Pick<
  ItemMeta,
  'kind' | 'title' | 'shortTitle' | 'issuers' | 'docNumber' | 'date' | 'published' | 'publisher'
>;
export type NewsCiteMeta = Pick<ItemMeta, 'title' | 'titleEditorial' | 'publisher' | 'place' | 'published' | 'kind'>;

export interface CitableDocument {
  id: string;
  url: string;
  meta: DocumentCiteMeta;
  outline: { preamble: CitableSentence[]; parts: CitablePart[]; closing?: CitableSentence[] | undefined };
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

import type { ItemMeta, NewsMeta } from '../schema/item-meta.ts';
import type { Sentence } from '../schema/tree.ts';
import type { UnitKind } from '../units/kinds.ts';

/**
 * What citing reads of an item: a corpus entry has all of it, and so does the small context the
 * browser fetches (context.ts), so one formatting code serves the build and the reader's browser.
 */
export type CitableSentence = Pick<Sentence, 'id' | 'text'>;
/**
 * An article's sentences by where they stand in it: sentence id → its paragraph (款) as a citation
 * numbers it (二 for 第二款: written at build, so the browser's citing carries no numeral code) and,
 * in an item (项), the item's label （三）, and in a sub-item (目) of it, its number. Only articles have it.
 */
export type ArticlePlaces = Record<string, [string] | [string, string] | [string, string, number]>;
/**
 * A unit of a document as citing reads it (src/lib/units/units.ts holds them all): what it is,
 * how it is numbered and labelled, the unit around it, its own sentences, and for an article where
 * each of its sentences stands.
 */
export interface CitableUnit {
  id: string;
  kind: UnitKind;
  /** The label as printed: （十四）, 第五条, 一、, 第二章, 附件1; '' where none is printed. */
  label: string;
  /** The numeral as printed (十四, 五), null for an unnumbered unit. */
  numeral: string | null;
  /** The unit it lies in, null at the top. */
  parent: string | null;
  sentences: readonly CitableSentence[];
  places?: ArticlePlaces | undefined;
  /** The title of a document a notice issues (kind `issued`): what its units are cited under. */
  heading?: string | null | undefined;
}

export type DocumentCiteMeta = Pick<
  ItemMeta,
  'kind' | 'title' | 'shortTitle' | 'issuers' | 'docNumber' | 'date' | 'published' | 'publisher'
>;
export type NewsCiteMeta = Pick<NewsMeta, 'title' | 'titleEditorial' | 'publisher' | 'place' | 'published' | 'kind'>;

export interface CitableDocument {
  id: string;
  url: string;
  meta: DocumentCiteMeta;
  /** Its units in reading order: a corpus entry's unit list, or the cite context's copy of it. */
  units: { list: readonly CitableUnit[] };
}

export interface CitableNews {
  id: string;
  url: string;
  meta: NewsCiteMeta;
  sentences: CitableSentence[];
}

// The kinds of unit a document's list holds, and which of them have a page or divide the text:
// data alone, so the code the reader's browser runs (citing) can read it without the tree walk.
/** What the document calls a unit: every kind, in one list the export schema reads too. */
export const UNIT_KINDS = [
  'preamble',
  'part',
  'book',
  'chapter',
  'section',
  'measure',
  'article',
  'point',
  'subitem',
  'box',
  'table',
  'closing',
  'attachment',
  'notice',
  'signature',
  'issued',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Units with a page of their own (/documents/<doc>/<id>/): what a reader cites and an annotator codes. */
export const PAGE_KINDS: ReadonlySet<UnitKind> = new Set(['measure', 'article', 'point']);
/** Units that divide a document into sections: parts 一、, books 编, chapters 章, sections 节. */
export const DIVISION_KINDS: ReadonlySet<UnitKind> = new Set(['part', 'book', 'chapter', 'section']);

/**
 * The units a document's contents list: every unit a reader goes to, as they nest; not a sub-item,
 * box, table or signature, which are found in the text around them.
 */
export const CONTENTS_KINDS: ReadonlySet<UnitKind> = new Set(
  UNIT_KINDS.filter((k) => !['subitem', 'box', 'table', 'signature'].includes(k)),
);

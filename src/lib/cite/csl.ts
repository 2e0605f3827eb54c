/**
 * The subset of CSL-JSON (citation style language, v1.0.2 variables) our citations use. Every item
 * is a `webpage`: what is cited is the page at URL, a copy of the text its publisher printed. The
 * standard styles render that as it should be (tests/clients/citeproc.test.ts, with citeproc-js):
 * GB/T 7714-2015 as an electronic resource [EB/OL], with the 文号 (`number`) after the title as
 * its other title information, the copy's date in brackets and no publisher (a `publisher` would
 * turn it into a printed book's 出版项); APA 7 as a web page with its authors, the kind (`genre`)
 * and the publisher as site (`container-title`). `legislation` made GB/T styles print [A/OL]
 * (archive) and APA drop the authors; `speech` made [Z/OL].
 */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: Array<{ literal: string }>;
  /** The kind of document: 意见, 条例, 说明, 新闻. */
  genre?: string;
  /** The document number (文号) as printed. */
  number?: string;
  /** Where in the document: 第（十四）条 (no standard style prints it; a citer's locator says it in the text). */
  section?: string;
  /** The publisher of the copy (新华社), as a web page's site. */
  'container-title'?: string;
  /** The copy's publication date; absent for a text that carries no date: citeproc prints the style's “n.d.” term. */
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
}

export function cslDate(iso: string): CslDate {
  const [y, m, d] = iso.split('-').map(Number);
  return { 'date-parts': [[y!, m!, d!]] };
}

/**
 * CSL-JSON is exchanged as an array of items. Two-space indentation reads well when pasted;
 * date-parts stay on one line ([[2024, 10, 12]]) rather than one number a line.
 */
export function formatCslJson(items: readonly CslItem[]): string {
  return JSON.stringify(items, null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');
}

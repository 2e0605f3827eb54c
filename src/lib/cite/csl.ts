/** The subset of CSL-JSON (citation style language, v1.0.2 variables) our citations use. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

export interface CslItem {
  id: string;
  type: 'legislation' | 'speech' | 'article-newspaper';
  title: string;
  author: Array<{ literal: string }>;
  authority?: string;
  genre?: string;
  number?: string;
  section?: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  /** Absent for a text that carries no date: citeproc prints the style's “n.d.” term. */
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

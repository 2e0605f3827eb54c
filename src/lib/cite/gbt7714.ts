/**
 * A GB/T 7714-2015 reference for an electronic resource (clause 4.8 and 8.x):
 * 主要责任者. 题名: 其他题名信息[文献类型标志/载体标志]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * The other title information is the document number (文号, like a report's number, 8.2.4), as
 * the official CSL styles print `number` (tests/clients/citeproc.test.ts).
 * Western punctuation with a space after, as in the standard's own examples; several
 * responsible bodies are separated by ", ".
 */
export interface GbtElectronic {
  authors: readonly string[];
  title: string;
  /** The document number (国办发〔2018〕118号), printed after the title: other title information. */
  number?: string | undefined;
  /** EB (electronic bulletin: web page), N (newspaper), … */
  type: 'EB' | 'N' | 'R' | 'S';
  /** Publication or last-update date, YYYY-MM-DD; undefined for a text that carries none (the part is left out). */
  published: string | undefined;
  /** Date the citer accessed it, YYYY-MM-DD. */
  accessed: string;
  url: string;
}

export function gbt7714(ref: GbtElectronic): string {
  const who = ref.authors.join(', ');
  const updated = ref.published ? `(${ref.published})` : '';
  const title = ref.number ? `${ref.title}: ${ref.number}` : ref.title;
  // A text that names no responsible body (a constitution reprinted bare) begins with its title.
  return `${who ? `${who}. ` : ''}${title}[${ref.type}/OL]. ${updated}[${ref.accessed}]. ${ref.url}.`;
}

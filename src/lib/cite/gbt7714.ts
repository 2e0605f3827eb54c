/**
 * A GB/T 7714-2015 reference for an electronic resource (clause 4.8 and 8.x):
 * 主要责任者. 题名[文献类型标志/载体标志]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * Western punctuation with a space after, as in the standard's own examples; several
 * responsible bodies are separated by ", ".
 */
export interface GbtElectronic {
  authors: readonly string[];
  title: string;
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
  return `${who}. ${ref.title}[${ref.type}/OL]. ${updated}[${ref.accessed}]. ${ref.url}.`;
}

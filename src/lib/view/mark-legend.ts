// The legend of the marks drawn in a text (src/lib/view/render-sentence.ts writes them,
// src/styles/global.css draws them): each with a sample drawn by the text's own rule, so the
// legend looks as the text does, in either scheme and with the annotations hidden.

export interface MarkLegendEntry {
  /** The element and class of the sample: the very rule that draws the mark in the text. */
  sample: { tag: 'mark' | 'span' | 'a'; class: string; text: string; href?: string };
  /** What the mark looks like, in words (for those who cannot tell it by sight). */
  looks: string;
  meaning: string;
}

export const MARK_LEGEND: readonly MarkLegendEntry[] = [
  {
    // mark.ev: an inset shadow in --mark (#fff1b8, a pale yellow) under the words.
    sample: { tag: 'mark', class: 'ev', text: '各级工会' },
    looks: '黄色底线',
    meaning: '点名负责主体的原文字句，即该条主体标注的依据；指向条文旁的主体标签时，它点名的字句加亮。',
  },
  {
    sample: { tag: 'a', class: 'term', text: '术语', href: '/terms/' },
    looks: '淡红下划线',
    meaning: '术语表中的词，点按看释义。',
  },
  {
    sample: { tag: 'span', class: 'rp', text: '修补' },
    looks: '虚线',
    meaning: '编者的修补（如因报纸分栏断开的词），底本原样见注记页。',
  },
  {
    sample: { tag: 'span', class: 'nq', text: '存疑' },
    looks: '波浪线和“注”字',
    meaning: '编者注记：对底本文字的存疑，原文不改。',
  },
  {
    sample: { tag: 'span', class: 'sa-sample', text: '#' },
    looks: '句末的 #',
    meaning: '这一句的永久链接：点按即把地址定到这一句，并打开引用框。鼠标指向句子时显示，触屏上常显。',
  },
];

/** The sentence after the list: the header's 注释 button hides them all. */
export const LEGEND_TOGGLE_NOTE = '页首的“注释”按钮可隐藏这些标记。';

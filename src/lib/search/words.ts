// Sub-words of a query term, for the weaker "all words" and "partial" matches. Single Han
// characters carry no meaning on their own (一, 函, 会…), so they never count as words here.

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : undefined;

const isSingleHan = (w: string) => /^\p{Script=Han}$/u.test(w);

/** Words of a term worth finding on their own, in order, without repeats. */
export function subWords(term: string): string[] {
  if (!segmenter) return [term];
  const words: string[] = [];
  for (const s of segmenter.segment(term)) {
    if (!s.isWordLike || isSingleHan(s.segment)) continue;
    if (!words.includes(s.segment)) words.push(s.segment);
  }
  return words;
}

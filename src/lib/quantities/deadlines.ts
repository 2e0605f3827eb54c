// Deadlines written in a sentence: the dates a text sets something for (到2035年, 力争到2027年,
// 2025年底前, 2035年远景目标, 到“十四五”时期末, 年内). A date that only tells when something
// happened (2月11日, 今年1月) is not one: only these shapes count, each pinned in targets.test.ts.

/** A deadline as printed, with the year it falls in (the timeline's key). */
export interface Deadline {
  /** The words as printed: 力争到2035年, 2025年底前, 年内. */
  text: string;
  start: number;
  end: number;
  /** The date itself, without 到 or 力争: 2035年, “十四五”时期末, 本世纪中叶, 年内. */
  when: string;
  /** The year it falls in; for 年内 the year of the document (null when none is given), for 本世纪中叶 2050. */
  year: number | null;
  /** Whether `year` is read from a loose phrase (本世纪中叶, a plan period) rather than printed. */
  approximate: boolean;
  /** by: 到…; before: …前; vision: …远景目标, 展望…; within-year: 年内, 今年将…. */
  kind: 'by' | 'before' | 'vision' | 'within-year';
}

const CN_DIGITS = '〇一二三四五六七八九';
const YEAR = String.raw`(?:\d{4}|二〇[〇一二三四五六七八九]{2})年`;
/** “十四五”时期末, “十五五”末: the end of a five-year plan. */
const PLAN_END = String.raw`“十[一二三四五六七八九]?五”(?:时期|规划期)?末`;
const CENTURY = '本世纪中叶';

// Alternatives in the order a sentence is read; one global pass, so spans never overlap.
const PATTERN = new RegExp(
  [
    String.raw`(?<by>(?:力争|争取)?(?:到|至)(?<byWhen>${YEAR}(?:底|末)?|${PLAN_END}|${CENTURY}))`,
    String.raw`(?<vision>(?<visionWhen>${YEAR})远景目标|展望(?<lookWhen>${YEAR})(?!远景目标))`,
    String.raw`(?<before>(?<beforeWhen>${YEAR}(?:底|末)?)(?:以前|前))`,
    // 五年内, 3年内 are durations, not the year of the text: the lookbehind leaves them out.
    // 今年 sets a deadline only when what follows is still to come (今年将安排…); 今年1月 is a date.
    String.raw`(?<within>(?<![\d〇一二三四五六七八九十两几多])(?:今年|本年度?)?年内|今年(?=将|要|力争|争取))`,
  ].join('|'),
  'gu',
);

/** The deadlines of one sentence, in order; `documentYear` is the year 年内 means. */
export function deadlinesIn(text: string, documentYear?: number): Deadline[] {
  const found: Deadline[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups!;
    const base = { text: m[0], start: m.index, end: m.index + m[0].length };
    if (g.by) {
      const when = g.byWhen!;
      found.push({ ...base, when, ...yearOf(when), kind: 'by' });
    } else if (g.vision) {
      const when = g.visionWhen ?? g.lookWhen!;
      found.push({ ...base, when, ...yearOf(when), kind: 'vision' });
    } else if (g.before) {
      const when = g.beforeWhen!;
      found.push({ ...base, when, ...yearOf(when), kind: 'before' });
    } else {
      found.push({ ...base, when: m[0], year: documentYear ?? null, approximate: false, kind: 'within-year' });
    }
  }
  return found;
}

/** The year a date phrase falls in. */
function yearOf(when: string): { year: number; approximate: boolean } {
  if (when === CENTURY) return { year: 2050, approximate: true };
  const plan = /“十([一二三四五六七八九]?)五”/u.exec(when);
  // The N-th five-year plan ends in 1955 + 5N from the third on (三五 1966–1970; 十四五 2021–2025).
  if (plan) return { year: 1955 + 5 * (10 + (plan[1] ? CN_DIGITS.indexOf(plan[1]) : 0)), approximate: true };
  const digits = /^(\d{4}|二〇[〇一二三四五六七八九]{2})/u.exec(when)![1]!;
  const year = /^\d/.test(digits) ? Number(digits) : Number([...digits].map((c) => CN_DIGITS.indexOf(c)).join(''));
  return { year, approximate: false };
}

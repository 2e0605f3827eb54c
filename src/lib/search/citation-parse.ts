// Reads a query as a citation: [a document] + [a place in it], the way Chinese texts cite each
// other: 《条例》第八条第二款, 某某法第十三条, 国发〔2019〕4号, 第四部分第（二）条, （二）, 专栏3,
// 重点任务12, 附件1, 第一点. Pure and browser-safe: it decides, before anything is fetched,
// whether a query is a citation at all (most are not, and cost nothing more).
import { parseChineseNumeral } from '../numerals.ts';
import type { Step, StepKind } from './citation-keys.ts';
import { fold } from './normalize.ts';

export interface CitationQuery {
  /** The document named, as typed (inside its 《》), or undefined when the citation names a place only. */
  doc?: { text: string; by: 'title' | 'number'; bracketed: boolean };
  /** The place, from the outermost step in; empty when the document alone is named. */
  steps: Step[];
  /** The place as typed (第八条第二款), to tell the reader a document has no such place. */
  path: string;
}

/** A number as printed: Chinese (八, 二十三) or Arabic (8, 12, full-width ones folded). */
const NUM = '([零一二三四五六七八九十百]+|\\d{1,4})';

function number(text: string): number | null {
  const n = /^\d+$/u.test(text) ? Number(text) : parseChineseNumeral(text);
  return n ? n : null;
}

/** What the previous step was, so 第（三）项 after an article is its item, after a measure nothing. */
type Context = StepKind | undefined;
const inArticle = (ctx: Context) => ctx === 'article' || ctx === 'paragraph';

type Rule = [RegExp, (m: RegExpExecArray, ctx: Context) => Step[] | null];

const numbered =
  (kind: StepKind, when: (ctx: Context) => boolean = () => true) =>
  (m: RegExpExecArray, ctx: Context): Step[] | null => {
    const n = number(m[1]!);
    return n && when(ctx) ? [{ kind, n }] : null;
  };

/** A box by its number and the name its label holds: 专栏3, 【重点任务12】. */
const box = (name: string, digits: string): Step[] | null => {
  const n = number(digits);
  return n ? [{ kind: 'box', n, name }] : null;
};

const rule = (source: string, read: Rule[1]): Rule => [new RegExp(source, 'uy'), read];

/**
 * The steps a place is cited with, tried in this order at each position (第十条之一 before
 * 第十条; the bare box name last, as it would take 附件1 or 表1 for a box).
 */
const RULES: Rule[] = [
  rule(`第${NUM}编`, numbered('book')),
  rule(`第${NUM}章`, numbered('chapter')),
  rule(`第${NUM}节`, numbered('section')),
  rule(`第${NUM}部分`, numbered('part')),
  rule(`第${NUM}条之${NUM}`, (m) => {
    const [n, sub] = [number(m[1]!), number(m[2]!)];
    return n && sub ? [{ kind: 'article', n, sub }] : null;
  }),
  // 第（十四）条 is a measure (how the cite panel cites one); 第十四条 an article.
  rule(`第\\(${NUM}\\)条`, numbered('measure')),
  rule(`第${NUM}条`, numbered('article')),
  rule(
    `第${NUM}款`,
    numbered('paragraph', (ctx) => ctx === 'article'),
  ),
  rule(`第\\(${NUM}\\)项`, numbered('item', inArticle)),
  // 第三项 in an article is its item; elsewhere 第1项 is a measure's sub-item 1.
  rule(`第${NUM}项`, (m, ctx) => numbered(inArticle(ctx) ? 'item' : 'subitem')(m, ctx)),
  // 第1目: a sub-item of an article's item.
  rule(
    `第${NUM}目`,
    numbered('subitem', (ctx) => ctx === 'item'),
  ),
  rule(`第${NUM}(?:点|,)`, numbered('point')),
  rule(`专栏${NUM}`, (m) => box('专栏', m[1]!)),
  rule('【(\\p{Script=Han}{2,6})(\\d{1,3})】|\\[(\\p{Script=Han}{2,6})(\\d{1,3})\\]', (m) => box(m[1] ?? m[3]!, m[2] ?? m[4]!)),
  rule(`附件${NUM}?`, (m) => {
    const n = m[1] ? number(m[1]) : 1;
    return n ? [{ kind: 'attachment', n }] : null;
  }),
  rule('表(\\d{1,3})', numbered('table')),
  // （三） after an article is its item, else a measure.
  rule(`\\(${NUM}\\)`, (m, ctx) => numbered(inArticle(ctx) ? 'item' : 'measure')(m, ctx)),
  rule(
    '(\\d{1,3})[.、]',
    numbered('subitem', (ctx) => ctx === 'measure'),
  ),
  rule('前言|序言', () => [{ kind: 'preamble' }]),
  rule('结语', () => [{ kind: 'closing' }]),
  rule('通知正文', () => [{ kind: 'notice' }]),
  // 六（十四）: a part and its measure, as the full citation form writes them.
  rule(
    '([零一二三四五六七八九十百]+)、?(?=\\()',
    numbered('part', (ctx) => ctx === undefined),
  ),
  // A name holding 专栏 is no name (意见专栏3 is 《意见》's 专栏3).
  rule('(?!第|附件)((?:(?!专栏)\\p{Script=Han}){2,4})(\\d{1,3})(?!\\d)', (m) => box(m[1]!, m[2]!)),
];

/** The steps of a whole string, or null when any of it is not a step. */
function parsePath(s: string): Step[] | null {
  const steps: Step[] = [];
  let at = 0;
  while (at < s.length) {
    let next: Step[] | null = null;
    for (const [re, read] of RULES) {
      re.lastIndex = at;
      const m = re.exec(s);
      if (m && m[0] && (next = read(m, steps.at(-1)?.kind))) {
        at += m[0].length;
        break;
      }
    }
    if (!next) return null;
    steps.push(...next);
  }
  return steps.length ? steps : null;
}

/** The traditional forms of the words places are cited with (第八條第二款, 專欄3). */
const TRADITIONAL: Record<string, string> = { 條: '条', 節: '节', 編: '编', 項: '项', 點: '点', 專: '专', 欄: '栏', 結: '结', 語: '语' };

/** A 文号 as printed: 国发〔2019〕4号 (brackets of any kind), 国令第706号. */
const DOC_NUMBER = /^\p{Script=Han}*[〔[(【]\d{4}[〕\])】]第?\d+号$|^\p{Script=Han}+第\d+号$/u;

/** At most this many readings of where a title ends and the place begins (see parseCitation). */
const READINGS = 3;

/**
 * The ways a query reads as a citation, most likely first; none when it is not one. A title in
 * 《》 ends at its 》. Otherwise the place is the longest tail of the query that is all steps and
 * what comes before it names the document; when a bare title could end in more than one place
 * (规划重点任务3: a box named 重点任务, 点任务 or 任务) each reading is given, and the first
 * whose document exists is the one meant.
 */
export function parseCitation(raw: string): CitationQuery[] {
  // Every change below keeps one character for one, so `typed` slices the query as typed.
  const typed = raw.normalize('NFC').replace(/\s+/gu, '');
  const s = [...fold(typed)].map((c) => TRADITIONAL[c] ?? c).join('');
  if (!s) return [];
  const doc = (end: number, bracketed: boolean) => {
    const text = typed.slice(bracketed ? 1 : 0, bracketed ? end - 1 : end);
    return { text, by: DOC_NUMBER.test(s.slice(0, end)) ? ('number' as const) : ('title' as const), bracketed };
  };
  if (s.startsWith('《')) {
    const end = closingBracket(s);
    if (end < 0) return [];
    const steps = end === s.length ? [] : parsePath(s.slice(end));
    return steps ? [{ doc: doc(end, true), steps, path: typed.slice(end) }] : [];
  }
  const readings: CitationQuery[] = [];
  for (let at = 0; at < s.length && readings.length < READINGS; at++) {
    const steps = parsePath(s.slice(at));
    if (!steps) continue;
    // The whole query is a place (第四部分第（二）条): no shorter tail is read as one.
    if (at === 0) return [{ steps, path: typed }];
    readings.push({ doc: doc(at, false), steps, path: typed.slice(at) });
  }
  if (!readings.length && DOC_NUMBER.test(s)) return [{ doc: doc(s.length, false), steps: [], path: '' }];
  return readings;
}

/** Where the 《 that opens the string closes (after the 》), titles nesting: 《关于《…》的说明》. */
function closingBracket(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '《') depth++;
    else if (s[i] === '》' && --depth === 0) return i + 1;
  }
  return -1;
}

import type { Unit } from '../links/units.ts';
import { sentencePath } from '../links/units.ts';
import { deadlinesIn } from './deadlines.ts';

/** A figure written in the text: a number with its unit, as the sentence prints it. */
export interface Quantity {
  /** `2024-chanye-gongren#p1-s3@9`: item, sentence and offset of the figure. */
  id: string;
  item: string;
  unitKey: string;
  sentence: string;
  url: string;
  /** The figure as printed, qualifiers included: 2000名左右, 约8800亿元, 60%以上, 1/3. */
  text: string;
  start: number;
  end: number;
  value: number;
  /** 名, 个, 项, 亿元, 米, 吨, %, or '' for a bare fraction. */
  unit: string;
  /** 约, 近, 余, 左右, 以上, 以下 … as printed around the number. */
  qualifiers: string[];
  /** The date a target is set for, when the sentence sets one (到2035年, 到“十四五”时期末, 年内: ./deadlines.ts). */
  target: string | null;
  /** Words naming what is counted (what follows a counted noun, else what precedes it in the clause). */
  label: string;
}

/**
 * Units that make a number a quantity. Dates and times (年, 月, 日, 时, 分) are not quantities
 * and are left out: their digits are matched by DATE first so 2035年 is never read as 2035 of
 * anything.
 */
const UNITS = ['亿元', '万元', '千米', '公里', '%', '元', '名', '个', '项', '米', '吨', '人', '家', '所', '倍'] as const;
const COUNTERS = new Set(['名', '个', '项', '人', '家', '所']);
const PATTERN = new RegExp(
  String.raw`(约|近|超过|逾)?(\d+(?:\.\d+)?)(?:(\/)(\d+)|(余|多)?(${UNITS.join('|')})(左右|以上|以下|余)?|(年|月份|月|日|时|分|号))`,
  'gu',
);

export function extractQuantities(units: readonly Unit[]): Quantity[] {
  return units.flatMap((unit) =>
    unit.sentences.flatMap((s) =>
      quantitiesIn(s.text).map((q) => ({
        ...q,
        id: `${unit.item}#${s.id}@${q.start}`,
        item: unit.item,
        unitKey: unit.key,
        sentence: s.id,
        url: sentencePath(unit, s.id),
      })),
    ),
  );
}

type Found = Omit<Quantity, 'id' | 'item' | 'unitKey' | 'sentence' | 'url'>;

/** The quantities of one sentence, in order. */
export function quantitiesIn(text: string): Found[] {
  const target = deadlinesIn(text)[0]?.when ?? null;
  const found: Found[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, before, digits, slash, denominator, approx, unit, after, dateUnit] = m;
    if (dateUnit) continue;
    const value = slash ? Number(digits) / Number(denominator) : Number(digits);
    found.push({
      text: whole,
      start: m.index,
      end: m.index + whole.length,
      value,
      unit: slash ? '' : unit!,
      qualifiers: [before, approx, after].filter((q): q is string => !!q),
      target,
      label: '',
    });
  }
  return found.map((q, i) => ({ ...q, label: labelOf(text, q, found[i - 1], found[i + 1]) }));
}

const CLAUSE_END = /[，。；：！？,;:!?]/;

/** The words a quantity counts: after a counter word (2000名左右大国工匠), else before it (项目121个). */
function labelOf(text: string, q: Found, prev: Found | undefined, next: Found | undefined): string {
  let from = q.start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = q.end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  const trim = (s: string) => s.replace(/^[、和及与]+|[、和及与]+$/g, '');
  const after = trim(text.slice(q.end, Math.min(to, next && next.start < to ? next.start : to)));
  const before = trim(text.slice(Math.max(from, prev && prev.end > from ? prev.end : from), q.start));
  if (COUNTERS.has(q.unit) && /^\p{Script=Han}{2}/u.test(after)) return after.split('、')[0]!;
  // 确保60%以上用于一线职工教育和培训: a verb or two before says less than the words after.
  const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
  return han(before) < 3 && han(after) > han(before) ? after : before || after;
}

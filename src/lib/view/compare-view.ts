// What /compare/<a>/<b>/ renders: the two documents' units side by side, B's in order with the
// unit of A each repeats, every sentence cut into what the other document also has (verbatim or
// near) and what it does not, and the pairs with their scores and reasons; and what /compare/
// lists, a page of the pairs at a time.
import { MACHINE_LABEL } from '../actors/schema.ts';
import { type Alignment, MIN_HAN, SCORE_WEIGHTS, type SentenceStatus, reasonText } from '../compare/align.ts';
import { NEAR_THRESHOLD } from '../compare/near.ts';
import { toChineseNumeral } from '../numerals.ts';
import { UNDATED, itemDate } from '../schema/item-date.ts';
import { COMPARISONS_PER_DOCUMENT, type ComparePair, MIN_SHARE, STOCK_DOCUMENTS } from '../compare/pairs.ts';
import type { Corpus } from '../corpus.ts';
import { unitLabel } from '../links/labels.ts';
import { sentencePath, type Unit } from '../links/units.ts';
import { type MarkedRun, markedRuns } from './marked-runs.ts';
import { type Paging, pageOf } from './paging.ts';
import { compareUrl } from '../routes.ts';
import { RELATION_LABELS } from './references-view.ts';

export type CompareRun = MarkedRun<'verbatim' | 'near'>;

export interface CompareSentenceView {
  url: string;
  status: SentenceStatus;
  /** What the status means on this side: 逐字重复, 部分相同, 新增 (B); 逐字保留, 部分保留, 未再写 (A). */
  statusLabel: string;
  runs: CompareRun[];
}

export interface CompareUnitView {
  key: string;
  label: string;
  url: string;
  sentences: CompareSentenceView[];
}

export interface CompareRowView {
  anchor: string;
  b: CompareUnitView;
  /** The unit of A that B's repeats most; `shownAbove` when an earlier row printed it already. */
  a: (CompareUnitView & { shownAbove: string | null }) | null;
  score: number | null;
  reason: string;
}

export interface CompareDocView {
  id: string;
  title: string;
  url: string;
  date: string;
}

export interface CompareView {
  a: CompareDocView;
  b: CompareDocView;
  /** Why the pair has a page: shared passages, relations. */
  why: string;
  /** Sentence counts: B's verbatim, near and new; A's dropped. */
  counts: Record<SentenceStatus, number>;
  rows: CompareRowView[];
  dropped: CompareUnitView[];
  pairs: Array<{ a: { label: string; url: string }; b: { label: string; url: string }; score: number; reason: string }>;
}

const LABELS: Record<'a' | 'b', Record<SentenceStatus, string>> = {
  a: { verbatim: '逐字保留', near: '部分保留', new: '新增', dropped: '未再写' },
  b: { verbatim: '逐字重复', near: '部分相同', new: '新增', dropped: '未再写' },
};

export function compareView(pair: ComparePair, alignment: Alignment, corpus: Pick<Corpus, 'byId'>, units: readonly Unit[]): CompareView {
  const byKey = new Map(units.map((u) => [u.key, u]));
  // Beside its partner a unit marks only what the two share (`beside`); its labels still say what the
  // other document as a whole does with each sentence.
  const unitView = (key: string, side: 'a' | 'b', beside?: string): CompareUnitView => {
    const unit = byKey.get(key)!;
    return {
      key,
      label: unitLabel(unit),
      url: unit.url,
      sentences: unit.sentences.map((s) => {
        const al = alignment.sentences.get(`${key}\u0000${s.id}`)!;
        return {
          url: sentencePath(unit, s.id),
          status: al.status,
          statusLabel: LABELS[side][al.status],
          runs: markedRuns(
            s.text,
            al.spans.filter((x) => beside === undefined || x.partner.unit === beside).map((x) => ({ ...x, mark: x.kind })),
          ),
        };
      }),
    };
  };
  const shown = new Map<string, string>();
  const rows = alignment.rows.map((r): CompareRowView => {
    const anchor = `row-${r.b.split('#')[1]}`;
    const a = r.a ? { ...unitView(r.a, 'a', r.b), shownAbove: shown.get(r.a) ?? null } : null;
    if (r.a && !shown.has(r.a)) shown.set(r.a, anchor);
    return {
      anchor,
      b: unitView(r.b, 'b', r.a ?? undefined),
      a,
      score: r.pair?.score ?? null,
      reason: r.pair ? reasonText(r.pair.reason) : '',
    };
  });
  const counts: Record<SentenceStatus, number> = { verbatim: 0, near: 0, new: 0, dropped: 0 };
  for (const s of alignment.sentences.values()) {
    const side = s.unit.startsWith(`${alignment.b}#`) || s.unit === alignment.b ? 'b' : 'a';
    if (side === 'b' || s.status === 'dropped') counts[s.status]++;
  }
  const doc = (id: string): CompareDocView => {
    const e = corpus.byId(id)!;
    return { id, title: e.meta.title, url: e.url, date: itemDate(e.meta) ?? UNDATED };
  };
  const end = (key: string) => ({ label: unitLabel(byKey.get(key)!), url: byKey.get(key)!.url });
  return {
    a: doc(pair.a),
    b: doc(pair.b),
    why: whyText(pair),
    counts,
    rows,
    dropped: alignment.dropped.map((k) => unitView(k, 'a')),
    pairs: alignment.pairs.map((p) => ({ a: end(p.a), b: end(p.b), score: p.score, reason: reasonText(p.reason) })),
  };
}

/** A share as a reader reads it: 2.4%, and "不足0.1%" rather than 0.0%. */
const percent = (share: number) => (share < 0.001 ? '不足0.1%' : `${(share * 100).toFixed(1)}%`);

export function whyText(pair: ComparePair): string {
  return [
    pair.sentences && `${pair.sentences}句逐字相同`,
    pair.clauses && `${pair.clauses}个分句逐字相同`,
    pair.sharedChars && `共有文字占较短一份的${percent(pair.share)}`,
    ...pair.relations.map((r) => RELATION_LABELS[r].pair),
  ]
    .filter(Boolean)
    .join('；');
}

/** When two documents are compared, in words: what the threshold is and what does not count. */
export const PAIR_RULE = `两份文件逐字相同的句子和分句至少占较短一份文字的${MIN_SHARE * 100}%，或者一份引用另一份（说明、依据、引用、废止），才逐条对照。见于${STOCK_DOCUMENTS + 1}份以上文件的句子（称谓、套话）不计：那是文种共有的文字，不是两份文件的共同内容。每份文件至多与${COMPARISONS_PER_DOCUMENT}份对照，且须是两份文件各自最相近的${COMPARISONS_PER_DOCUMENT}份之一（有引用关系的在先，其次按共同文字的占比）。`;

/**
 * How the rows are paired, for readers: what counts as shared wording and what each kind of it
 * weighs in the score, in words (the weights and the threshold are the aligner's own).
 */
export function compareMethod(): string {
  const w = SCORE_WEIGHTS;
  const share = `${toChineseNumeral(Math.round(NEAR_THRESHOLD * 10))}成`;
  return (
    `左右怎样配对由机器决定（${MACHINE_LABEL}）：为后文的每一条，在前文中找共有文字最多的一条。` +
    `共有文字有五种：逐字相同的句子；逐字相同的分句；相近的分句（至少${MIN_HAN}个汉字，相邻两字的组合有${share}以上相同）；两条都用到的术语；两条都标注的负责主体。` +
    `得分是它们的加权和：相同的句子每句${w.sentence}分，相同的分句每个${w.clause}分，相近的分句每个${w.near}分，共有术语每个${w.term}分，共有主体每个${w.actor}分。`
  );
}

/**
 * How many pairs one page of /compare/ lists. A pair's line (both titles, and why they are
 * compared) is about 50 bytes of HTML gzipped in today's collection (6.5 KB for its 67 pairs); a
 * document is in at most COMPARISONS_PER_DOCUMENT pairs, so 10,000 documents could make 60,000
 * pairs, 3 MB on one page. 200 a page keep a page near 15 KB: today's pairs are all on /compare/,
 * then /compare/page/2/ and on.
 */
export const COMPARE_PAIRS_PER_PAGE = 200;

/** One pair on /compare/: its page, the two titles, why they are compared. */
export interface ComparePairLine {
  url: string;
  label: string;
  why: string;
}

/** Page `n` of /compare/: the pairs in the order given (by their earlier document, corpus order). */
export function compareIndexPage(
  pairs: readonly ComparePair[],
  corpus: Pick<Corpus, 'byId'>,
  n: number,
  urlOf: (n: number) => string,
): { lines: ComparePairLine[]; paging: Paging } {
  const { items, paging } = pageOf(pairs, COMPARE_PAIRS_PER_PAGE, n, urlOf);
  const title = (id: string) => corpus.byId(id)!.meta.title;
  return {
    lines: items.map((p) => ({ url: compareUrl(p.a, p.b), label: `${title(p.a)} ↔ ${title(p.b)}`, why: whyText(p) })),
    paging,
  };
}

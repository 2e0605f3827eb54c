// The words a title ends with and the kind of document each names, and the status a title may
// carry in brackets after them: 某某管理办法（试行） is measures, on trial. The longest word that
// ends the title decides (指导意见 before 意见, 实施细则 before 细则, 复函 before 函, 办法 before 法).
import type { ItemKind } from '../schema/item-meta.ts';

/**
 * The words a title ends with that name each kind (指导意见, 实施方案), one entry per kind (a kind
 * added to ItemKind must say its words here). Apart from the kinds' names (schema/kind-names.ts)
 * because only ingest reads them, and the citing code the reader's browser loads should not carry them.
 */
const TITLE_WORDS: Record<ItemKind, readonly string[]> = {
  opinion: ['意见', '指导意见', '实施意见', '若干意见'],
  proposal: ['建议'],
  plan: ['规划', '纲要', '规划纲要', '计划', '行动计划'],
  regulation: ['条例'],
  explanation: ['说明'],
  news: [],
  photo: [],
  notice: ['通知', '紧急通知', '预警通知', '预通知', '补充通知'],
  decision: ['决定'],
  resolution: ['决议'],
  communique: ['公报'],
  provisions: ['规定', '若干规定', '暂行规定'],
  measures: ['办法', '实施办法', '暂行办法'],
  'detailed-rules': ['细则', '实施细则'],
  rules: ['规则'],
  code: ['准则'],
  law: ['法', '法典'],
  scheme: ['方案', '实施方案', '工作方案', '行动方案'],
  speech: ['讲话', '致辞', '发言', '演讲'],
  report: ['报告'],
  reply: ['批复'],
  letter: ['函', '复函'],
  answer: ['答复'],
  circular: ['通报'],
  charter: ['章程'],
};
/** [a word, its kind]. */
const WORDS: Array<[string, ItemKind]> = Object.entries(TITLE_WORDS).flatMap(([kind, words]) =>
  words.map((w): [string, ItemKind] => [w, kind as ItemKind]),
);
const BY_LENGTH = [...WORDS].sort((a, b) => b[0].length - a[0].length);
/** 法 ends a law's name, not 办法 (measures) nor 方法, 做法, 说法, 看法, 想法, 用法, 手法, 语法, 技法, 章法. */
const NOT_LAW = /[办方做说看想用手语技章]法$/u;

/**
 * A status printed in brackets at the end of a title: （征求意见稿）, （试行）, （草案）,
 * （2023年修订）. Group 1 is the status without its brackets.
 */
export const STATUS =
  /[（(]\s*((?:[0-9０-９]{4}年)?(?:修订草案征求意见稿|草案征求意见稿|征求意见稿|修订草案|修正草案|草案|送审稿|讨论稿|代拟稿|试行|暂行|修订|修正)(?:稿)?)\s*[)）]$/u;

export interface KindWord {
  kind: ItemKind;
  /** The words of the title that name it: 指导意见, 通知. */
  word: string;
}

/** The kind a title names by its last words (after any status in brackets), or null. */
export function kindOfTitle(title: string): KindWord | null {
  const bare = withoutStatus(title).text.trim();
  for (const [word, kind] of BY_LENGTH) {
    if (!bare.endsWith(word)) continue;
    if (kind === 'law' && (NOT_LAW.test(bare) || bare.length < 2)) continue;
    return { kind, word };
  }
  return null;
}

/**
 * The kind a kind word names, said alone (a metadata table's kind column: 通知, 指导意见, 复函);
 * null for a word that names none of our kinds.
 */
export function kindOfWord(word: string): ItemKind | null {
  const bare = word.trim();
  return WORDS.find(([w]) => w === bare)?.[1] ?? null;
}

/** A title without the status its brackets end it with, and that status. */
export function withoutStatus(title: string): { text: string; status: string | null } {
  const m = STATUS.exec(title);
  return m ? { text: title.slice(0, m.index).trimEnd(), status: m[1]! } : { text: title, status: null };
}

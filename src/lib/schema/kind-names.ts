// What each kind of item is called and what other code needs to know of it: whether it is
// legislation for schema.org and CSL, and which Akoma Ntoso element holds it. Plain data without
// zod, so the citation code the browser runs can read it.
import type { ItemKind } from './item-meta.ts';

export interface KindInfo {
  /** Its Chinese name, as a reader calls such a document: 通知, 意见, 法律. */
  name: string;
  /**
   * Issued as policy or law, to be carried out (schema.org `Legislation`, CSL `legislation`), as
   * opposed to a text about policy: a speech or explanation, a report, a communiqué, a reply, a
   * letter, an answer, a circular, and news.
   */
  legislative: boolean;
  /**
   * Held in Akoma Ntoso 3.0 by `<act>`: a normative act (a law and the rules made under it); every
   * other kind is `<doc name="<kind>">` (src/lib/export/akoma-ntoso.ts). Kept to a flag, as this
   * table ships in the cite panel's code.
   */
  act?: true;
  /** Who issues it is a person (说明人, 讲话人), not a body: schema.org Person, Akoma Ntoso TLCPerson. */
  author?: 'person';
}

/**
 * Every kind of item. Legislative: the kinds that bind or direct those they address — opinions,
 * proposals (a plenary's 建议, adopted), plans, schemes, notices, decisions, resolutions, and the
 * law-like kinds (law, regulation, provisions, measures, detailed rules, rules, code, charter).
 * Not legislative: what reports on, explains or answers (explanation, speech, report, communiqué,
 * reply 批复, letter 函, answer 答复, circular 通报), and news. A reply or letter can carry
 * authority, but it is addressed to one body about one case; it is cited as correspondence.
 */
export const KINDS: Record<ItemKind, KindInfo> = {
  opinion: { name: '意见', legislative: true },
  proposal: { name: '建议', legislative: true },
  plan: { name: '规划', legislative: true },
  regulation: { name: '条例', legislative: true, act: true },
  explanation: { name: '说明', legislative: false, author: 'person' },
  news: { name: '新闻', legislative: false },
  photo: { name: '图片新闻', legislative: false },
  notice: { name: '通知', legislative: true },
  decision: { name: '决定', legislative: true },
  resolution: { name: '决议', legislative: true },
  communique: { name: '公报', legislative: false },
  provisions: { name: '规定', legislative: true, act: true },
  measures: { name: '办法', legislative: true, act: true },
  'detailed-rules': { name: '细则', legislative: true, act: true },
  rules: { name: '规则', legislative: true, act: true },
  code: { name: '准则', legislative: true, act: true },
  law: { name: '法律', legislative: true, act: true },
  scheme: { name: '方案', legislative: true },
  speech: { name: '讲话', legislative: false, author: 'person' },
  report: { name: '报告', legislative: false },
  reply: { name: '批复', legislative: false },
  letter: { name: '函', legislative: false },
  answer: { name: '答复', legislative: false },
  circular: { name: '通报', legislative: false },
  charter: { name: '章程', legislative: true, act: true },
};

/** The Chinese name of each kind: 意见, 建议, 规划, 条例, 说明, 新闻, 图片新闻, 通知, 法律…. */
export const KIND_NAMES = Object.fromEntries(Object.entries(KINDS).map(([kind, info]) => [kind, info.name])) as Record<ItemKind, string>;

/** Kinds issued as policy or law (schema.org Legislation, CSL `legislation`); see KINDS. */
export const isLegislativeKind = (kind: ItemKind) => KINDS[kind].legislative;

// What each kind of item is called and what other code needs to know of it: whether it is
// legislation for schema.org and CSL, and which Akoma Ntoso element holds it. Plain data without
// zod, so the citation code the browser runs can read it.
import type { ItemKind } from './item-meta.ts';

/** Akoma Ntoso 3.0: `<act>` for a normative act (a law and the rules made under it), else `<doc name="…">`. */
export type AknElement = { element: 'act' } | { element: 'doc'; name: string };

export interface KindInfo {
  /** Its Chinese name, as a reader calls such a document: 通知, 意见, 法律. */
  name: string;
  /**
   * Issued as policy or law, to be carried out (schema.org `Legislation`, CSL `legislation`), as
   * opposed to a text about policy: a speech or explanation, a report, a communiqué, a reply, a
   * letter, an answer, a circular, and news.
   */
  legislative: boolean;
  /** The Akoma Ntoso element that holds it (src/lib/export/akoma-ntoso.ts). */
  akn: AknElement;
  /** What its issuers are called under the title when not 发文机关: a speech's 讲话人, an explanation's 说明人. */
  issuersTerm?: string;
  /** What its own date is called when not 成文日期: a 建议's 通过日期, a speech's 日期. */
  dateTerm?: string;
}

const act: AknElement = { element: 'act' };
const doc = (name: string): AknElement => ({ element: 'doc', name });

/**
 * Every kind of item. Legislative: the kinds that bind or direct those they address — opinions,
 * proposals (a plenary's 建议, adopted), plans, schemes, notices, decisions, resolutions, and the
 * law-like kinds (law, regulation, provisions, measures, detailed rules, rules, code, charter).
 * Not legislative: what reports on, explains or answers (explanation, speech, report, communiqué,
 * reply 批复, letter 函, answer 答复, circular 通报), and news. A reply or letter can carry
 * authority, but it is addressed to one body about one case; it is cited as correspondence.
 */
export const KINDS: Record<ItemKind, KindInfo> = {
  opinion: { name: '意见', legislative: true, akn: doc('opinion') },
  proposal: { name: '建议', dateTerm: '通过日期', legislative: true, akn: doc('proposal') },
  plan: { name: '规划', legislative: true, akn: doc('plan') },
  regulation: { name: '条例', legislative: true, akn: act },
  explanation: { name: '说明', issuersTerm: '说明人', dateTerm: '日期', legislative: false, akn: doc('explanation') },
  news: { name: '新闻', legislative: false, akn: doc('news') },
  photo: { name: '图片新闻', legislative: false, akn: doc('photo') },
  notice: { name: '通知', legislative: true, akn: doc('notice') },
  decision: { name: '决定', legislative: true, akn: doc('decision') },
  resolution: { name: '决议', legislative: true, akn: doc('resolution') },
  communique: { name: '公报', legislative: false, akn: doc('communique') },
  provisions: { name: '规定', legislative: true, akn: act },
  measures: { name: '办法', legislative: true, akn: act },
  'detailed-rules': { name: '细则', legislative: true, akn: act },
  rules: { name: '规则', legislative: true, akn: act },
  code: { name: '准则', legislative: true, akn: act },
  law: { name: '法律', legislative: true, akn: act },
  scheme: { name: '方案', legislative: true, akn: doc('scheme') },
  speech: {
    name: '讲话',
    issuersTerm: '讲话人',
    dateTerm: '日期',

    legislative: false,
    akn: doc('speech'),
  },
  report: { name: '报告', issuersTerm: '报告人', dateTerm: '日期', legislative: false, akn: doc('report') },
  reply: { name: '批复', legislative: false, akn: doc('reply') },
  letter: { name: '函', legislative: false, akn: doc('letter') },
  answer: { name: '答复', legislative: false, akn: doc('answer') },
  circular: { name: '通报', legislative: false, akn: doc('circular') },
  charter: { name: '章程', legislative: true, akn: act },
};

/** The Chinese name of each kind: 意见, 建议, 规划, 条例, 说明, 新闻, 图片新闻, 通知, 法律…. */
export const KIND_NAMES = Object.fromEntries(Object.entries(KINDS).map(([kind, info]) => [kind, info.name])) as Record<ItemKind, string>;

/** Kinds issued as policy or law (schema.org Legislation, CSL `legislation`); see KINDS. */
export const isLegislativeKind = (kind: ItemKind) => KINDS[kind].legislative;

// Responsibility notes: the division of labour an official text prints in brackets after a
// measure's sentence, naming the bodies that carry it out:
//   （人力资源社会保障部、财政部等按职责分工负责。列第一位者为牵头单位，下同）
//   （生态环境部牵头，国家发展改革委、工业和信息化部参与）
//   （农业农村部、工业和信息化部牵头负责）  （市场监管总局、工业和信息化部负责）  （农业农村部指导）
// A note is read only when every clause of its first sentence is bodies then a verb of the list
// below; anything else in brackets (（试行）, （以下简称…）, a deadline) is not a note.
import type { SentenceNode } from '../tree/nodes.ts';

export type Responsibility = NonNullable<SentenceNode['responsibility']>;

/** The verbs that close a clause of a note, longest first. */
const VERBS = ['按职责分工负责', '按职责分工', '分别负责', '共同负责', '牵头负责', '负责落实', '负责', '牵头', '参与', '配合', '指导'];
/** One body's name: no punctuation, no space, no digit. */
const BODY = /^[^\s\p{P}\p{S}0-9０-９]{2,30}$/u;
/** A note that says it holds for what follows: 下同, 以下均…, 以下同…, 不再列出. */
const CARRIES_OVER = /下同|以下均|以下同|不再列出/u;
/** The convention that the body named first leads: 列第一位者为牵头单位, 排在第一位的为牵头单位. */
const FIRST_LEADS = /第一位.{0,3}为牵头单位/u;

interface Clause {
  bodies: string[];
  verb: string;
}

/**
 * What a note says, or null when `text` is not one. `text` is the whole sentence, brackets
 * included: （…） or (…). The bodies are the names in printed order, split at 、 and ，, with 等
 * after a name dropped and 等和 read as a break (…全国总工会等和各省级人民政府负责); each name once.
 * The lead is the first body of the first clause that says 牵头; else the first body of the first
 * clause that says 负责 (the body named first leads, which 列第一位者为牵头单位 states outright);
 * null when the note only guides or joins (…指导, …参与): it names no one who carries the measure
 * out. `carriesOver` is set when the note says it holds for what follows (下同, 以下均…, 不再列出):
 * later measures without a note of their own fall under it, and its convention (列第一位者为牵头单位)
 * holds for the later notes.
 */
export function responsibilityOf(text: string): Responsibility | null {
  const inner = /^（(.+)）$/u.exec(text)?.[1] ?? /^\((.+)\)$/u.exec(text)?.[1];
  if (!inner || /[（）()]/u.test(inner)) return null;
  const [first, ...remarks] = inner.split('。');
  const clauses: Clause[] = [];
  for (const raw of first!.split(/[，,]/u)) {
    const clause = clauseOf(raw.trim());
    if (!clause) return null;
    clauses.push(clause);
  }
  const bodies = [...new Set(clauses.flatMap((c) => c.bodies))];
  const leading = clauses.find((c) => c.verb.includes('牵头')) ?? clauses.find((c) => c.verb.includes('负责'));
  const rest = remarks.join('。');
  const lead = leading?.bodies[0] ?? (FIRST_LEADS.test(rest) ? (bodies[0] ?? null) : null);
  return { bodies, lead, ...(CARRIES_OVER.test(rest) ? { carriesOver: true as const } : {}) };
}

/** `bodies verb`, e.g. 国家发展改革委、工业和信息化部参与; null when it is not that. */
function clauseOf(text: string): Clause | null {
  const verb = VERBS.find((v) => text.endsWith(v));
  if (!verb) return null;
  const names = text.slice(0, -verb.length).replace(/^由/u, '');
  if (!names) return null;
  const bodies = names
    .split('、')
    .flatMap((name) => name.split(/等(?:和|与|及)/u))
    .map((name) => name.replace(/等$/u, ''));
  return bodies.every((b) => BODY.test(b)) ? { bodies, verb } : null;
}

/** True when a bracketed sentence is a responsibility note (the sentence splitter cuts it off the text after it). */
export const isResponsibilityNote = (text: string): boolean => responsibilityOf(text) !== null;

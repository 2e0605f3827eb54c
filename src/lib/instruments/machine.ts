// Machine suggestions of policy instruments: a sentence that holds a cue word of the codebook as
// a whole word (../text/words.ts, the same boundaries as the machine actor tags) is suggested the
// cue's instrument, with the cue's place in the sentence as evidence. Published as basis machine
// and labelled 机器标注，未经审核 wherever it shows; hand files review them (./review.ts).
import { ActorMatcher, type Mention } from '../actors/match.ts';
import type { Sentence } from '../schema/tree.ts';
import type { Codebook } from './schema.ts';

/** Words of a sentence that justify a code: [start, end) in the sentence text (UTF-16 offsets). */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

/** One instrument in one sentence: every cue of it found there, or the words a person quoted. */
export interface Code {
  instrument: string;
  sentence: string;
  evidence: Evidence[];
  basis: 'machine' | 'hand';
}

/** The matcher's id for a registered name (an actor alias) that is no cue: its mentions are dropped. */
const NAME = '\u0000name';

/**
 * Finds cue words leftmost-first, longest first, without overlaps, on word boundaries: the actor
 * matcher does exactly this for aliases, so it is reused with instrument ids in place of actor ids
 * (专项债券 is one cue of funding, not also 债券 of financial support). The registry's names are
 * words of the same segmenter, as they are for the actor tags, so a cue is no word inside a name
 * (社会保障 in 人力资源社会保障部门) and a name settles a cut (提高|技能人才 holds no 高技能人才).
 */
export function cueMatcher(codebook: Codebook, names: readonly string[] = []): CueMatcher {
  const cues = codebook.types.flatMap((t) => t.instruments.flatMap((i) => i.cues.map((cue) => ({ actor: i.id, alias: cue }))));
  // Cues first: a cue that is also a name (金融机构) stays a cue, the sort keeping equal lengths in order.
  const matcher = new ActorMatcher([...cues, ...names.map((alias) => ({ actor: NAME, alias }))]);
  return { mentions: (text) => matcher.mentions(text).filter((m) => m.actor !== NAME) };
}

/** Cue mentions of a text; `actor` holds the instrument id. */
export interface CueMatcher {
  mentions: (text: string) => Mention[];
}

/**
 * A cue after 受 in its clause names what was done to the one speaking or acting (受中央政治局委托,
 * 受邀请, 受教育), not a measure taken: 受…委托 is no outsourcing.
 */
const PASSIVE = /受[^，,；;：:。]{0,12}$/u;

/** The words of `text` before `at` back to the start of their clause. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(...['，', ',', '；', ';', '：', ':', '。'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  return text.slice(start, at);
}

/** The machine's codes of one sentence, in the order each instrument's first cue appears. */
export function sentenceCodes(sentence: Sentence, matcher: CueMatcher): Code[] {
  const codes = new Map<string, Code>();
  for (const m of matcher.mentions(sentence.text)) {
    if (PASSIVE.test(clauseBefore(sentence.text, m.start))) continue;
    const evidence = { quote: m.alias, start: m.start, end: m.end };
    const code = codes.get(m.actor);
    if (code) code.evidence.push(evidence);
    else codes.set(m.actor, { instrument: m.actor, sentence: sentence.id, evidence: [evidence], basis: 'machine' });
  }
  return [...codes.values()];
}

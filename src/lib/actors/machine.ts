// Machine-made actor tags: every mention of a registered actor in a measure or article of a
// document (its responsibility notes aside), with a role read off the words around it. They are
// published labelled as machine-made (basis `machine`); a hand tag file reviews them (./review.ts).
import type { DocumentEntry } from '../corpus.ts';
import type { Sentence } from '../schema/tree.ts';
import { type WordBoundaries, wordBoundaries } from '../text/words.ts';
import type { ActorMatcher, Mention } from './match.ts';
import type { Role } from './schema.ts';

/** A tag the machine found: like a hand explicit tag, an exact quote once in its sentence. */
export interface MachineTag {
  actor: string;
  role: Role;
  basis: 'machine';
  quote: string;
  sentence: string;
}

/** Measure id → its machine tags, for one document; measures with none are absent. */
export type MachineTags = Map<string, MachineTag[]>;

/** Clauses end at these; 、 does not end one (工会、企业要… is one subject). */
const CLAUSE_END = /[，；：。！？,;:!?]/;
/** Words between two actors of one list: the second shares the first's role. */
const LIST_GAP = /^(?:、|和|及|以及|与|同|或|或者|等|、各级|和各级|及其|其)*$/;
/** Words that only narrow an actor down (各级工会, 有关部门): they stand before it in any role. */
const QUALIFIER = /(?:各级|各类|各地|有关|相关|广大|全体|所属|各)$/;
/** A cue just before the actor: 由…牵头 makes it responsible, 会同… a co-actor, 支持… the one served. */
const BEFORE: ReadonlyArray<[RegExp, Role]> = [
  [/由$/, 'lead'],
  [/(?:会同|协同|联合|配合|鼓励|引导|督促|推动|指导|动员|要求|倡导|依托|发挥|调动)$/, 'participant'],
  [/(?:支持|扶持|帮助|关心|关爱|服务|保障|惠及|面向|吸引|培养|培育|选拔|表彰|奖励|激励|为|对|向|给予)$/, 'beneficiary'],
];
/** A cue just after an actor in subject place: 配合… makes it a co-actor; anything else leaves it responsible. */
const AFTER_PARTICIPANT = /^(?:等)?(?:要|应当|应)?(?:积极)?(?:配合|参与|协助|协同)/;
/** A cue after the actor worth quoting with it (工会要, 企业应当, 人力资源社会保障部门牵头). */
const AFTER_CUE = /^(?:等)?(?:牵头|负责|要|应当|应|须|必须|配合|参与|协助|会同)/;
/**
 * What an actor has, right after it: the actor is then its owner, not one who acts (居民收入增长,
 * 党中央权威, 职工权益); the segmenter does not tag these as nouns reliably (收入/v, 权威/nr).
 */
const OWNED = /^(?:收入|权威|权益|利益|待遇|福利|工资|报酬|需求|素质|健康|地位|生活|负担)/u;
/** A noun right after an actor makes the actor a modifier (地方政府专项债券, 政府投资), except these heads. */
const KEEPS_ACTOR = new Set(['等', '们', '组织', '系统', '自身']);

/** The machine tags of one document, from the registry's aliases (the matcher) and the words around them. */
export function machineTags(doc: DocumentEntry, matcher: ActorMatcher, aliases: readonly string[]): MachineTags {
  const words = wordBoundaries(aliases);
  const out: MachineTags = new Map();
  for (const measure of doc.measures) {
    const seen = new Set<string>();
    const tags: MachineTag[] = [];
    for (const sentence of measure.sentences) {
      // A responsibility note is the document's own statement of who does what: it is read as
      // such (./official.ts), and a guess from its words would only repeat or contradict it.
      if (sentence.responsibility) continue;
      for (const { mention, role } of rolesIn(sentence.text, matcher.mentions(sentence.text), words)) {
        const key = `${mention.actor}\u0000${role}`;
        if (seen.has(key)) continue;
        seen.add(key);
        tags.push({ actor: mention.actor, role, basis: 'machine', quote: quoteFor(sentence, mention, role), sentence: sentence.id });
      }
    }
    if (tags.length > 0) out.set(measure.id, tags);
  }
  return out;
}

/** Each mention that names an actor (not a modifier) with its role, in text order. */
export function rolesIn(text: string, mentions: readonly Mention[], words: WordBoundaries): Array<{ mention: Mention; role: Role }> {
  const found: Array<{ mention: Mention; role: Role }> = [];
  let previous: { mention: Mention; role: Role | undefined; head: number } | undefined;
  for (const mention of mentions) {
    const clauseStart = lastClauseEnd(text, mention.start);
    const sameClause = previous !== undefined && previous.mention.end > clauseStart;
    const gap = sameClause ? text.slice(previous!.mention.end, mention.start) : '';
    // The words before an actor that a modifier actor qualifies (企业职工) are those before the modifier.
    const head = sameClause && gap === '' && previous!.role === undefined ? previous!.head : mention.start;
    let role: Role | undefined;
    if (isModifier(text, mention, words)) role = undefined;
    else if (sameClause && LIST_GAP.test(gap) && previous!.role) role = previous!.role;
    else role = roleAt(text.slice(clauseStart, head).replace(QUALIFIER, ''), text.slice(mention.end, clauseEndAfter(text, mention.end)));
    previous = { mention, role, head };
    if (role) found.push({ mention, role });
  }
  return found;
}

function roleAt(before: string, after: string): Role | undefined {
  for (const [cue, role] of BEFORE) if (cue.test(before)) return role;
  // Nothing before it in its clause: the actor is the subject, responsible unless it only takes part.
  if (before === '') return AFTER_PARTICIPANT.test(after) ? 'participant' : 'lead';
  if (/(?:^|等)(?:牵头|负责)/.test(after)) return 'lead';
  // An actor described before it (以…为核心的党中央团结带领…) is the subject of what follows, which
  // says what it did, not what it must do nor whom it serves: the machine guesses no role.
  if (/的$/u.test(before)) return undefined;
  return 'beneficiary';
}

/** An alias directly followed by a noun it qualifies: 政府投资 is an investment, not the government acting. */
function isModifier(text: string, mention: Mention, words: WordBoundaries): boolean {
  const rest = text.slice(mention.end, clauseEndAfter(text, mention.end));
  if (rest === '') return false;
  if (OWNED.test(rest)) return true;
  const next = words.tagged(rest)[0];
  // jieba tags some cue words as nouns (会同/n): a cue after the actor says it acts.
  if (!next || KEEPS_ACTOR.has(next.word) || AFTER_CUE.test(rest) || BEFORE.some(([cue]) => cue.test(next.word))) return false;
  // Common and verbal nouns only: jieba's name tags (nr, ns) also fall on verbs it does not know (建立健全/nr).
  return /^(?:n|nz|ng|vn)$/.test(next.tag);
}

function lastClauseEnd(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return 0;
}

function clauseEndAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return text.length;
}

/**
 * The words quoted as evidence: the alias with the cue that gave its role when it is next to it
 * (鼓励企业, 工会要), widened to the right (then the left) until it occurs once in the sentence.
 */
function quoteFor(sentence: Sentence, mention: Mention, role: Role): string {
  const text = sentence.text;
  let start = mention.start;
  let end = mention.end;
  const cue = AFTER_CUE.exec(text.slice(end));
  if (cue) end += cue[0].length;
  else if (role !== 'lead') {
    const before = text.slice(lastClauseEnd(text, start), start);
    for (const [re] of BEFORE) {
      const m = re.exec(before);
      if (m) {
        start -= m[0].length;
        break;
      }
    }
  }
  while (text.indexOf(text.slice(start, end)) !== text.lastIndexOf(text.slice(start, end))) {
    if (end < text.length) end++;
    else start--;
  }
  return text.slice(start, end);
}

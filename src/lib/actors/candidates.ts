// Strings of a text that look like actors but are not in the registry (农村集体经济组织, 金融机构,
// 科技特派员), with counts, for `npm run ingest` to print so the registry can grow.
import { wordBoundaries } from '../text/words.ts';

/** Last words that make a run of nouns the name of a body or a group of people. */
const ACTOR_HEAD =
  /(?:机关|机构|组织|部门|单位|企业|政府|党委|党组|委员会|协会|学会|联合会|工会|院所|学校|高校|银行|集团|中心|合作社|特派员|人员|干部|职工|工人|农民)$/;
/** Nouns and organisation names by jieba's tags (not verbal nouns: 选派/vn); 和 may join two (中央和国家机关). */
const NOUNISH = /^(?:n|nt|nz|ng|an|j)$/;

/** Verbs jieba tags as nouns that open a run (选派/n 科技特派员): never the start of a name. */
const LEADING_VERB = /^(?:选派|培养|培育|支持|引导|鼓励|推动|督促|指导|依托|发挥|会同|配合|组织|派驻|设立|建立)$/;

export interface Candidate {
  text: string;
  count: number;
}

/**
 * The actor-like strings of `texts` that no alias covers, most frequent first (then first seen):
 * runs of nouns ending in an institutional head word, at most `maxWords` words.
 */
export function actorCandidates(texts: readonly string[], aliases: readonly string[], maxWords = 4): Candidate[] {
  const words = wordBoundaries(aliases);
  const known = new Set(aliases);
  const counts = new Map<string, number>();
  for (const text of texts) {
    const tagged = words.tagged(text);
    for (let end = 0; end < tagged.length; end++) {
      // The head by its word alone: jieba tags some heads as verbs (组织/v).
      if (!ACTOR_HEAD.test(tagged[end]!.word)) continue;
      let start = end;
      while (start > 0 && end - start + 1 < maxWords) {
        const prev = tagged[start - 1]!;
        const joins = prev.word === '和' && start > 1 && NOUNISH.test(tagged[start - 2]!.tag);
        if (!NOUNISH.test(prev.tag) && !joins) break;
        start -= joins ? 2 : 1;
      }
      while (start < end && LEADING_VERB.test(tagged[start]!.word)) start++;
      const name = tagged
        .slice(start, end + 1)
        .map((w) => w.word)
        .join('');
      if (name.length < 3 || known.has(name) || aliases.some((a) => a.includes(name))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

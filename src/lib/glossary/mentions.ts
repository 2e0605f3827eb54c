import { wordBoundaries } from '../text/words.ts';
import type { Segment } from './segments.ts';

/** One place a glossary term is used. */
export interface Mention {
  term: string;
  /** The spelling found. */
  form: string;
  item: string;
  /** Sentence or heading id. */
  segment: string;
  segmentKind: Segment['kind'];
  /** Unit key the first mention is counted in. */
  scope: string;
  /** [start, end) in the segment's text. */
  start: number;
  end: number;
  url: string;
  /** The first mention of this term in its scope: the one that links to the term page. */
  first: boolean;
}

export interface TermForms {
  id: string;
  forms: readonly string[];
}

/**
 * Finds terms in text: longest forms first, so 新就业形态劳动者 is one mention, not a mention of
 * 新就业形态 plus leftovers; a later, shorter form never overlaps a span already taken. A form
 * counts only where it starts and ends on word boundaries (../text/words.ts, with the forms as
 * words), so 以提高技能人才薪酬待遇 holds 技能人才 but not 高技能人才.
 */
export function findMentions(terms: readonly TermForms[], segments: readonly Segment[]): Mention[] {
  const forms = terms
    .flatMap((t) => [...new Set(t.forms)].map((form) => ({ form, term: t.id })))
    .sort((a, b) => b.form.length - a.form.length);
  const words = wordBoundaries(forms.map((f) => f.form));
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const seg of segments) {
    const taken = new Uint8Array(seg.text.length);
    const found: Mention[] = [];
    for (const { form, term } of forms) {
      for (let at = seg.text.indexOf(form); at >= 0; at = seg.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (taken.subarray(at, end).some(Boolean) || !words.isWord(seg.text, at, end)) continue;
        taken.fill(1, at, end);
        found.push({
          term,
          form,
          item: seg.item,
          segment: seg.id,
          segmentKind: seg.kind,
          scope: seg.scope,
          start: at,
          end,
          url: seg.url,
          first: false,
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const m of found) {
      const key = `${m.scope}\u0000${m.term}`;
      m.first = !seen.has(key);
      seen.add(key);
    }
    mentions.push(...found);
  }
  return mentions;
}

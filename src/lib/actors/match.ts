import { type WordBoundaries, wordBoundaries } from '../text/words.ts';

/** One explicit mention of a registered actor: [start, end) in the sentence text (UTF-16 offsets). */
export interface Mention {
  actor: string;
  alias: string;
  start: number;
  end: number;
}

export interface AliasEntry {
  actor: string;
  alias: string;
}

/**
 * Finds actor mentions leftmost-first, longest alias first, without overlaps, so 中央企业 is one
 * mention of central SOEs and not also one of 企业; a mention starts and ends on word boundaries
 * (../text/words.ts), so 提高技能人才 names no 高技能人才. Built once from the registry, then reused.
 */
export class ActorMatcher {
  /** Aliases grouped by their first code unit, longest first. */
  private readonly byFirst = new Map<string, AliasEntry[]>();

  private readonly words: WordBoundaries;

  /** Each alias's actor, for a name that must be an alias as a whole (a body a responsibility note names). */
  private readonly exact = new Map<string, string>();

  constructor(entries: Iterable<AliasEntry>) {
    const list = [...entries];
    // The aliases are words of the segmenter's vocabulary, so a segmenter never cuts one in two.
    this.words = wordBoundaries(list.map((e) => e.alias));
    for (const entry of list) {
      if (!entry.alias) continue;
      if (!this.exact.has(entry.alias)) this.exact.set(entry.alias, entry.actor);
      const head = entry.alias[0]!;
      const list = this.byFirst.get(head) ?? [];
      list.push(entry);
      this.byFirst.set(head, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.alias.length - a.alias.length);
  }

  static fromActors(actors: ReadonlyArray<{ id: string; aliases: readonly string[] }>): ActorMatcher {
    return new ActorMatcher(actors.flatMap((a) => a.aliases.map((alias) => ({ actor: a.id, alias }))));
  }

  /** The actor `name` is an alias of, as a whole; undefined when it is none (never a guess from a part of it). */
  actorOf(name: string): string | undefined {
    return this.exact.get(name);
  }

  mentions(text: string): Mention[] {
    const found: Mention[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = this.byFirst.get(text[i]!)?.find((e) => text.startsWith(e.alias, i) && this.words.isWord(text, i, i + e.alias.length));
      if (hit) {
        found.push({ actor: hit.actor, alias: hit.alias, start: i, end: i + hit.alias.length });
        i += hit.alias.length;
      } else i++;
    }
    return found;
  }
}

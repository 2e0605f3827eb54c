// Word boundaries of Chinese text, so that a name or a term is found only where it is a word of
// the sentence: 提高技能人才 is 提高 + 技能人才 and holds no 高技能人才. Measured against
// Intl.Segmenter('zh') (ICU): it splits 提高技能人才 right but cuts 国有企业和民营企业 as
// 国有|企业|和民|营|企业, losing 民营企业; jieba's dictionary with the project's own names added as
// words splits both right and keeps 高技能人才|队伍 (the measurement is words.test.ts).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * How often a word of the project's vocabulary counts as seen. Above any compound the base
 * dictionary knows, so 高技能人才 stays whole in 高技能人才队伍; two-way choices such as 提|高技能人才
 * against 提高|技能人才 are then settled by the base dictionary's own words (提高 outweighs 提).
 */
const VOCABULARY_FREQUENCY = 100000;

export interface WordBoundaries {
  /** Whether [start, end) of text begins and ends where words do (UTF-16 offsets). */
  isWord(text: string, start: number, end: number): boolean;
  /** The words of text in order. */
  words(text: string): string[];
  /** The words of text with jieba's part-of-speech tags (n… nouns, vn verbal nouns, v verbs); vocabulary words are n. */
  tagged(text: string): Array<{ word: string; tag: string }>;
}

/** Segmenters by vocabulary: loading the base dictionary takes most of a second, so each is made once. */
const segmenters = new Map<string, WordBoundaries>();

/**
 * The segmenter that knows `vocabulary` (registry aliases, glossary forms) as words besides its
 * own dictionary. The same vocabulary gives the same segmenter, whatever order it comes in.
 */
export function wordBoundaries(vocabulary: Iterable<string>): WordBoundaries {
  const words = [...new Set(vocabulary)].filter((w) => /\S/.test(w) && !/\s/.test(w)).sort();
  const key = words.join('\n');
  let found = segmenters.get(key);
  if (!found) segmenters.set(key, (found = makeSegmenter(words)));
  return found;
}

function makeSegmenter(vocabulary: readonly string[]): WordBoundaries {
  const jieba = Jieba.withDict(dict);
  if (vocabulary.length > 0) jieba.loadDict(new TextEncoder().encode(vocabulary.map((w) => `${w} ${VOCABULARY_FREQUENCY} n\n`).join('')));
  // Sentences are segmented once each: every alias and form is checked against the same cuts.
  const cuts = new Map<string, Uint8Array>();
  const boundaries = (text: string): Uint8Array => {
    let at = cuts.get(text);
    if (!at) {
      at = new Uint8Array(text.length + 1);
      let i = 0;
      at[0] = 1;
      for (const w of jieba.cut(text, false)) at[(i += w.length)] = 1;
      cuts.set(text, at);
    }
    return at;
  };
  return {
    isWord: (text, start, end) => {
      const at = boundaries(text);
      return start < end && at[start] === 1 && at[end] === 1;
    },
    words: (text) => jieba.cut(text, false),
    tagged: (text) => jieba.tag(text, false),
  };
}

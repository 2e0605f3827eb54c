// Content test: the published editorial notes (content/notes.yaml) against the published texts.
// Pins that there are at least ten notes, each quoting words that occur exactly once in its
// sentence, and that the note on the 2035 target of the 2024 opinion (p1-s3) records both printed
// readings, 省管工匠 and 省级工匠, the second from nbd.com.cn, without choosing. How notes are
// checked and placed is tested on tests/fixtures/corpus (src/lib/notes/*.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNotes } from '../../src/lib/notes/check.ts';
import { notesOf } from '../../src/lib/notes/load.ts';
import { PROJECT_CONTENT, siteInputs, siteModel } from '../support/site.ts';

const { corpus } = siteModel(PROJECT_CONTENT);

describe('content/notes.yaml', () => {
  it('passes every check against the corpus', () => {
    const notes = checkNotes(notesOf(siteInputs(PROJECT_CONTENT).files.notes!), corpus);
    expect(notes.length).toBeGreaterThanOrEqual(10);
    for (const n of notes) {
      const text = corpus.byId(n.item)!.sentences.find((s) => s.id === n.sentence)!.text;
      expect(text.slice(n.start, n.end)).toBe(n.quote);
      expect(n.file).toBe(join('content', 'notes.yaml'));
    }
  });

  it('records both readings of the 2035 target, with their sources, without choosing', () => {
    const notes = notesOf(siteInputs(PROJECT_CONTENT).files.notes!);
    const variant = notes.find((n) => n.kind === 'variant-reading' && n.sentence === 'p1-s3')!;
    expect(variant.reading).toBeNull();
    expect(variant.variants!.map((v) => v.reading)).toEqual([
      expect.stringContaining('省管工匠'),
      expect.stringContaining('省级工匠'),
    ]);
    expect(variant.variants![1]!.source).toContain('nbd.com.cn');
  });
});

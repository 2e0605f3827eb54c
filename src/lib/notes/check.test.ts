import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus.ts';
import { siteInputs, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { checkNotes } from './check.ts';
import { notesOf } from './load.ts';
import { readAnnotationFile } from '../content/annotations.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let corpus: Corpus;
beforeAll(() => {
  corpus = siteModel(join(root, 'content')).corpus;
});

/** Writes a notes file in a fresh directory and checks it; errors name it `notes.yaml`. */
function check(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  writeFileSync(join(dir, 'notes.yaml'), yaml);
  return checkNotes(notesOf(readAnnotationFile(dir, 'notes', dir)!), corpus);
}

function messages(yaml: string): string[] {
  try {
    check(yaml);
  } catch (e) {
    if (e instanceof ContentErrors) return e.errors.map((x) => x.message);
    throw e;
  }
  throw new Error('expected content errors');
}

const note = (fields: Record<string, string>) =>
  `- id: ${fields.id ?? 'n1'}
  item: ${fields.item ?? '2024-chanye-gongren'}
  sentence: ${fields.sentence ?? 'm12-s3'}
  quote: ${fields.quote ?? '纳入入党管人才'}
  kind: ${fields.kind ?? 'doubled-word'}
  reading: ${fields.reading ?? '纳入党管人才'}
  reason: ${fields.reason ?? '“入”字重复。'}
  confidence: high
${fields.extra ?? ''}`;

describe('checkNotes', () => {
  it('places a quote within its sentence', () => {
    const [checked] = check(note({}));
    const text = corpus.byId('2024-chanye-gongren')!.sentences.find((s) => s.id === 'm12-s3')!.text;
    expect(checked!.line).toBe(1);
    expect(text.slice(checked!.start, checked!.end)).toBe('纳入入党管人才');
    expect(checked!.start).toBe(text.indexOf('纳入入'));
  });

  it('reports an unknown sentence at the sentence line, naming the note', () => {
    expect(messages(note({}) + note({ id: 'n2', sentence: 'm12-s9' }))).toEqual([
      'notes.yaml:11: note "n2": unknown sentence "m12-s9" in 2024-chanye-gongren',
    ]);
  });

  it('reports an unknown item', () => {
    expect(messages(note({ item: 'no-such-item' }))).toEqual([
      'notes.yaml:2: note "n1": unknown item "no-such-item" (no content/items/*.yaml has this id)',
    ]);
  });

  it('reports a quote that is not in the sentence, exactly', () => {
    // 纳入党管人才 is our reading, not the printed text: the quote must be what is printed.
    const [message] = messages(note({ quote: '纳入党管人才', reading: '纳入入党管人才' }));
    expect(message).toMatch(/^notes\.yaml:4: note "n1": quote "纳入党管人才" is not in 2024-chanye-gongren m12-s3: /);
  });

  it('asks for a longer quote when it occurs more than once', () => {
    expect(messages(note({ id: 'short', quote: '纳入' }))).toEqual([
      'notes.yaml:4: note "short": quote "纳入" occurs 2 times in 2024-chanye-gongren m12-s3; quote more of the words around it',
    ]);
  });

  it('counts every occurrence of an ambiguous quote', () => {
    const [message] = messages(note({ sentence: 'm3-s1', quote: '精神', reading: 'null' }));
    expect(message).toContain('occurs 3 times in 2024-chanye-gongren m3-s1');
  });

  it('rejects a duplicate id, an unknown repair, a repair of another sentence and an unknown see', () => {
    expect(
      messages(
        note({ extra: '  repair: r9\n' }) +
          note({ extra: '  repair: r1\n' }) +
          note({ id: 'n3', extra: '  see: [m12-s2, m99-s1]\n' }),
      ),
    ).toEqual([
      'notes.yaml:9: note "n1": unknown repair "r9" in 2024-chanye-gongren',
      'notes.yaml:10: note "n1": the id is already used by the note at line 1',
      'notes.yaml:18: note "n1": repair r1 is in sentence m4-s3, not m12-s3',
      'notes.yaml:27: note "n3": "see" names unknown sentence "m99-s1" in 2024-chanye-gongren',
    ]);
  });

  it('accepts a repair of the same sentence', () => {
    const [checked] = check(note({ sentence: 'm4-s3', quote: '依法行使', reading: 'null', kind: 'other', extra: '  repair: r1\n' }));
    expect(checked!.repair).toBe('r1');
  });

  it('reports schema problems with file and line', () => {
    expect(messages(note({ kind: 'typo' }))).toEqual([expect.stringMatching(/^notes\.yaml:5: 0\.kind: Invalid option/)]);
    expect(messages(note({ kind: 'variant-reading' }))).toEqual([
      'notes.yaml:1: 0.variants: a variant-reading note lists its variants and their sources',
    ]);
  });
});

describe('content/notes.yaml', () => {
  it('passes every check against the corpus', () => {
    const notes = checkNotes(notesOf(siteInputs(join(root, 'content')).files.notes!), corpus);
    expect(notes.length).toBeGreaterThanOrEqual(10);
    for (const n of notes) {
      const text = corpus.byId(n.item)!.sentences.find((s) => s.id === n.sentence)!.text;
      expect(text.slice(n.start, n.end)).toBe(n.quote);
      expect(n.file).toBe(join('content', 'notes.yaml'));
    }
  });

  it('records both readings of the 2035 target, with their sources, without choosing', () => {
    const notes = notesOf(siteInputs(join(root, 'content')).files.notes!);
    const variant = notes.find((n) => n.kind === 'variant-reading' && n.sentence === 'p1-s3')!;
    expect(variant.reading).toBeNull();
    expect(variant.variants!.map((v) => v.reading)).toEqual([
      expect.stringContaining('省管工匠'),
      expect.stringContaining('省级工匠'),
    ]);
    expect(variant.variants![1]!.source).toContain('nbd.com.cn');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus.ts';
import { FIXTURE_CORPUS, siteInputs, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { checkNotes } from './check.ts';
import { notesOf } from './load.ts';
import { readAnnotationFile } from '../content/annotations.ts';

// The synthetic corpus: (七) m7-s3 of the 2024 opinion prints 纳入入专家库 (a doubled 入), and
// names 纳入 twice; repair r1 joins a word cut in m3-s2.
let corpus: Corpus;
beforeAll(() => {
  corpus = siteModel(FIXTURE_CORPUS).corpus;
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
  item: ${fields.item ?? '2024-jineng-tisheng'}
  sentence: ${fields.sentence ?? 'm7-s3'}
  quote: ${fields.quote ?? '纳入入专家库'}
  kind: ${fields.kind ?? 'doubled-word'}
  reading: ${fields.reading ?? '纳入专家库'}
  reason: ${fields.reason ?? '“入”字重复。'}
  confidence: high
${fields.extra ?? ''}`;

describe('checkNotes', () => {
  it('places a quote within its sentence', () => {
    const [checked] = check(note({}));
    const text = corpus.byId('2024-jineng-tisheng')!.sentences.find((s) => s.id === 'm7-s3')!.text;
    expect(checked!.line).toBe(1);
    expect(text.slice(checked!.start, checked!.end)).toBe('纳入入专家库');
    expect(checked!.start).toBe(text.indexOf('纳入入'));
  });

  it('reports an unknown sentence at the sentence line, naming the note', () => {
    expect(messages(note({}) + note({ id: 'n2', sentence: 'm7-s9' }))).toEqual([
      'notes.yaml:11: note "n2": unknown sentence "m7-s9" in 2024-jineng-tisheng',
    ]);
  });

  it('reports an unknown item', () => {
    expect(messages(note({ item: 'no-such-item' }))).toEqual([
      'notes.yaml:2: note "n1": unknown item "no-such-item" (no content/items/*.yaml has this id)',
    ]);
  });

  it('reports a quote that is not in the sentence, exactly', () => {
    // 纳入专家库 is our reading, not the printed text: the quote must be what is printed.
    const [message] = messages(note({ quote: '纳入专家库', reading: '纳入入专家库' }));
    expect(message).toMatch(/^notes\.yaml:4: note "n1": quote "纳入专家库" is not in 2024-jineng-tisheng m7-s3: /);
  });

  it('asks for a longer quote when it occurs more than once', () => {
    expect(messages(note({ id: 'short', quote: '纳入' }))).toEqual([
      'notes.yaml:4: note "short": quote "纳入" occurs 2 times in 2024-jineng-tisheng m7-s3; quote more of the words around it',
    ]);
  });

  it('counts every occurrence of an ambiguous quote', () => {
    // m1-s1: 大力弘扬劳模精神、劳动精神、工匠精神。
    const [message] = messages(note({ sentence: 'm1-s1', quote: '精神', reading: 'null' }));
    expect(message).toContain('occurs 3 times in 2024-jineng-tisheng m1-s1');
  });

  it('rejects a duplicate id, an unknown repair, a repair of another sentence and an unknown see', () => {
    expect(
      messages(
        note({ extra: '  repair: r9\n' }) + note({ extra: '  repair: r1\n' }) + note({ id: 'n3', extra: '  see: [m7-s2, m99-s1]\n' }),
      ),
    ).toEqual([
      'notes.yaml:9: note "n1": unknown repair "r9" in 2024-jineng-tisheng',
      'notes.yaml:10: note "n1": the id is already used by the note at line 1',
      'notes.yaml:18: note "n1": repair r1 is in sentence m3-s2, not m7-s3',
      'notes.yaml:27: note "n3": "see" names unknown sentence "m99-s1" in 2024-jineng-tisheng',
    ]);
  });

  it('accepts a repair of the same sentence', () => {
    const [checked] = check(note({ sentence: 'm3-s2', quote: '职工岗位', reading: 'null', kind: 'other', extra: '  repair: r1\n' }));
    expect(checked!.repair).toBe('r1');
  });

  it('reports schema problems with file and line', () => {
    expect(messages(note({ kind: 'typo' }))).toEqual([expect.stringMatching(/^notes\.yaml:5: 0\.kind: Invalid option/)]);
    expect(messages(note({ kind: 'variant-reading' }))).toEqual([
      'notes.yaml:1: 0.variants: a variant-reading note lists its variants and their sources',
    ]);
  });
});

describe('the notes file of a content directory (tests/fixtures/corpus/notes.yaml)', () => {
  it('passes every check against the corpus, each quote at its offsets, reported by its path', () => {
    const notes = checkNotes(notesOf(siteInputs(FIXTURE_CORPUS).files.notes!), corpus);
    expect(notes.map((n) => n.id)).toEqual([
      'dashi-variant',
      'ascii-parentheses',
      'xiatong-comma',
      'gangwei-break',
      'safety-passage-in-m2',
      'ru-doubled',
    ]);
    for (const n of notes) {
      const text = corpus.byId(n.item)!.sentences.find((s) => s.id === n.sentence)!.text;
      expect(text.slice(n.start, n.end)).toBe(n.quote);
      expect(n.file).toBe(join('tests', 'fixtures', 'corpus', 'notes.yaml'));
    }
  });

  it('keeps both readings of a variant, with their sources, without choosing', () => {
    const notes = notesOf(siteInputs(FIXTURE_CORPUS).files.notes!);
    const variant = notes.find((n) => n.kind === 'variant-reading' && n.sentence === 'p1-s2')!;
    expect(variant.reading).toBeNull();
    expect(variant.variants!.map((v) => v.reading)).toEqual([
      expect.stringContaining('省级技能大师'),
      expect.stringContaining('省级技能名师'),
    ]);
    expect(variant.variants![1]!.url).toBe('https://example.org/other-print');
  });
});

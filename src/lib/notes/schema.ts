import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. m12-ru-doubled');

/** What kind of doubt a note records. */
export const NoteKind = z.enum([
  'doubled-word',
  'duplicate-list-entry',
  'garbled',
  'repeated-passage',
  'variant-reading',
  'punctuation',
  'truncation',
  'other',
]);
export type NoteKind = z.infer<typeof NoteKind>;

/**
 * How sure we are that the source departs from the intended text here (and of our reading, when
 * we give one). For a variant with no reading of ours: how likely it is that our copy is the faulty one.
 */
export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** Another printed reading of the quoted words, and who printed it, where and when. */
export const Variant = z.strictObject({
  reading: z.string().min(1),
  source: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Variant = z.infer<typeof Variant>;

/**
 * One editorial note in content/notes.yaml. A note never changes the text: it points at the exact
 * words of one sentence and is shown beside them.
 */
export const Note = z
  .strictObject({
    id: slug,
    item: slug,
    sentence: z.string().min(1),
    /** The exact words of the sentence the note is about; they must occur there exactly once. */
    quote: z.string().min(1),
    kind: NoteKind,
    /** What we think the text should say, or null when we do not offer a reading. */
    reading: z.string().min(1).nullable(),
    reason: z.string().min(1),
    confidence: Confidence,
    variants: z.array(Variant).min(1).optional(),
    /** The id of a parser repair (r1…) of the same item and sentence that the note explains. */
    repair: z
      .string()
      .regex(/^r\d+$/, 'a repair id such as r2')
      .optional(),
    /** Other sentences of the same item the note compares with, e.g. the other copy of a repeated passage. */
    see: z.array(z.string().min(1)).min(1).optional(),
  })
  .superRefine((note, ctx) => {
    if (note.kind === 'variant-reading' && !note.variants) {
      ctx.addIssue({ code: 'custom', path: ['variants'], message: 'a variant-reading note lists its variants and their sources' });
    }
    if (note.reading !== null && note.reading === note.quote) {
      ctx.addIssue({
        code: 'custom',
        path: ['reading'],
        message: 'the reading is the same as the quote; use null when we offer no reading',
      });
    }
  });
export type Note = z.infer<typeof Note>;

export const NotesFile = z.array(Note);
export type NotesFile = z.infer<typeof NotesFile>;

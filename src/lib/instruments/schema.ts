// The policy-instrument codebook (content/instruments.yaml) and the hand files that review the
// machine's codes (content/instrument-codes/<item>.yaml). Rothwell & Zegveld's three types, each
// with its sub-types; a person can replace or extend the codebook, and every id is an ASCII slug.
import { z } from 'zod';
import { MatchText } from '../schema/match-text.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. talent-training');

/** One instrument (sub-type) of a type: what the machine codes a sentence with. */
export const Instrument = z.strictObject({
  /** ASCII slug, unique in the whole codebook; it becomes part of URLs and exports. */
  id: slug,
  /** The Chinese name as the literature writes it (人才培养). */
  name: z.string().min(1),
  /** What counts as this instrument, in a sentence or two. */
  definition: z.string().min(1),
  /** Words whose presence in a sentence (as whole words) suggests the instrument; matched longest first. */
  cues: z.array(MatchText).min(1),
});
export type Instrument = z.infer<typeof Instrument>;

/** One of the three types (supply, environment, demand), with its instruments. */
export const InstrumentType = z.strictObject({
  /** ASCII slug of the type (supply). */
  id: slug,
  /** The Chinese name (供给型). */
  name: z.string().min(1),
  /** How the type acts on policy aims (pushes, shapes the conditions, pulls). */
  definition: z.string().min(1),
  /** Its sub-types, in the order pages list them. */
  instruments: z.array(Instrument).min(1),
});
export type InstrumentType = z.infer<typeof InstrumentType>;

/** content/instruments.yaml. */
export const Codebook = z.strictObject({
  /** Where the scheme comes from, shown with the codebook. */
  source: z.string().min(1),
  /** The types, in the order pages list them. */
  types: z.array(InstrumentType).min(1),
});
export type Codebook = z.infer<typeof Codebook>;

const sentenceId = z.string().regex(/^(?:[a-z]+\d*-)*s\d+$/, 'a sentence id such as m14-s3, p1-s2 or p3-pt4-s1');

/** A code the machine missed, added by hand: the exact words, found once in `sentence`. */
export const HandCode = z.strictObject({
  /** The instrument's id in the codebook. */
  instrument: slug,
  /** The sentence of the unit the words are in. */
  sentence: sentenceId,
  /** The words of the sentence that are the instrument, found there exactly once. */
  quote: z.string().min(1),
});
export type HandCode = z.infer<typeof HandCode>;

/** A machine suggestion rejected by hand, with the reason. */
export const Veto = z.strictObject({
  /** The instrument the machine suggested. */
  instrument: slug,
  /** The sentence the suggestion is in. */
  sentence: sentenceId,
  /** Why it is wrong here (a cue word used in another sense: 形象工程 is no 示范工程). */
  reason: z.string().min(1),
});
export type Veto = z.infer<typeof Veto>;

/**
 * A unit of a hand file is a review of that unit: its codes are the confirmed machine suggestions
 * and the added codes; every machine suggestion must be confirmed or vetoed; `none` says why the
 * unit has no instrument at all.
 */
export const ReviewedUnit = z.strictObject({
  /** Instruments whose machine suggestions in the unit are right as they stand. */
  confirm: z.array(slug).default([]),
  /** Codes the machine missed. */
  codes: z.array(HandCode).default([]),
  /** Machine suggestions that are wrong, each with its reason. */
  veto: z.array(Veto).default([]),
  /** Why the unit holds no instrument (a statement of principle, a definition…). */
  none: z.string().min(1).optional(),
});
export type ReviewedUnit = z.infer<typeof ReviewedUnit>;

/** content/instrument-codes/<item>.yaml: units are measures or articles (m3, art5), parts (p1) or `closing`. */
export const InstrumentCodeFile = z.strictObject({
  /** Reviewed units by id. */
  units: z.record(z.string(), ReviewedUnit).default({}),
});
export type InstrumentCodeFile = z.infer<typeof InstrumentCodeFile>;

/** Where a code comes from: found by the machine from the cues (unreviewed), or decided by a person. */
export type CodeBasis = 'machine' | 'hand';

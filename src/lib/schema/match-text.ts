import { z } from 'zod';

/**
 * Words an annotation looks for, verbatim, in the texts (a glossary form, an actor alias). One
 * that is only punctuation or spaces ("，") would turn every comma into a mention.
 */
export const MatchText = z
  .string()
  .min(1)
  .regex(/[\p{L}\p{N}]/u, 'holds no letter or digit: punctuation alone would be found all through the texts');

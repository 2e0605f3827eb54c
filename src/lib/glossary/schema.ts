import { z } from 'zod';
import { MatchText } from '../schema/match-text.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. daguo-gongjiang');

/** `<item-id>` or `<item-id>#<unit>`: a measure, part, `preamble`, sentence or subheading. */
export const UnitRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'an item id, optionally with #m14, #p1, #preamble or a sentence id');

/** One entry of content/glossary.yaml. */
export const GlossaryTerm = z.strictObject({
  id: slug,
  term: z.string().min(1),
  /** Spellings to find in the text, each verbatim; longer ones win over shorter ones inside them. */
  forms: z.array(MatchText).min(1),
  definition: z.string().min(1),
  english: z.string().min(1),
  source: z.string().min(1),
  related: z.array(UnitRef).default([]),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Glossary = z.array(GlossaryTerm).min(1);
export type Glossary = z.infer<typeof Glossary>;

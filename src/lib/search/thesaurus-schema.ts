import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. xin-jiuye-xingtai');

/** How a reader's word relates to the text's terms. */
export const ThesaurusKind = z.enum(['colloquial', 'abbreviation', 'occupation', 'synonym']);

/** One concept of content/thesaurus.yaml: the text's own terms and the words readers use for it. */
export const ThesaurusEntry = z
  .strictObject({
    id: slug,
    concept: z.string().min(1),
    /** Strings that occur verbatim in the texts. */
    terms: z.array(z.string().min(1)).min(1),
    /** Words readers type instead; one the texts also use is searched literally first (a build notice, not an error). */
    reader: z.array(z.string().min(1)).min(1),
    kind: ThesaurusKind,
    rationale: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    /** The glossary entry for the concept, whose term page lists the reader's words. */
    glossary: slug.optional(),
  })
  .refine((e) => e.rationale !== undefined || e.source !== undefined, {
    message: 'each concept needs a rationale or a source',
    path: ['rationale'],
  });
export type ThesaurusEntry = z.infer<typeof ThesaurusEntry>;

export const Thesaurus = z.array(ThesaurusEntry).min(1);
export type Thesaurus = z.infer<typeof Thesaurus>;

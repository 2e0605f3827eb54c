import { z } from 'zod';

/** Lines (or the start or end of a line) that are newspaper furniture, not body text. */
export const FurnitureRole = z.enum(['headline', 'subheading', 'dateline', 'credit', 'wrapper']);
export type FurnitureRole = z.infer<typeof FurnitureRole>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. 2024-chanye-gongren');

export const ItemKind = z.enum(['opinion', 'news', 'photo']);
export type ItemKind = z.infer<typeof ItemKind>;

/** One item's metadata file under content/items/: which source it is cut from, and what it is. */
export const ItemMeta = z
  .strictObject({
    id: slug,
    kind: ItemKind,
    source: z.string().regex(/^[\w.-]+\.txt$/, 'a file name under content/sources/'),
    /** The text the item begins with in its source; it ends where the next item begins. */
    begins: z.string().min(2),
    title: z.string().min(1),
    /** True when the title is ours, not printed (the interview has no headline). */
    titleEditorial: z.boolean().default(false),
    shortTitle: z.string().min(1).optional(),
    issuers: z.array(z.string().min(1)).default([]),
    docNumber: z.string().optional(),
    /** Date of the document itself (签发/印发). */
    date: isoDate.optional(),
    /** Date of publication of the copy we reproduce. */
    published: isoDate,
    publisher: z.string().min(1),
    place: z.string().optional(),
    credit: z.string().optional(),
    sourceNote: z.string().optional(),
    furniture: z.array(z.strictObject({ role: FurnitureRole, text: z.string().min(1) })).default([]),
    summary: z.string().optional(),
  })
  .superRefine((meta, ctx) => {
    if (meta.kind === 'opinion' && meta.issuers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['issuers'], message: 'an opinion needs at least one issuer' });
    }
  });
export type ItemMeta = z.infer<typeof ItemMeta>;

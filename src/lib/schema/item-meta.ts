import { z } from 'zod';
import { isCalendarDate, today } from './dates.ts';

/** Lines (or the start or end of a line) that are newspaper furniture, not body text. */
export const FurnitureRole = z.enum(['headline', 'subheading', 'dateline', 'credit', 'wrapper']);
export type FurnitureRole = z.infer<typeof FurnitureRole>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a day of the calendar` });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. 2024-chanye-gongren');

/** 意见, 建议, 规划 and 纲要, 条例/规定/法, 说明 (a speech explaining a text); news items and photo captions. */
export const ItemKind = z.enum(['opinion', 'proposal', 'plan', 'regulation', 'explanation', 'news', 'photo']);
export type ItemKind = z.infer<typeof ItemKind>;
/** The kinds read as official documents (title, parts or chapters, measures or articles); the rest are news. */
export const DOCUMENT_KINDS: readonly ItemKind[] = ['opinion', 'proposal', 'plan', 'regulation', 'explanation'];
export const isDocumentKind = (kind: ItemKind) => DOCUMENT_KINDS.includes(kind);

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
    /**
     * Why the dates are as they are, when they look impossible: a document dated after the copy we
     * reproduce was published, or a date still to come. Without it, either is an error.
     */
    dateNote: z.string().min(1).optional(),
    publisher: z.string().min(1),
    place: z.string().optional(),
    credit: z.string().optional(),
    sourceNote: z.string().optional(),
    furniture: z.array(z.strictObject({ role: FurnitureRole, text: z.string().min(1) })).default([]),
    /**
     * Where the closing (结语) after the last measure begins: the text its first paragraph opens
     * with, or false for none. Absent: the parser's rule decides (src/lib/parse/tail.ts).
     */
    closing: z.union([z.string().min(2), z.literal(false)]).optional(),
    /** The document this one explains (an explanation 说明 of a proposal): its id. */
    explains: slug.optional(),
    summary: z.string().optional(),
  })
  .superRefine((meta, ctx) => {
    if (meta.kind === 'opinion' && meta.issuers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['issuers'], message: 'an opinion needs at least one issuer' });
    }
    // A date that broke its own rule has been reported already; the comparisons need two real days.
    if (meta.dateNote || ![meta.date ?? meta.published, meta.published].every(isCalendarDate)) return;
    const now = today();
    const explain = 'or say why in dateNote';
    for (const key of ['date', 'published'] as const) {
      const value = meta[key];
      if (value && value > now)
        ctx.addIssue({ code: 'custom', path: [key], message: `${value} is after today (${now}); correct it, ${explain}` });
    }
    if (meta.date && meta.date > meta.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `the document is dated ${meta.date}, after its publication on ${meta.published}; correct one, ${explain}`,
      });
    }
  });
export type ItemMeta = z.infer<typeof ItemMeta>;

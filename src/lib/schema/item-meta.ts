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

/**
 * What an item is. The ids are ASCII and public (/feeds/kinds/<kind>.xml); the Chinese names and
 * what each kind is for schema.org, CSL and Akoma Ntoso are in kind-names.ts.
 *
 * opinion 意见 and 指导意见; proposal 建议; plan 规划, 纲要, 计划; regulation 条例; explanation 说明
 * (a speech explaining a text); news and photo (news items and photo captions); notice 通知;
 * decision 决定; resolution 决议; communique 公报; provisions 规定; measures 办法; detailed-rules
 * 细则; rules 规则; code 准则; law 法 (laws); scheme 方案; speech 讲话; report 报告; reply 批复;
 * letter 函 and 复函; answer 答复; circular 通报; charter 章程.
 */
export const ItemKind = z.enum([
  'opinion',
  'proposal',
  'plan',
  'regulation',
  'explanation',
  'news',
  'photo',
  'notice',
  'decision',
  'resolution',
  'communique',
  'provisions',
  'measures',
  'detailed-rules',
  'rules',
  'code',
  'law',
  'scheme',
  'speech',
  'report',
  'reply',
  'letter',
  'answer',
  'circular',
  'charter',
]);
export type ItemKind = z.infer<typeof ItemKind>;
/** The kinds read as official documents (title, parts or chapters, measures or articles): every kind but news and photo. */
export const DOCUMENT_KINDS: readonly ItemKind[] = ItemKind.options.filter((k) => k !== 'news' && k !== 'photo');
export const isDocumentKind = (kind: ItemKind) => DOCUMENT_KINDS.includes(kind);

/** One item's metadata file under content/items/: which source it is cut from, and what it is. */
export const ItemMeta = z
  .strictObject({
    id: slug,
    kind: ItemKind,
    /** The source file under content/sources/: a text (.txt), or a saved web page (.html) whose text is derived from it. */
    source: z.string().regex(/^[\w.-]+\.(?:txt|html?)$/, 'a file name under content/sources/'),
    /** The text the item begins with in its source; it ends where the next item begins. */
    begins: z.string().min(2),
    title: z.string().min(1),
    /** True when the title is ours, not printed (the interview has no headline). */
    titleEditorial: z.boolean().default(false),
    /**
     * Where the title comes from when the text does not print it (a notice a school site reposts
     * from its salutation on, the title only in the page's heading): `page`, the heading of the
     * page it was published on; `table`, the metadata table that came with the text; `given`, the
     * person who added it (ingest's --title). The title is then not ours (not titleEditorial), but
     * it is not on the text's lines either: the parser reads no title, the item begins with its
     * first line of text, and the page says where the title was taken from. Absent: the text
     * prints its title as its first line(s).
     */
    titleFrom: z.enum(['page', 'table', 'given']).optional(),
    shortTitle: z.string().min(1).optional(),
    issuers: z.array(z.string().min(1)).default([]),
    docNumber: z.string().optional(),
    /** 索引号: the number the issuer's public-information catalogue files the document under (gov.cn: 000014349/2019-00007). */
    indexNumber: z.string().min(1).optional(),
    /** 主题分类: the subject the issuer's catalogue files it under, as printed there (科技、教育\教育). */
    topic: z.string().min(1).optional(),
    /** The address of the web page the text was taken from, when it is known (http or https). */
    sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * What the title says of the text's standing, without its brackets: 征求意见稿, 试行, 草案,
     * 修订草案 for a title printed 某某办法（试行）. The title keeps it as printed.
     */
    status: z.string().min(1).optional(),
    /**
     * Date of the document itself (成文日期): its date line or the signature's date (签发/印发), or,
     * for a text with an adoption note, the latest date the note names (the version printed).
     */
    date: isoDate.optional(),
    /** When the text was first adopted (通过, 审议批准): by a congress, a plenary, a State Council meeting. */
    adopted: isoDate.optional(),
    /** When it takes effect (施行, 实施): 自2019年5月1日起施行; 自公布之日起施行 gives the day it was published. */
    effective: isoDate.optional(),
    /** Every revision or amendment (修订, 修正) the text records, oldest first. */
    revised: z.array(isoDate).optional(),
    /**
     * Date of publication of the copy we reproduce. A document that prints no date of its own (the
     * 宪法 as reprinted, without its adoption notes) and whose copy says none either has none: it is
     * shown as undated, never given a day it does not carry. News always has one.
     */
    published: isoDate.optional(),
    /**
     * Why the dates are as they are, when they look impossible: a document dated after the copy we
     * reproduce was published, or a date still to come. Without it, either is an error.
     */
    dateNote: z.string().min(1).optional(),
    /**
     * Who published the copy we reproduce (新华社, 中国政府网), when it is known: a "（来源：…）" line
     * or --publisher. A document taken from its issuer's own text may have none; news always has one.
     */
    publisher: z.string().min(1).optional(),
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
    if (meta.titleFrom && meta.titleEditorial) {
      ctx.addIssue({
        code: 'custom',
        path: ['titleFrom'],
        message: 'a title taken from somewhere (titleFrom) is not one we wrote (titleEditorial): keep one of the two',
      });
    }
    if (meta.kind === 'opinion' && meta.issuers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['issuers'], message: 'an opinion needs at least one issuer' });
    }
    if (!isDocumentKind(meta.kind) && !meta.publisher) {
      ctx.addIssue({
        code: 'custom',
        path: ['publisher'],
        message: `a ${meta.kind} item needs its publisher (the agency whose copy it is)`,
      });
    }
    if (!isDocumentKind(meta.kind) && !meta.published) {
      ctx.addIssue({ code: 'custom', path: ['published'], message: `a ${meta.kind} item needs its date of publication (published)` });
    }
    // A date that broke its own rule has been reported already; the comparisons need real days.
    const dates = [meta.date, meta.published].filter((d) => d !== undefined);
    if (meta.dateNote || !dates.every(isCalendarDate)) return;
    const now = today();
    const explain = 'or say why in dateNote';
    for (const key of ['date', 'published'] as const) {
      const value = meta[key];
      if (value && value > now)
        ctx.addIssue({ code: 'custom', path: [key], message: `${value} is after today (${now}); correct it, ${explain}` });
    }
    if (meta.date && meta.published && meta.date > meta.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `the document is dated ${meta.date}, after its publication on ${meta.published}; correct one, ${explain}`,
      });
    }
  });
export type ItemMeta = z.infer<typeof ItemMeta>;
/** A news item's metadata: it always has its date of publication (the schema requires it). */
export type NewsMeta = ItemMeta & { published: string };

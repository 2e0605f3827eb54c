import { z } from 'zod';
import { MatchText } from '../schema/match-text.ts';

/** What sort of body an actor is; pages group the actor index by it. */
export const ActorKind = z.enum(['party-state', 'ministry', 'union', 'enterprise', 'school', 'social', 'workers']);
export type ActorKind = z.infer<typeof ActorKind>;

/** Chinese labels for the kinds, in the order the actor index lists them. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  'party-state': '党政机关',
  ministry: '部门和机构',
  union: '工会和群团组织',
  enterprise: '企业',
  school: '学校和培训机构',
  social: '社会组织和媒体',
  workers: '劳动者群体',
};

/**
 * Where a body stands, for issuers above all: the Party centre, the NPC and the State Council
 * (中央), a ministry, commission or office under the State Council (国务院部门), or a province,
 * city or county and its bureaus (地方). Collective nouns (各级党委, 企业) have none.
 */
export const ActorLevel = z.enum(['central', 'department', 'local']);
export type ActorLevel = z.infer<typeof ActorLevel>;
export const ACTOR_LEVEL_LABELS: Record<ActorLevel, string> = { central: '中央', department: '国务院部门', local: '地方' };

const actorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. central-soes');

/** One entry of content/actors.yaml. */
export const Actor = z.strictObject({
  id: actorId,
  name: z.string().min(1),
  /** Exact strings as the texts write them; the matcher finds these. Empty for actors only ever implied. */
  aliases: z.array(MatchText).default([]),
  kind: ActorKind,
  /** The broader actor this one is a kind of (中央企业 → 国有企业 → 企业). */
  parent: actorId.optional(),
  level: ActorLevel.optional(),
  description: z.string().min(1),
});
export type Actor = z.infer<typeof Actor>;

export const ActorRegistry = z.array(Actor).min(1);
export type ActorRegistry = z.infer<typeof ActorRegistry>;

/** lead: the text makes it responsible; participant: a named co-actor; beneficiary: whom the unit serves or targets. */
export const Role = z.enum(['lead', 'participant', 'beneficiary']);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', participant: '参与', beneficiary: '受益或对象' };

/** What a reader is told wherever a machine tag shows (chips, evidence marks, actor pages). */
export const MACHINE_LABEL = '机器标注，未经审核';

/**
 * What a reader is told wherever an official tag shows: the document itself names the body in
 * the division of labour it prints after the measure (./official.ts).
 */
export const OFFICIAL_LABEL = '文件所列分工';

/** Each basis of a tag as the reader is told it beside the tag; a hand tag of words that name the actor needs no word. */
export const BASIS_LABELS: Record<'explicit' | 'implied' | 'machine' | 'official', string> = {
  explicit: '',
  implied: '推断',
  machine: MACHINE_LABEL,
  official: OFFICIAL_LABEL,
};

// Prefixes as the unit ids make them: m14-s3, p2-m1-s3 (measures numbered afresh in each part), art10-1-s2, s12.
const sentenceId = z.string().regex(/^(?:[a-z]+\d*(?:-\d+)?-)*s\d+$/, 'a sentence id such as m14-s3, p2-m1-s3 or s12');

/** The text names the actor: `quote` is the exact words, found once in `sentence`. */
export const ExplicitTag = z.strictObject({
  actor: actorId,
  role: Role,
  basis: z.literal('explicit'),
  quote: z.string().min(1),
  sentence: sentenceId,
});

/** The text does not name the actor; `rationale` says why it is responsible all the same. */
export const ImpliedTag = z.strictObject({
  actor: actorId,
  role: Role,
  basis: z.literal('implied'),
  rationale: z.string().min(1),
});

export const Tag = z.discriminatedUnion('basis', [ExplicitTag, ImpliedTag]);
export type Tag = z.infer<typeof Tag>;
export type ExplicitTag = z.infer<typeof ExplicitTag>;
export type ImpliedTag = z.infer<typeof ImpliedTag>;

/** A recorded decision to leave an explicit mention of an actor untagged in this unit. */
export const Untagged = z.strictObject({
  actor: actorId,
  sentence: sentenceId,
  quote: z.string().min(1),
  reason: z.string().min(1),
});
export type Untagged = z.infer<typeof Untagged>;

/**
 * A decision that a responsibility note covering this unit is not its division of labour, or not
 * as read: `sentence` is the note's, `body` one body as the note prints it (all of them when
 * absent). Vetoed whole in the unit that prints it, the note counts as misread: it is dropped
 * there and carries over nowhere. Anywhere else a veto holds for its own unit only.
 */
export const OfficialVeto = z.strictObject({
  sentence: sentenceId,
  body: z.string().min(1).optional(),
  reason: z.string().min(1),
});
export type OfficialVeto = z.infer<typeof OfficialVeto>;

/**
 * A unit of a hand file is a review of that unit: its tags and untagged decisions replace the
 * machine's (./machine.ts), and every mention must be decided. `confirm` lists the actors whose
 * machine tags in the unit are right as they stand (each then counts as a hand tag); to correct
 * one, write the tag; to veto one, leave the mention untagged with a reason. The official tags of
 * the unit's responsibility notes (./official.ts) stand beside the review unless `vetoOfficial`
 * vetoes them.
 */
export const TaggedUnit = z.strictObject({
  tags: z.array(Tag).default([]),
  untagged: z.array(Untagged).default([]),
  confirm: z.array(actorId).default([]),
  vetoOfficial: z.array(OfficialVeto).default([]),
});
export type TaggedUnit = z.infer<typeof TaggedUnit>;

/**
 * content/actor-tags/<item-id>.yaml. Units are measures (m1…) in a document and sentences (s12)
 * in a news item; a caption with no commitment has an empty map.
 */
export const ActorTagFile = z.strictObject({
  units: z.record(z.string(), TaggedUnit).default({}),
});
export type ActorTagFile = z.infer<typeof ActorTagFile>;

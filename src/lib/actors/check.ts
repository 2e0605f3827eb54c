import type { Corpus, CorpusEntry } from '../corpus.ts';
import { ContentError } from '../errors.ts';
import type { Sentence } from '../schema/tree.ts';
import type { YamlWithLines as LocatedYaml, YamlPath } from '../content/yaml.ts';
import type { ActorMatcher, Mention } from './match.ts';
import { type Note, type OfficialTag, type OfficialTags, documentNotes } from './official.ts';
import { withoutVetoed } from './precedence.ts';
import type { ActorRegistry, ActorTagFile, TaggedUnit } from './schema.ts';
import { type UnitScope, locateQuote, unitScope } from './scope.ts';

export type LoadedRegistry = LocatedYaml<ActorRegistry>;
export interface LoadedTagFile extends LocatedYaml<ActorTagFile> {
  /** The item the file tags: its file name without .yaml. */
  item: string;
}

/**
 * Ids the site's own addresses under /actors/ take beside an actor's /actors/<id>/: a document's
 * actors at /actors/in/<doc>/, the later pages of the actor index at /actors/page/2/.
 */
export const RESERVED_ACTOR_IDS: ReadonlyMap<string, string> = new Map([
  ['in', "/actors/in/<doc>/ is a document's actors"],
  ['page', '/actors/page/2/ and on are the later pages of the actor index'],
]);

/** Registry problems: ids the site's pages take, repeated ids or aliases, unknown parents, parent cycles. */
export function checkRegistry(registry: LoadedRegistry): ContentError[] {
  const errors: ContentError[] = [];
  const at = (path: YamlPath, problem: string) => errors.push(new ContentError(registry.file, registry.lineOf(path), problem));
  const index = new Map<string, number>();
  const aliasOwner = new Map<string, string>();
  registry.data.forEach((actor, i) => {
    const reserved = RESERVED_ACTOR_IDS.get(actor.id);
    if (reserved) at([i, 'id'], `actor id "${actor.id}" is taken by the site's own pages (${reserved}); choose another`);
    if (index.has(actor.id)) at([i, 'id'], `actor id "${actor.id}" is already used by entry ${index.get(actor.id)! + 1}`);
    else index.set(actor.id, i);
    actor.aliases.forEach((alias, j) => {
      const owner = aliasOwner.get(alias);
      if (owner) at([i, 'aliases', j], `alias "${alias}" of "${actor.id}" is already an alias of "${owner}"`);
      else aliasOwner.set(alias, actor.id);
    });
  });
  registry.data.forEach((actor, i) => {
    const problem = parentProblem(actor.id, registry.data, index);
    if (problem) at([i, 'parent'], problem);
  });
  return errors;
}

/** An unknown parent, or a chain of parents that comes back to where it started. */
function parentProblem(id: string, data: ActorRegistry, index: Map<string, number>): string | undefined {
  const seen = [id];
  for (let p = data[index.get(id)!]!.parent; p !== undefined; p = data[index.get(p)!]!.parent) {
    if (!index.has(p)) return seen.length === 1 ? `parent "${p}" of "${id}" is not a registered actor` : undefined;
    if (seen.includes(p)) return `parent chain of "${id}" goes round in a cycle: ${[...seen, p].join(' → ')}`;
    seen.push(p);
  }
  return undefined;
}

export interface TagCheckInput {
  registry: LoadedRegistry;
  tagFiles: LoadedTagFile[];
  corpus: Corpus;
  matcher: ActorMatcher;
  /** Each document's official tags (./official.ts), which a review may veto and which count as responsible actors. */
  official?: ReadonlyMap<string, OfficialTags> | undefined;
}

/** Every tag and untagged decision against the corpus, and every explicit mention against the tags. */
export function checkTags(input: TagCheckInput): ContentError[] {
  const { tagFiles, corpus } = input;
  const errors: ContentError[] = [];
  // An item without a hand file is not an error: its measures carry machine tags (./review.ts).
  const mentionsOf = memoMentions(input.matcher);
  const actorIds = new Set(input.registry.data.map((a) => a.id));
  for (const file of tagFiles) {
    const entry = corpus.byId(file.item);
    if (!entry) {
      errors.push(new ContentError(file.file, undefined, `no item "${file.item}" in the corpus: the file name must be an item id`));
      continue;
    }
    const official =
      entry.kind === 'document' ? { notes: documentNotes(entry), tags: input.official?.get(entry.id) ?? new Map() } : undefined;
    errors.push(...checkFile(file, entry, actorIds, mentionsOf, official));
  }
  return errors;
}

/** A document's responsibility notes and the official tags they give its units. */
interface OfficialOfDoc {
  notes: Note[];
  tags: OfficialTags;
}

type MentionsOf = (s: Sentence) => Mention[];

function memoMentions(matcher: ActorMatcher): MentionsOf {
  const cache = new Map<Sentence, Mention[]>();
  return (s) => {
    let found = cache.get(s);
    if (!found) cache.set(s, (found = matcher.mentions(s.text)));
    return found;
  };
}

function checkFile(
  file: LoadedTagFile,
  entry: CorpusEntry,
  actorIds: Set<string>,
  mentionsOf: MentionsOf,
  official: OfficialOfDoc | undefined,
): ContentError[] {
  const errors: ContentError[] = [];
  // A measure the file does not list keeps its machine tags; one with no responsible actor is a notice (./review.ts).
  const units = file.data.units;
  for (const [unitId, unit] of Object.entries(units)) {
    const report = (path: YamlPath, problem: string) =>
      errors.push(new ContentError(file.file, file.lineOf(['units', unitId, ...path]), `unit ${unitId}: ${problem}`));
    const scope = unitScope(entry, unitId);
    if (!scope) {
      report([], `no ${entry.kind === 'document' ? 'measure' : 'sentence'} "${unitId}" in ${entry.id}`);
      continue;
    }
    const officialTags = official?.tags.get(unitId) ?? [];
    checkVetoes(unitId, unit, official?.notes ?? [], officialTags, report);
    checkUnit(unit, scope, { actorIds, mentionsOf, report, official: withoutVetoed(officialTags, unit.vetoOfficial) });
  }
  return errors;
}

interface UnitContext {
  actorIds: Set<string>;
  mentionsOf: MentionsOf;
  report: (path: YamlPath, problem: string) => void;
  /** The unit's official tags that stand after its vetoes. */
  official: readonly OfficialTag[];
}

/**
 * Each veto must name a note that covers the unit (its own, or one carried over into it) and, with
 * `body`, a body that note prints; a note the same review vetoes whole is not covered twice.
 */
function checkVetoes(
  unitId: string,
  unit: TaggedUnit,
  notes: readonly Note[],
  official: readonly OfficialTag[],
  report: (path: YamlPath, problem: string) => void,
) {
  const seen = new Set<string>();
  unit.vetoOfficial.forEach((v, i) => {
    const name = `vetoOfficial ${i + 1} (${v.sentence}${v.body ? `, ${v.body}` : ''})`;
    const note = notes.find((n) => n.sentence.id === v.sentence);
    const covers = note !== undefined && (note.page?.id === unitId || official.some((t) => t.sentence === v.sentence));
    if (!covers) {
      const here = [
        ...new Set([...notes.filter((n) => n.page?.id === unitId).map((n) => n.sentence.id), ...official.map((t) => t.sentence)]),
      ];
      const which = here.length ? `its notes are ${here.join(', ')}` : 'no responsibility note covers it';
      return report(
        ['vetoOfficial', i, 'sentence'],
        `${name}: sentence ${v.sentence} is no responsibility note of unit ${unitId} (${which})`,
      );
    }
    const bodies = note.sentence.responsibility.bodies;
    if (v.body !== undefined && !bodies.includes(v.body))
      return report(['vetoOfficial', i, 'body'], `${name}: the note names no body "${v.body}" (it names ${bodies.join('、')})`);
    const key = `${v.sentence}\u0000${v.body ?? ''}`;
    if (seen.has(key) || (v.body !== undefined && seen.has(`${v.sentence}\u0000`)))
      report(['vetoOfficial', i], `${name}: the same note or body is vetoed twice`);
    seen.add(key);
  });
}

function checkUnit(unit: TaggedUnit, scope: UnitScope, ctx: UnitContext) {
  const { report } = ctx;
  const tagged = new Set(unit.tags.map((t) => t.actor));
  const seen = new Set<string>();
  unit.tags.forEach((tag, i) => {
    const name = `tag ${i + 1} (${tag.actor}, ${tag.role})`;
    if (!ctx.actorIds.has(tag.actor)) report(['tags', i, 'actor'], `${name}: unknown actor id "${tag.actor}"`);
    else if (tag.basis === 'explicit') checkEvidence(tag, scope, ['tags', i], name, ctx);
    const key = JSON.stringify([tag.actor, tag.role, tag.basis === 'explicit' ? [tag.sentence, tag.quote] : tag.rationale]);
    if (seen.has(key)) report(['tags', i], `${name}: the same tag appears twice`);
    seen.add(key);
  });
  // The document's own division of labour says who is responsible as well as a hand tag does.
  if (!unit.tags.some((t) => t.role === 'lead' || t.role === 'participant') && ctx.official.length === 0) {
    report([], 'no lead or participant tag: say who is responsible (basis implied, with a rationale, when the text names no one)');
  }
  const decided = new Set<string>();
  unit.untagged.forEach((u, i) => {
    const name = `untagged ${i + 1} (${u.actor})`;
    if (!ctx.actorIds.has(u.actor)) report(['untagged', i, 'actor'], `${name}: unknown actor id "${u.actor}"`);
    else if (tagged.has(u.actor)) report(['untagged', i], `${name}: the actor is tagged in this unit, so the decision is contradictory`);
    else checkEvidence(u, scope, ['untagged', i], name, ctx);
    decided.add(u.actor);
  });
  const reported = new Set<string>();
  for (const s of scope.sentences) {
    // A note's bodies are decided by the note itself (official tags) or by a veto of it.
    if (s.responsibility) continue;
    for (const m of ctx.mentionsOf(s)) {
      if (tagged.has(m.actor) || decided.has(m.actor) || reported.has(m.actor)) continue;
      reported.add(m.actor);
      report([], `"${m.alias}" in ${s.id} names actor "${m.actor}", which has no tag and no untagged decision in this unit`);
    }
  }
}

/** The quote must be once in its sentence, the sentence in the unit, and the quote must name the actor. */
function checkEvidence(
  ev: { actor: string; sentence: string; quote: string },
  scope: UnitScope,
  path: YamlPath,
  name: string,
  ctx: UnitContext,
) {
  const sentence = scope.sentences.find((s) => s.id === ev.sentence);
  if (!sentence) {
    const where = scope.kind === 'measure' ? `measure ${scope.measure.id}` : 'this news unit (its own sentence)';
    return ctx.report([...path, 'sentence'], `${name}: sentence ${ev.sentence} is not in ${where}`);
  }
  const at = locateQuote(sentence.text, ev.quote);
  if ('problem' in at) return ctx.report([...path, 'quote'], `${name}: quote "${ev.quote}" ${at.problem} sentence ${ev.sentence}`);
  const named = ctx.mentionsOf(sentence).some((m) => m.actor === ev.actor && m.start >= at.start && m.end <= at.end);
  if (!named) ctx.report([...path, 'quote'], `${name}: quote "${ev.quote}" does not name the actor (no alias of "${ev.actor}" inside it)`);
}

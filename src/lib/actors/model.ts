import { type Corpus } from '../corpus.ts';
import type { Measure, Part } from '../schema/tree.ts';
import type { MachineTag } from './machine.ts';
import type { OfficialTag } from './official.ts';
import type { ReviewedItem } from './review.ts';
import { ActorMatcher } from './match.ts';
import type { Actor, ActorRegistry, ExplicitTag, ImpliedTag, OfficialVeto, Role, Untagged } from './schema.ts';
import { locateQuote, unitScope } from './scope.ts';
import { unitKey } from '../links/units.ts';
import { measureUrl, newsUrl } from '../routes.ts';

/**
 * An explicit or machine tag with where its quote sits in the sentence, an official one (a body a
 * responsibility note names, at its place in the note), or an implied one; all link to the text.
 */
export type ResolvedTag =
  | ((ExplicitTag | MachineTag) & { start: number; end: number; href: string })
  | (OfficialTag & { href: string })
  | (ImpliedTag & { href: string });

/**
 * A tag of a registry actor. Every tag is one but an official tag of a body the registry does not
 * list (`actor` undefined, `name` as printed): whatever is keyed by actor (actor pages, filters,
 * matrices, links) reads these; the official division of labour shows the others too.
 */
export type RegisteredTag = ResolvedTag & { actor: string };

export const isRegistered = (t: ResolvedTag): t is RegisteredTag => t.actor !== undefined;

/** Who a tag names, as a reader is told: the registry's name, or the printed name of a body the registry lacks. */
export function tagActorName(actors: Pick<Actors, 'actor'>, tag: ResolvedTag): string {
  if (tag.actor !== undefined) return actors.actor(tag.actor).name;
  if (tag.basis === 'official') return tag.name;
  throw new Error(`a ${tag.basis} tag with no actor`);
}

/** A unit's tags of registry actors. */
export const registeredTags = (unit: Pick<ResolvedUnit, 'tags'>): RegisteredTag[] => unit.tags.filter(isRegistered);

/** A tagged measure or news statement, resolved against the corpus. */
export interface ResolvedUnit {
  item: string;
  itemKind: 'document' | 'news';
  itemTitle: string;
  /** m14 in a document, s12 in a news item. */
  id: string;
  /** （十四）完善职业技能竞赛体系 for a measure; the sentence itself for a news statement. */
  label: string;
  /** The measure page, or the news page at the sentence. */
  href: string;
  measure?: Measure;
  part?: Part | undefined;
  tags: ResolvedTag[];
  untagged: Untagged[];
  /** A hand review's vetoes of the official division of labour (a note misread, or not applying here), with their reasons. */
  vetoOfficial: OfficialVeto[];
}

/** The validated actor data with indexes; every view and export reads this. */
export interface Actors {
  registry: ActorRegistry;
  matcher: ActorMatcher;
  /** Units in corpus order (items as the corpus lists them, units in text order). */
  units: ResolvedUnit[];
  actor: (id: string) => Actor;
  /** The tagged units of one item, in text order. */
  unitsOf: (item: string) => ResolvedUnit[];
  children: (id: string) => Actor[];
  /** The actor's parent, grandparent, … up to the root. */
  ancestors: (id: string) => Actor[];
  unit: (item: string, id: string) => ResolvedUnit | undefined;
}

export const ROLES: readonly Role[] = ['lead', 'participant', 'beneficiary'];

/** Builds the model from data that has passed the checks (so every id resolves). */
export function resolveActors(registry: ActorRegistry, tagFiles: readonly ReviewedItem[], corpus: Corpus): Actors {
  const byId = new Map(registry.map((a) => [a.id, a]));
  const actor = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown actor "${id}"`);
    return found;
  };
  const files = new Map(tagFiles.map((f) => [f.item, f]));
  const units = corpus.entries.flatMap((entry) => {
    const file = files.get(entry.id);
    if (!file) return [];
    const order = new Map<string, number>();
    (entry.kind === 'document' ? entry.measures : entry.sentences).forEach((x, i) => order.has(x.id) || order.set(x.id, i));
    return Object.entries(file.data.units)
      .sort(([a], [b]) => (order.get(a) ?? -1) - (order.get(b) ?? -1))
      .map(([id, unit]): ResolvedUnit => {
        const scope = unitScope(entry, id);
        if (!scope) throw new Error(`unit ${id} is not in ${entry.id}; run the checks first`);
        const base = entry.kind === 'document' ? measureUrl(entry.id, id) : newsUrl(entry.id);
        const href = entry.kind === 'document' ? base : `${base}#${id}`;
        const tags = unit.tags.map((tag): ResolvedTag => {
          if (tag.basis === 'implied') return { ...tag, href };
          // An official tag is placed already; a carried note's words are where the note is printed.
          if (tag.basis === 'official' && entry.kind === 'document')
            return { ...tag, href: `${entry.units.byId.get(tag.carriedFrom ?? id)!.page}#${tag.sentence}` };
          if (tag.basis === 'official') throw new Error(`an official tag in ${entry.id}, which is no document`);
          const sentence = scope.sentences.find((s) => s.id === tag.sentence)!;
          const at = locateQuote(sentence.text, tag.quote);
          if ('problem' in at)
            throw new Error(`quote of ${tag.actor} in ${entry.id} ${id} ${at.problem} its sentence; run the checks first`);
          return { ...tag, ...at, href: `${base}#${tag.sentence}` };
        });
        const common = {
          item: entry.id,
          itemTitle: entry.meta.title,
          id,
          href,
          tags,
          untagged: unit.untagged,
          vetoOfficial: unit.vetoOfficial,
        };
        if (scope.kind === 'measure') {
          const m = scope.measure;
          return { ...common, itemKind: 'document', label: `${m.label}${m.lead ?? ''}`, measure: m, part: scope.part };
        }
        return { ...common, itemKind: 'news', label: scope.sentences[0].text };
      });
  });
  const unitIndex = new Map(units.map((u) => [unitKey(u.item, u.id), u]));
  const byItem = Map.groupBy(units, (u) => u.item);
  const children = Map.groupBy(
    registry.filter((a) => a.parent !== undefined),
    (a) => a.parent!,
  );
  const ancestors = (id: string): Actor[] => {
    const parent = actor(id).parent;
    return parent === undefined ? [] : [actor(parent), ...ancestors(parent)];
  };
  return {
    registry,
    matcher: ActorMatcher.fromActors(registry),
    units,
    actor,
    unitsOf: (item) => byItem.get(item) ?? [],
    children: (id) => [...(children.get(id) ?? [])],
    ancestors,
    unit: (item, id) => unitIndex.get(unitKey(item, id)),
  };
}

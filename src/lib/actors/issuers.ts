// The issuers of documents in the actor registry: which entry a name on an item file stands for,
// and so at what level (中央, 国务院部门, 地方) a document is issued. The catalogue's level facet,
// the issuer pages and the search's level filter all read it here.
import type { DocumentEntry } from '../corpus.ts';
import type { Actor, ActorLevel } from './schema.ts';

/** The levels in the order pages list them. */
export const LEVELS: readonly ActorLevel[] = ['central', 'department', 'local'];

/**
 * The registry entry of an issuer, by its name or one of its aliases as the item file writes it
 * (国务院办公厅); undefined for a body the registry does not list.
 */
export function issuerActors(registry: readonly Actor[]): (name: string) => Actor | undefined {
  const byName = new Map<string, Actor>();
  for (const a of registry) for (const n of [a.name, ...a.aliases]) if (!byName.has(n)) byName.set(n, a);
  return (name) => byName.get(name);
}

/**
 * The levels a document is issued at: those of its issuers the registry gives a level; none when
 * no issuer has one (the document counts as 未定级).
 */
export function documentLevels(d: DocumentEntry, actorOf: (name: string) => Actor | undefined): ActorLevel[] {
  return LEVELS.filter((l) => d.meta.issuers.some((i) => actorOf(i)?.level === l));
}

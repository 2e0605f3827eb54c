// How far the machine's reading of a measure finds who leads it, measured against the lead the
// document itself names in its responsibility notes (./official.ts): for `npm run bench`, on real
// documents that print notes. The machine reads the measure's text without its notes (./machine.ts
// never reads a note), so it cannot copy the answer. The notes' bodies are given to the matcher
// as extra aliases, each standing for itself, so a body the registry lacks (发展改革委, 体育总局)
// can be found at all: what is measured is the role reading, not the registry's coverage.
import type { DocumentEntry } from '../corpus.ts';
import { machineTags } from './machine.ts';
import { type AliasEntry, ActorMatcher } from './match.ts';
import { documentNotes, officialTags } from './official.ts';

export interface LeadAgreement {
  doc: string;
  /** Units with a page that a note covers: their own, or one carried over (下同). */
  units: number;
  /** Of those, how many are covered by a carried note. */
  carried: number;
  /** The leads the notes name, one per unit and body (a unit with two notes may have two). */
  leads: number;
  /** Official leads the machine tagged as lead of the same unit. */
  machineLead: number;
  /** Official leads the machine tagged in any role in the same unit. */
  machineAny: number;
  /** Note bodies that no registry alias names, added to the matcher as aliases of their own. */
  addedAliases: number;
  /**
   * Notes outside any unit with a page (a part's own text, 一、…（市场监管总局负责）): actor tags are
   * on measures, articles and points, so these tag nothing and are not measured.
   */
  outside: number;
}

/** The agreement of the machine's leads with the notes' in one document, the registry's aliases plus the notes' bodies. */
export function leadAgreement(doc: DocumentEntry, registry: ReadonlyArray<{ id: string; aliases: readonly string[] }>): LeadAgreement {
  const entries: AliasEntry[] = registry.flatMap((a) => a.aliases.map((alias) => ({ actor: a.id, alias })));
  const known = new Set(entries.map((e) => e.alias));
  const notes = documentNotes(doc);
  const bodies = [...new Set(notes.flatMap((n) => n.sentence.responsibility.bodies))].filter((b) => !known.has(b));
  entries.push(...bodies.map((alias) => ({ actor: `note:${alias}`, alias })));
  const matcher = new ActorMatcher(entries);
  const official = officialTags(doc, (name) => matcher.actorOf(name));
  const machine = machineTags(
    doc,
    matcher,
    entries.map((e) => e.alias),
  );
  const out: LeadAgreement = {
    doc: doc.id,
    units: official.size,
    carried: 0,
    leads: 0,
    machineLead: 0,
    machineAny: 0,
    addedAliases: bodies.length,
    outside: notes.filter((n) => n.page === undefined).length,
  };
  for (const [unit, tags] of official) {
    if (tags.every((t) => t.carriedFrom !== undefined)) out.carried++;
    const found = machine.get(unit) ?? [];
    for (const lead of new Set(tags.filter((t) => t.role === 'lead').map((t) => t.actor!))) {
      out.leads++;
      if (found.some((t) => t.actor === lead && t.role === 'lead')) out.machineLead++;
      if (found.some((t) => t.actor === lead)) out.machineAny++;
    }
  }
  return out;
}

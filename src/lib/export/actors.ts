// The actor exports: /data/actors.json and /data/measure-actors.csv (schemas in README.md).
import { type Actors, tagActorName } from '../actors/model.ts';
import { csvFile } from './csv.ts';

/** /data/actors.json: the registry and every tagged unit, with links into the site. */
export function actorsJson(actors: Actors) {
  return {
    actors: actors.registry.map((a) => ({
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      kind: a.kind,
      parent: a.parent ?? null,
      description: a.description,
    })),
    units: actors.units.map((u) => ({
      item: u.item,
      itemKind: u.itemKind,
      unit: u.id,
      // A point of a speech or an article of a text without chapters lies in no part: null.
      ...(u.measure ? { measureNumber: u.measure.n, part: u.part?.id ?? null } : {}),
      url: u.href,
      tags: u.tags.map((t) => {
        if (t.basis === 'implied') return { actor: t.actor, role: t.role, basis: t.basis, rationale: t.rationale, url: t.href };
        const words = { quote: t.quote, sentence: t.sentence, start: t.start, end: t.end, url: t.href };
        if (t.basis !== 'official') return { actor: t.actor, role: t.role, basis: t.basis, ...words };
        // A body the registry lacks is exported as printed, with no actor: never matched to a near name.
        return {
          actor: t.actor ?? null,
          name: t.name,
          role: t.role,
          basis: t.basis,
          ...words,
          ...(t.carriedFrom ? { carriedFrom: t.carriedFrom } : {}),
        };
      }),
      untagged: u.untagged,
      vetoOfficial: u.vetoOfficial,
    })),
  };
}

export const MEASURE_ACTORS_COLUMNS = [
  'document',
  'measure_id',
  'measure_number',
  'actor_id',
  'actor_name',
  'role',
  'basis',
  'evidence',
  'sentence_id',
] as const;

/**
 * /data/measure-actors.csv: one row per tag on a measure (news units are in the JSON only).
 * evidence is the quote for explicit, machine and official tags and the rationale for implied ones,
 * whose sentence_id is empty. An official tag of a body the registry lacks has no actor_id, and its
 * printed name as actor_name; a note carried over (下同) gives the note's sentence, in the measure that prints it.
 */
export function measureActorsCsv(actors: Actors): string {
  const rows: Array<ReadonlyArray<string | number>> = [MEASURE_ACTORS_COLUMNS];
  for (const unit of actors.units) {
    if (!unit.measure) continue;
    for (const t of unit.tags) {
      const quoted = t.basis !== 'implied';
      rows.push([
        unit.item,
        unit.id,
        unit.measure.n,
        t.actor ?? '',
        tagActorName(actors, t),
        t.role,
        t.basis,
        quoted ? t.quote : t.rationale,
        quoted ? t.sentence : '',
      ]);
    }
  }
  return csvFile(rows);
}

// The actor exports: /data/actors.json and /data/measure-actors.csv (schemas in README.md).
import type { Actors } from '../actors/model.ts';
import { csvTable } from './csv.ts';

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
      tags: u.tags.map((t) =>
        t.basis !== 'implied'
          ? { actor: t.actor, role: t.role, basis: t.basis, quote: t.quote, sentence: t.sentence, start: t.start, end: t.end, url: t.href }
          : { actor: t.actor, role: t.role, basis: t.basis, rationale: t.rationale, url: t.href },
      ),
      untagged: u.untagged,
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
 * evidence is the quote for explicit and machine tags and the rationale for implied ones, whose sentence_id is empty.
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
        t.actor,
        actors.actor(t.actor).name,
        t.role,
        t.basis,
        quoted ? t.quote : t.rationale,
        quoted ? t.sentence : '',
      ]);
    }
  }
  return csvTable(rows);
}

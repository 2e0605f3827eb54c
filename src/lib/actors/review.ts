// Hand tag files over machine tags: a unit a hand file lists is reviewed (its tags, with the
// machine tags it confirms, are the whole of it); a measure it does not list keeps the machine's.
// The official tags of a unit's responsibility notes stand in either case, first, unless the
// review vetoes them (./precedence.ts).
import type { Corpus } from '../corpus.ts';
import { ContentError } from '../errors.ts';
import type { LoadedTagFile } from './check.ts';
import type { MachineTag, MachineTags } from './machine.ts';
import type { OfficialTag, OfficialTags } from './official.ts';
import { besideOfficial, withoutVetoed } from './precedence.ts';
import type { ExplicitTag, OfficialVeto, Tag, Untagged } from './schema.ts';

/** The tags of one unit as the model resolves them: official tags, then hand tags, or machine tags where no hand reviewed. */
export interface UnitTags {
  tags: Array<OfficialTag | Tag | MachineTag>;
  untagged: Untagged[];
  /** The review's vetoes of the unit's official tags, kept so the reader is told the document's division was set aside, and why. */
  vetoOfficial: OfficialVeto[];
}

export interface ReviewedItem {
  item: string;
  data: { units: Record<string, UnitTags> };
}

/**
 * Each hand file with its confirmed machine tags written out as hand tags, so the checks of hand
 * tags see them; a confirmed actor the machine did not tag in the unit is an error at its line.
 */
export function applyConfirms(
  files: readonly LoadedTagFile[],
  machine: ReadonlyMap<string, MachineTags>,
): { files: LoadedTagFile[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const out = files.map((file): LoadedTagFile => {
    const units = Object.fromEntries(
      Object.entries(file.data.units).map(([id, unit]) => {
        const found = machine.get(file.item)?.get(id) ?? [];
        const confirmed: ExplicitTag[] = [];
        unit.confirm.forEach((actor, i) => {
          const tags = found.filter((t) => t.actor === actor);
          if (tags.length === 0)
            errors.push(
              new ContentError(
                file.file,
                file.lineOf(['units', id, 'confirm', i]),
                `unit ${id}: confirm ${i + 1} (${actor}): the machine found no tag of "${actor}" here to confirm; write the tag instead`,
              ),
            );
          for (const t of tags) confirmed.push({ actor: t.actor, role: t.role, basis: 'explicit', quote: t.quote, sentence: t.sentence });
        });
        return [id, { ...unit, tags: [...unit.tags, ...confirmed] }];
      }),
    );
    return { ...file, data: { ...file.data, units } };
  });
  return { files: out, errors };
}

/**
 * Every item's units: the hand files' as written, plus the machine's measures that no hand file
 * lists; each led by its official tags, less those the hand review vetoes. Where no hand reviewed,
 * the machine's tags are those that stand beside the official ones (./precedence.ts).
 */
export function mergeMachineTags(
  corpus: Corpus,
  files: readonly LoadedTagFile[],
  machine: ReadonlyMap<string, MachineTags>,
  official: ReadonlyMap<string, OfficialTags> = new Map(),
): ReviewedItem[] {
  const hand = new Map(files.map((f) => [f.item, f]));
  return corpus.entries.flatMap((entry): ReviewedItem[] => {
    const reviewed = hand.get(entry.id)?.data.units ?? {};
    const machineOf = machine.get(entry.id) ?? new Map<string, MachineTag[]>();
    const officialOf = official.get(entry.id) ?? new Map<string, OfficialTag[]>();
    const units: Record<string, UnitTags> = {};
    // Hand units first, in the file's order, then the others as the machine and the notes found them.
    for (const id of new Set([...Object.keys(reviewed), ...machineOf.keys(), ...officialOf.keys()])) {
      const review = reviewed[id];
      const stands = withoutVetoed(officialOf.get(id) ?? [], review?.vetoOfficial ?? []);
      const rest = review ? review.tags : besideOfficial(stands, machineOf.get(id) ?? []);
      if (review || stands.length + rest.length > 0)
        units[id] = { tags: [...stands, ...rest], untagged: review?.untagged ?? [], vetoOfficial: review?.vetoOfficial ?? [] };
    }
    return Object.keys(units).length > 0 || hand.has(entry.id) ? [{ item: entry.id, data: { units } }] : [];
  });
}

/**
 * What a person should look at, not a failure: per document, the measures no hand file reviews in
 * which the machine found no responsible actor (it names none, or only those it serves), at the
 * first one's source line. A document without hand files must build, so this cannot be an error.
 */
export function unreviewedNotices(corpus: Corpus, merged: readonly ReviewedItem[], tagsDir: string): ContentError[] {
  const byItem = new Map(merged.map((m) => [m.item, m.data.units]));
  const notices: ContentError[] = [];
  for (const doc of corpus.documents) {
    const units = byItem.get(doc.id) ?? {};
    const open = doc.measures.filter((m) => !(units[m.id]?.tags ?? []).some((t) => t.role !== 'beneficiary'));
    if (open.length === 0) continue;
    const ids = open.map((m) => m.id).join(', ');
    notices.push(
      new ContentError(
        doc.sourceFile,
        open[0]!.line,
        `${doc.id}: ${open.length} of ${doc.measures.length} measures have no responsible actor the machine could find (${ids}); say who is in ${tagsDir}/${doc.id}.yaml`,
      ),
    );
  }
  return notices;
}

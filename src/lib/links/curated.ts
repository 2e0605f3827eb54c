import { z } from 'zod';
import type { YamlWithLines } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import type { ContentError } from '../errors.ts';
import { UnitRef } from '../glossary/schema.ts';
import { type Target, type Unit, makeResolver } from './units.ts';

/** One entry of content/links.yaml. */
export const CuratedLink = z.strictObject({
  from: UnitRef,
  to: UnitRef,
  action: z.enum(['add', 'veto']),
  note: z.string().min(1),
});
export type CuratedLink = z.infer<typeof CuratedLink>;

export const CuratedLinks = z.array(CuratedLink);
export type CuratedLinksFile = YamlWithLines<CuratedLinks>;
export type CuratedLinks = z.infer<typeof CuratedLinks>;

/** The key a link is shown under: a unit's key, or the item's id for a whole item. */
export function displayKey(target: Target): string {
  return target.kind === 'unit' || target.kind === 'sentence' ? target.unit.key : target.entry.id;
}

/** Page path a link to the target goes to: the sentence's fragment when it names one. */
export function targetUrl(target: Target): string {
  if (target.kind === 'sentence') return `${target.unit.url}#${target.sentence.id}`;
  if (target.kind === 'unit') return target.unit.kind === 'measure' ? target.unit.url : `${target.unit.url}#${target.unit.unit}`;
  if (target.kind === 'subheading') return `${target.entry.url}#${target.id}`;
  return target.entry.url;
}

export interface ResolvedCuratedLink {
  link: CuratedLink;
  index: number;
  from: Target;
  to: Target;
}

/** Resolves every entry; problems come back as ContentErrors at the entry's line. */
export function resolveCuratedLinks(
  file: CuratedLinksFile,
  corpus: Pick<Corpus, 'entries'>,
  units?: readonly Unit[],
): { links: ResolvedCuratedLink[]; errors: ContentError[] } {
  const resolve = makeResolver(corpus, units as Unit[] | undefined);
  const errors: ContentError[] = [];
  const links: ResolvedCuratedLink[] = [];
  const seen = new Map<string, number>();
  file.data.forEach((link, index) => {
    const from = resolve(link.from);
    const to = resolve(link.to);
    if (!from) errors.push(file.error([index, 'from'], `from "${link.from}" is not an item, measure, part or sentence of the corpus`));
    if (!to) errors.push(file.error([index, 'to'], `to "${link.to}" is not an item, measure, part or sentence of the corpus`));
    if (!from || !to) return;
    const pair = [displayKey(from), displayKey(to)].sort().join(' ↔ ');
    if (displayKey(from) === displayKey(to)) errors.push(file.error([index], `from and to are the same unit (${pair.split(' ↔ ')[0]})`));
    else if (seen.has(pair)) errors.push(file.error([index], `${pair} is already curated by entry ${seen.get(pair)! + 1}`));
    else {
      seen.set(pair, index);
      links.push({ link, index, from, to });
    }
  });
  return { links, errors };
}

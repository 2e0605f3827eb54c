import type { YamlWithLines } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import { type ContentError, ContentErrors } from '../errors.ts';
import { makeResolver, type Target, type Unit, corpusUnits } from '../links/units.ts';
import { findMentions, type Mention } from './mentions.ts';
import { Glossary, type GlossaryTerm } from './schema.ts';
import { corpusSegments, type Segment } from './segments.ts';

function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push(at);
  return out;
}

export type GlossaryFile = YamlWithLines<Glossary>;

/** The glossary resolved against the corpus: every occurrence, and what each term relates to. */
export interface GlossaryIndex {
  terms: GlossaryTerm[];
  term: (id: string) => GlossaryTerm | undefined;
  /** Every mention in reading order. */
  mentions: Mention[];
  /** Every occurrence of a term, for its page. */
  mentionsOf: (termId: string) => Mention[];
  /** The mentions inside one sentence or heading, for rendering it (link those with `first`). */
  mentionsIn: (item: string, segmentId: string) => Mention[];
  /** The first mention of each term in a unit (`2024-chanye-gongren#m14`, or a news item's id). */
  firstMentionsIn: (unitKey: string) => Mention[];
  /** The units and items a term's `related` list names, resolved. */
  related: (termId: string) => Target[];
  /** The terms each unit's sentences mention, for related-item links. */
  termsByUnit: Map<string, string[]>;
}

/** Checks the glossary against the corpus: ids, forms (each found on its own somewhere), related refs. */
export function checkGlossary(
  file: GlossaryFile,
  corpus: Pick<Corpus, 'entries'>,
  segments: readonly Segment[] = corpusSegments(corpus),
): ContentError[] {
  const errors: ContentError[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  const repeated = new Set<string>();
  file.data.forEach((t, i) => {
    if (ids.has(t.id)) errors.push(file.error([i, 'id'], `id "${t.id}" is already used by entry ${ids.get(t.id)! + 1}`));
    ids.set(t.id, i);
    t.forms.forEach((form, j) => {
      const owner = forms.get(form);
      if (owner !== undefined) repeated.add(`${t.id}\u0000${form}`);
      if (owner !== undefined)
        errors.push(
          file.error([i, 'forms', j], `form "${form}" is already listed ${owner === t.id ? 'for this term' : `by term "${owner}"`}`),
        );
      forms.set(form, t.id);
    });
  });

  const mentions = findMentions(file.data, segments);
  const found = new Set(mentions.map((m) => `${m.term}\u0000${m.form}`));
  const bySegment = Map.groupBy(mentions, (m) => `${m.item}#${m.segment}`);
  file.data.forEach((t, i) =>
    t.forms.forEach((form, j) => {
      if (found.has(`${t.id}\u0000${form}`) || repeated.has(`${t.id}\u0000${form}`)) return;
      // Unmatched on its own: fine when a longer form of the same term always covers it. Every
      // occurrence overlaps some mention, or the form itself would have matched there.
      const covers = segments.flatMap((seg) =>
        occurrences(seg.text, form).map((at) =>
          (bySegment.get(`${seg.item}#${seg.id}`) ?? []).find((m) => m.start < at + form.length && at < m.end)!,
        ),
      );
      if (covers.length === 0) {
        errors.push(file.error([i, 'forms', j], `form "${form}" does not occur in any sentence or heading of the corpus`));
      } else if (covers.some((m) => m.term !== t.id)) {
        const other = covers.find((m) => m.term !== t.id)!;
        errors.push(
          file.error(
            [i, 'forms', j],
            `form "${form}" is only found overlapping "${other.form}" of term "${other.term}" (${other.item}#${other.segment}), so it never links here`,
          ),
        );
      }
    }),
  );

  const resolve = makeResolver(corpus);
  file.data.forEach((t, i) =>
    t.related.forEach((ref, j) => {
      if (!resolve(ref))
        errors.push(file.error([i, 'related', j], `related "${ref}" is not an item, measure, part or sentence of the corpus`));
    }),
  );
  return errors;
}

/** Checks, then indexes; throws every problem at once. */
export function buildGlossary(
  file: GlossaryFile,
  corpus: Pick<Corpus, 'entries'>,
  {
    units = corpusUnits(corpus),
    segments = corpusSegments(corpus, units),
  }: { units?: readonly Unit[]; segments?: readonly Segment[] } = {},
): GlossaryIndex {
  const errors = checkGlossary(file, corpus, segments);
  if (errors.length) throw new ContentErrors(errors);
  return indexGlossary(file.data, corpus, segments);
}

export function indexGlossary(
  terms: Glossary,
  corpus: Pick<Corpus, 'entries'>,
  segments: readonly Segment[] = corpusSegments(corpus),
): GlossaryIndex {
  const mentions = findMentions(terms, segments);
  const byTerm = Map.groupBy(mentions, (m) => m.term);
  const bySegment = Map.groupBy(mentions, (m) => `${m.item}#${m.segment}`);
  const firstByScope = Map.groupBy(
    mentions.filter((m) => m.first),
    (m) => m.scope,
  );
  const termsByUnit = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.segmentKind !== 'sentence' || !m.first) continue;
    const terms = termsByUnit.get(m.scope);
    if (terms) terms.push(m.term);
    else termsByUnit.set(m.scope, [m.term]);
  }
  const byId = new Map(terms.map((t) => [t.id, t]));
  const resolve = makeResolver(corpus);
  return {
    terms,
    term: (id) => byId.get(id),
    mentions,
    mentionsOf: (id) => byTerm.get(id) ?? [],
    mentionsIn: (item, segment) => bySegment.get(`${item}#${segment}`) ?? [],
    firstMentionsIn: (key) => firstByScope.get(key) ?? [],
    related: (id) => (byId.get(id)?.related ?? []).map((ref) => resolve(ref)).filter((t): t is Target => t !== null),
    termsByUnit,
  };
}

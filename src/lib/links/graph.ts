import type { Corpus } from '../corpus.ts';
import { ContentErrors } from '../errors.ts';
import { type GlossaryIndex } from '../glossary/glossary.ts';
import { type CuratedLinksFile, displayKey, resolveCuratedLinks, targetUrl } from './curated.ts';
import { unitLabel } from './labels.ts';
import { type FeatureSet, type RelatedOptions, type Shared, relatedUnits } from './related.ts';
import { type RepeatedPassage, findRepeatedPassages } from './repeated.ts';
import { type RepeatedLink, type UnlistedCopies, repeatedMargins } from './repeated-margins.ts';
import { type Target, type Unit, corpusUnits } from './units.ts';
import { termUrl } from '../routes.ts';

/** A link as a page lists it. */
export interface LinkView {
  kind: 'related' | 'curated' | 'repeated' | 'glossary';
  /** Display key of the other end (unit key, item id, or `term:<id>`). */
  key: string;
  label: string;
  url: string;
  /** Why the link is there, in words. */
  note: string;
  /** For computed links: what the two ends share. */
  shared?: Shared[];
}

export interface LinkGraph {
  units: Unit[];
  repeated: RepeatedPassage[];
  /** Repeated passages seen from one unit, each pointing at the other copy (at most REPEATED_PER_COPY a copy). */
  repeatedIn: (key: string) => RepeatedLink[];
  /** The other copies of a unit's repeated passages its margin does not list, counted. */
  repeatedUnlisted: (key: string) => UnlistedCopies[];
  /** Related units and items: curated additions first, then computed links (vetoes removed). */
  related: (key: string) => LinkView[];
  /** Everything elsewhere in the corpus that links here: related, curated, repeated, glossary. */
  backlinks: (key: string) => LinkView[];
  /**
   * Vetoes that matched no computed link. Not an error: which links are computed depends on the
   * features given (terms, actors, topics), and a veto still guards against the link appearing.
   */
  unusedVetoes: Array<{ line: number | undefined; from: string; to: string }>;
}

export interface LinkGraphInput {
  corpus: Pick<Corpus, 'entries'>;
  /** The corpus's units, when the caller has them already. */
  units?: readonly Unit[];
  glossary?: GlossaryIndex;
  /** More things units share: actors (src/lib/actors), topics. See unitFeatureMap. */
  features?: FeatureSet[];
  curated?: CuratedLinksFile | null;
  options?: RelatedOptions;
}

const targetLabel = (t: Target) =>
  t.kind === 'unit' || t.kind === 'sentence'
    ? unitLabel(t.unit)
    : t.entry.kind === 'news'
      ? t.entry.meta.title
      : `《${t.entry.meta.title}》`;

export function buildLinkGraph(input: LinkGraphInput): LinkGraph {
  const units = input.units ? [...input.units] : corpusUnits(input.corpus);
  const byKey = new Map(units.map((u) => [u.key, u]));
  const features = [...(input.glossary ? [glossaryFeatures(input.glossary)] : []), ...(input.features ?? [])];
  const computed = relatedUnits(units, features, input.options);

  const related = new Map<string, LinkView[]>();
  const add = (key: string, view: LinkView) => push(related, key, view);
  const curated = input.curated ? resolveCuratedLinks(input.curated, input.corpus, units) : { links: [], errors: [] };
  const errors = [...curated.errors];
  const vetoed = new Set<string>();
  const unusedVetoes: LinkGraph['unusedVetoes'] = [];
  const overridden = new Set<string>();
  const pair = (a: string, b: string) => [a, b].sort().join('\u0000');
  for (const { link, index, from, to } of curated.links) {
    const [a, b] = [displayKey(from), displayKey(to)];
    const exists = computed.get(a)?.some((l) => l.to.key === b) ?? false;
    if (link.action === 'veto') {
      if (!exists) unusedVetoes.push({ line: input.curated!.lineOf([index]), from: a, to: b });
      vetoed.add(pair(a, b));
      continue;
    }
    if (exists) overridden.add(pair(a, b));
    const shared = computed.get(a)?.find((l) => l.to.key === b)?.shared;
    add(a, { kind: 'curated', key: b, label: targetLabel(to), url: targetUrl(to), note: link.note, ...(shared ? { shared } : {}) });
    add(b, { kind: 'curated', key: a, label: targetLabel(from), url: targetUrl(from), note: link.note, ...(shared ? { shared } : {}) });
  }
  if (errors.length) throw new ContentErrors(errors);
  for (const [key, links] of computed) {
    for (const l of links) {
      if (vetoed.has(pair(key, l.to.key)) || overridden.has(pair(key, l.to.key))) continue;
      add(key, { kind: 'related', key: l.to.key, label: unitLabel(l.to), url: l.to.url, note: l.note, shared: l.shared });
    }
  }

  const repeated = findRepeatedPassages(units);
  const margins = repeatedMargins(repeated);

  const glossaryBack = new Map<string, LinkView[]>();
  for (const term of input.glossary?.terms ?? []) {
    for (const target of input.glossary!.related(term.id)) {
      const key = displayKey(target);
      const view: LinkView = {
        kind: 'glossary',
        key: `term:${term.id}`,
        label: term.term,
        url: termUrl(term.id),
        note: `术语“${term.term}”的相关条文`,
      };
      push(glossaryBack, key, view);
    }
  }

  const backlinks = (key: string): LinkView[] => {
    const views: LinkView[] = [
      ...(related.get(key) ?? []),
      ...margins.links(key).map((r): LinkView => ({
        kind: 'repeated',
        key: r.there.unit.key,
        label: unitLabel(r.there.unit),
        url: r.there.url,
        note: r.note,
      })),
      ...(glossaryBack.get(key) ?? []),
    ];
    const seen = new Set<string>();
    return views.filter((v) => !seen.has(`${v.kind}\u0000${v.url}`) && !!seen.add(`${v.kind}\u0000${v.url}`));
  };

  const itemIds = new Set(input.corpus.entries.map((e) => e.id));
  return {
    units,
    repeated,
    repeatedIn: margins.links,
    repeatedUnlisted: margins.unlisted,
    related: (key) => related.get(key) ?? [],
    backlinks: (key) => (byKey.has(key) || itemIds.has(key) ? backlinks(key) : []),
    unusedVetoes,
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function glossaryFeatures(glossary: GlossaryIndex): FeatureSet {
  return { kind: 'term', byUnit: glossary.termsByUnit, label: (id) => glossary.term(id)?.term ?? id };
}

/**
 * Builds a FeatureSet map from per-measure or per-sentence tags (the actor tags, say): a news
 * sentence counts for its news item, a measure for itself. `id` is a measure or sentence id.
 */
export function unitFeatureMap(
  tags: Iterable<{ item: string; id: string; features: readonly string[] }>,
  corpus: Pick<Corpus, 'entries'>,
  units: readonly Unit[] = corpusUnits(corpus),
): Map<string, string[]> {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const bySentence = new Map(units.flatMap((u) => u.sentences.map((s) => [`${u.item}#${s.id}`, u] as const)));
  const out = new Map<string, Set<string>>();
  for (const { item, id, features } of tags) {
    const unit = byKey.get(`${item}#${id}`) ?? bySentence.get(`${item}#${id}`) ?? byKey.get(item);
    if (!unit) throw new Error(`no unit or sentence ${item}#${id} in the corpus`);
    const have = out.get(unit.key) ?? out.set(unit.key, new Set()).get(unit.key)!;
    for (const f of features) have.add(f);
  }
  return new Map([...out].map(([key, ids]) => [key, [...ids]]));
}

/**
 * A FeatureSet from phrases found verbatim in units' sentences: e.g. thesaurus concepts as
 * topics, `{ id: 'laodong-hetong', label: '劳动合同', phrases: ['书面劳动合同', '劳动合同'] }`.
 */
export function phraseFeatureSet(
  kind: FeatureSet['kind'],
  entries: ReadonlyArray<{ id: string; label: string; phrases: readonly string[] }>,
  units: readonly Unit[],
): FeatureSet {
  const byUnit = new Map<string, string[]>();
  for (const u of units) {
    const text = u.sentences.map((s) => s.text).join('\n');
    const ids = entries.filter((e) => e.phrases.some((p) => text.includes(p))).map((e) => e.id);
    if (ids.length) byUnit.set(u.key, ids);
  }
  const labels = new Map(entries.map((e) => [e.id, e.label]));
  return { kind, byUnit, label: (id) => labels.get(id) ?? id };
}

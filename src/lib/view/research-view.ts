// The research block of a document page: its targets, the comparisons it is in, and its references
// both ways, each a link to the page that shows it in full.
import { compareUrl, documentTargetsUrl } from '../routes.ts';
import type { TargetRow } from '../quantities/targets.ts';
import type { SiteModel } from '../site/model.ts';
import { whyText } from './compare-view.ts';
import { type DocumentReferencesView, documentReferences } from './references-view.ts';

export interface DocumentResearchView {
  targets: { url: string; count: number } | null;
  comparisons: Array<{ url: string; other: string; why: string }>;
  references: DocumentReferencesView;
  /** Whether there is anything to show at all. */
  any: boolean;
}

export function documentResearch(
  model: Pick<SiteModel, 'targets' | 'comparisons' | 'references' | 'corpus' | 'units'>,
  doc: string,
): DocumentResearchView {
  const count = targetCounts(model.targets).get(doc) ?? 0;
  const comparisons = model.comparisons.of(doc).map((p) => {
    const other = model.corpus.byId(p.a === doc ? p.b : p.a)!;
    return { url: compareUrl(p.a, p.b), other: `《${other.meta.title}》`, why: whyText(p) };
  });
  const references = documentReferences(model.references, model.corpus, model.units, doc);
  const targets = count ? { url: documentTargetsUrl(doc), count } : null;
  return {
    targets,
    comparisons,
    references,
    any: !!targets || comparisons.length + references.outgoing.length + references.incoming.length > 0,
  };
}

/** The number of target sentences of each item, counted once per list: every document page asks. */
const counted = new WeakMap<readonly TargetRow[], Map<string, number>>();
function targetCounts(targets: readonly TargetRow[]): Map<string, number> {
  let counts = counted.get(targets);
  if (!counts) {
    counted.set(targets, (counts = new Map()));
    for (const t of targets) counts.set(t.item, (counts.get(t.item) ?? 0) + 1);
  }
  return counts;
}

/** A comparison a unit's repeated passages belong to: the row of the comparison page that shows it. */
export interface UnitComparisonView {
  url: string;
  label: string;
}

/**
 * For a unit that repeats words of another document (its margin lists them under 重复): the
 * comparison pages of those two documents, at the row where the unit stands beside its partner.
 */
export function unitComparisons(
  model: Pick<SiteModel, 'comparisons' | 'links' | 'corpus'>,
  item: string,
  key: string,
): UnitComparisonView[] {
  const others = new Set(model.links.repeatedIn(key).map((r) => r.there.unit.item));
  return model.comparisons
    .of(item)
    .filter((p) => others.has(p.a === item ? p.b : p.a))
    .map((p) => {
      const rows = model.comparisons.rows(p.a, p.b);
      const row = p.b === item ? rows.find((r) => r.b === key) : rows.find((r) => r.a === key);
      const other = model.corpus.byId(p.a === item ? p.b : p.a)!;
      const anchor = row ? `#row-${row.b.split('#')[1]}` : '';
      return {
        url: `${compareUrl(p.a, p.b)}${anchor}`,
        label: `与《${other.meta.shortTitle?.replace(/^《|》$/gu, '') ?? other.meta.title}》逐条对照`,
      };
    });
}

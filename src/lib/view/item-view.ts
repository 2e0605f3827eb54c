// The view model of one item: everything its pages render beyond the tree itself (each
// sentence's HTML with its marks, each margin, the actor filter, the search metadata), computed
// from the site model once per item and passed to the components as props.
import { type Chip, type ResolvedUnit, evidenceAnnotations, evidenceMarks, registeredTags, unitChips } from '../actors/index.ts';
import { type DivisionNote, type DivisionVeto, officialDivision, officialVetoes } from '../actors/division.ts';
import { documentActorOptions } from '../actors/listing.ts';
import type { NoneReason } from '../instruments/review.ts';
import { type InstrumentChip, documentInstrumentOptions, instrumentChips } from '../instruments/views.ts';
import { partLinks, unitLinks, type UnitLinks } from '../links/unit-links.ts';
import { unitKey } from '../links/units.ts';
import type { ApparatusEntry } from '../notes/apparatus.ts';
import { termUrl } from '../routes.ts';
import type { Sentence } from '../schema/tree.ts';
import type { SiteModel } from '../site/model.ts';
import { lineBreaks, lineParts } from '../text/line-breaks.ts';
import { wordBoundaries } from '../text/words.ts';
import { type DocMetaRow, docMetaRows } from './doc-meta.ts';
import { type UnitReferenceView, unitReferences } from './references-view.ts';
import { type UnitComparisonView, unitComparisons } from './research-view.ts';
import { renderRuns } from './render-sentence.ts';
import { type Annotation, sentenceRuns, withoutNestedLinks } from './sentence-runs.ts';

/** A measure's or news item's margin: who is responsible, which policy instruments, cross-links, editorial marks. */
export interface AsideView {
  label: string;
  /** The division of labour the document prints for the unit (its responsibility notes), shown as such. */
  division: DivisionNote[];
  /** Notes, or bodies of them, a person's review set aside for the unit, with the reason. */
  divisionVetoes: DivisionVeto[];
  /** The other actor tags: a person's, and the machine's (labelled); official ones are the division's. */
  chips: Chip[];
  /** The unit's policy instruments (machine-made ones labelled), or why it has none. */
  instruments: InstrumentChip[];
  instrumentNone?: NoneReason | undefined;
  links: UnitLinks;
  entries: ApparatusEntry[];
  /** Documents cited in the unit (machine-recognised: the margin says so). */
  references: UnitReferenceView[];
  /** The comparison pages that show this unit's repeated passages beside their other copy. */
  comparisons: UnitComparisonView[];
}

/** A news statement (国家发展改革委将…) with its actors. */
export interface StatementView {
  id: string;
  label: string;
  chips: Chip[];
}

export interface ItemView {
  /** The sentence's text as HTML, with its term links, notes, repairs and actor evidence marked. */
  sentenceHtml: (sentence: Sentence) => string;
  /** The same, for a heading: a <wbr> between its words, where a heading set keep-all may break (../text/line-breaks.ts). */
  headingHtml: (sentence: Sentence) => string;
  /** A title or heading cut between words, the pieces a view joins with <wbr> (../text/line-breaks.ts). */
  titleParts: (text: string) => string[];
  /** Ids of the actors tagged on a measure (for the actor filter). */
  measureActors: (measureId: string) => string[];
  /** Ids of the instruments coded in a measure (for the instrument filter). */
  measureInstruments: (measureId: string) => string[];
  /** The margin of a measure (`unitId`) or of the whole news item (`null`); null when empty. */
  aside: (unitId: string | null, sentences: readonly Sentence[], label: string, full: boolean) => AsideView | null;
  /** The margin of a part's own text on the document page (repeated passages, curated links, notes); null when empty. */
  partAside: (partId: string, sentences: readonly Sentence[], label: string) => AsideView | null;
  /** A news item's statements that carry actor tags. */
  statements: StatementView[];
  /** The document page's actor filter: actors by kind with their measure counts. */
  actorOptions: ReturnType<typeof documentActorOptions>;
  /** The document page's instrument filter: instruments by type with their measure counts. */
  instrumentOptions: ReturnType<typeof documentInstrumentOptions>;
  /** The facts under the title: issuers, number, dates, and the editor's note on the dates. */
  metaRows: DocMetaRow[];
}

export function itemView(model: SiteModel, itemId: string): ItemView {
  const { actors, apparatus, glossary, links, corpus } = model;
  const entry = corpus.byId(itemId);
  if (!entry) throw new Error(`no item ${itemId} in the corpus`);
  const evidence = evidenceMarks(actors, itemId);
  const chipsOf = (unit: ResolvedUnit) => unitChips(actors, unit);
  const instrumentsOf = (unitId: string | null) => {
    const unit = unitId ? model.instruments.unit(itemId, unitId) : undefined;
    return { instruments: unit ? instrumentChips(model.instruments, unit) : [], instrumentNone: unit?.none };
  };

  const annotations = (sentence: string): Annotation[] =>
    withoutNestedLinks([
      // The first mention of each glossary term in a measure or news item links to the term page.
      ...glossary
        .mentionsIn(itemId, sentence)
        .filter((m) => m.first)
        .map((m): Annotation => ({ kind: 'term', start: m.start, end: m.end, ref: m.term, href: termUrl(m.term) })),
      ...apparatus.marksFor(itemId, sentence).map(apparatusMark),
      ...evidenceAnnotations(actors, evidence.get(sentence) ?? []),
    ]);

  // The segmenter the actor tags use (the registry's names as words): the same words everywhere.
  const words = wordBoundaries(actors.registry.flatMap((a) => a.aliases));

  return {
    sentenceHtml: (s) => renderRuns(sentenceRuns(s.text, annotations(s.id))),
    headingHtml: (s) => renderRuns(sentenceRuns(s.text, annotations(s.id)), lineBreaks(s.text, words)),
    titleParts: (text) => lineParts(text, words),
    measureActors: (id) => {
      const unit = actors.unit(itemId, id);
      return unit ? [...new Set(registeredTags(unit).map((t) => t.actor))] : [];
    },
    measureInstruments: (id) => [...new Set(model.instruments.unit(itemId, id)?.codes.map((c) => c.instrument) ?? [])],
    aside: (unitId, sentences, label, full) => {
      const unit = unitId ? actors.unit(itemId, unitId) : undefined;
      const division = unit && entry.kind === 'document' ? officialDivision(unit, entry) : [];
      const divisionVetoes = unit && entry.kind === 'document' ? officialVetoes(unit, entry) : [];
      const chips = unit && unit.tags.length ? chipsOf(unit).filter((c) => c.basis !== 'official') : [];
      const entries = sentences.flatMap((s) => apparatus.marksFor(itemId, s.id));
      const unitLinksView = unitLinks(links, unitKey(itemId, unitId), full);
      const coding = instrumentsOf(unitId);
      const references = unitReferences(model.references, corpus, unitKey(itemId, unitId));
      const comparisons = unitLinksView.repeated.length ? unitComparisons(model, itemId, unitKey(itemId, unitId)) : [];
      return division.length +
        divisionVetoes.length +
        chips.length +
        entries.length +
        unitLinksView.count +
        coding.instruments.length +
        references.length >
        0 || coding.instrumentNone
        ? { label, division, divisionVetoes, chips, ...coding, links: unitLinksView, entries, references, comparisons }
        : null;
    },
    partAside: (partId, sentences, label) => {
      const entries = sentences.flatMap((s) => apparatus.marksFor(itemId, s.id));
      const partLinksView = partLinks(links, unitKey(itemId, partId));
      const coding = instrumentsOf(partId);
      const references = unitReferences(model.references, corpus, unitKey(itemId, partId));
      const comparisons = partLinksView.repeated.length ? unitComparisons(model, itemId, unitKey(itemId, partId)) : [];
      return entries.length + partLinksView.count + coding.instruments.length + references.length > 0 || coding.instrumentNone
        ? { label, division: [], divisionVetoes: [], chips: [], ...coding, links: partLinksView, entries, references, comparisons }
        : null;
    },
    statements: actors.units
      .filter((u) => u.item === itemId && u.tags.length > 0)
      .map((u) => ({ id: u.id, label: u.label, chips: chipsOf(u) })),
    actorOptions: entry.kind === 'document' ? documentActorOptions(actors, itemId) : [],
    instrumentOptions: entry.kind === 'document' ? documentInstrumentOptions(model.instruments, itemId) : [],
    metaRows: docMetaRows(entry.meta),
  };
}

function apparatusMark(entry: ApparatusEntry): Annotation {
  return entry.type === 'note'
    ? {
        kind: 'note',
        start: entry.start,
        end: entry.end,
        ref: entry.note.id,
        href: entry.href,
        label: `编者注：${entry.note.reason}`,
      }
    : {
        kind: 'repair',
        start: Math.max(0, entry.at - 1),
        end: entry.at + 1,
        ref: entry.repair.id,
        href: entry.href,
        label: `编者修补：原文在“${entry.repair.before}”与“${entry.repair.after}”之间因分栏断开`,
      };
}

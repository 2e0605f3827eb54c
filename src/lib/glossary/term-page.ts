import { shortBookTitle } from '../cite/locators.ts';
import { unitTitle } from '../units/titles.ts';
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { targetUrl } from '../links/curated.ts';
import { sentenceOrdinal, unitLabel } from '../links/labels.ts';
import { type Target, corpusUnits } from '../links/units.ts';
import { type Snippet, snippet } from '../snippet.ts';
import type { GlossaryIndex } from './glossary.ts';
import type { GlossaryTerm } from './schema.ts';
import { corpusSegments, type Segment } from './segments.ts';
import { groupedPageOf } from '../view/paging.ts';

/** One place a term is used, as its page lists it. */
export interface TermOccurrence extends Snippet {
  /** `2024-chanye-gongren#m14-s3`, or a heading: `2024-chanye-gongren#p3`. */
  ref: string;
  url: string;
  /** 第3句, or 标题 for a heading. */
  place: string;
  /** The first mention in its unit: the one the text links to this page. */
  first: boolean;
}

/** The occurrences in one measure, part, preamble, heading or news item. */
export interface TermOccurrenceUnit {
  where: string;
  url: string;
  occurrences: TermOccurrence[];
}

export interface TermOccurrenceGroup {
  item: { id: string; title: string; url: string };
  units: TermOccurrenceUnit[];
}

export interface TermPage {
  term: GlossaryTerm;
  /** The definition in Chinese, and the English gloss the glossary appends after "English:". */
  definition: { zh: string; en: string | null };
  related: Array<{ label: string; url: string }>;
  /** Every occurrence, grouped by item in corpus order. */
  groups: TermOccurrenceGroup[];
  count: number;
}

/** Splits "…中文释义。 English: gloss" into its two languages. */
export function splitDefinition(text: string): { zh: string; en: string | null } {
  const at = text.search(/\s*\bEnglish:\s*/);
  if (at < 0) return { zh: text.trim(), en: null };
  return {
    zh: text.slice(0, at).trim(),
    en:
      text
        .slice(at)
        .replace(/^\s*English:\s*/, '')
        .trim() || null,
  };
}

/** The definition's first sentence, for the index of terms. */
export function definitionSummary(text: string): string {
  const { zh } = splitDefinition(text);
  const end = zh.indexOf('。');
  return end < 0 ? zh : zh.slice(0, end + 1);
}

function targetLabel(t: Target): string {
  if (t.kind === 'unit' || t.kind === 'sentence') return unitLabel(t.unit);
  return t.entry.kind === 'news' ? t.entry.meta.title : `《${t.entry.meta.title}》`;
}

// Every term page looks its mentions up in the same segments and items: indexed once for all of
// them (by the arrays themselves, which the site model builds once), not once per term.
const segmentsOf = new WeakMap<readonly CorpusEntry[], readonly Segment[]>();
const segmentIndexes = new WeakMap<readonly Segment[], Map<string, Segment>>();
const entryIndexes = new WeakMap<readonly CorpusEntry[], Map<string, CorpusEntry>>();

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** What /terms/<id>/ shows: the entry, its related units, and every occurrence in context. */
export function termPage(
  {
    glossary,
    corpus,
    segments: all = cached(segmentsOf, corpus.entries, () => corpusSegments(corpus, corpusUnits(corpus))),
  }: { glossary: GlossaryIndex; corpus: Pick<Corpus, 'entries'>; segments?: readonly Segment[] },
  termId: string,
  width = 24,
): TermPage {
  const term = glossary.term(termId);
  if (!term) throw new Error(`no glossary term "${termId}"`);
  const segments = cached(segmentIndexes, all, () => new Map(all.map((s) => [`${s.item}#${s.id}`, s])));
  const entries = cached(entryIndexes, corpus.entries, () => new Map(corpus.entries.map((e) => [e.id, e])));
  const headingLabel = (item: string, id: string) => {
    const entry = entries.get(item)!;
    if (entry.kind === 'news') return `${entry.meta.title}（小标题）`;
    // A heading of any unit: a part's, a chapter's or section's, a box's, an attachment's title.
    const unit = entry.units.byId.get(id);
    if (!unit) throw new Error(`${item}: the heading ${id} is no unit`);
    return `${shortBookTitle(entry)}${unitTitle(unit)}（标题）`;
  };
  const occurrences = glossary.mentionsOf(termId).map((m) => {
    const seg = segments.get(`${m.item}#${m.segment}`)!;
    const unit = seg.unit;
    return {
      item: m.item,
      where: unit ? unitLabel(unit) : headingLabel(m.item, m.segment),
      unitUrl: unit ? unit.href : seg.url,
      occurrence: {
        ref: `${m.item}#${m.segment}`,
        url: m.url,
        place: unit ? `第${sentenceOrdinal(unit, m.segment)}句` : '标题',
        first: m.first,
        ...snippet(seg.text, m.start, m.end, width),
      },
    };
  });
  const groups = [...Map.groupBy(occurrences, (o) => o.item)].map(([id, list]) => {
    const entry = entries.get(id)!;
    const units = [...Map.groupBy(list, (o) => o.unitUrl)].map(([url, inUnit]) => ({
      where: inUnit[0]!.where,
      url,
      occurrences: inUnit.map((o) => o.occurrence),
    }));
    return { item: { id, title: entry.meta.title, url: entry.url }, units };
  });
  return {
    term,
    definition: splitDefinition(term.definition),
    related: glossary.related(termId).map((t) => ({ label: targetLabel(t), url: targetUrl(t) })),
    groups,
    count: occurrences.length,
  };
}

/**
 * The places (measures, parts, headings, news items) one page of a term lists. A term of the
 * corpus's own words is used in nearly every document (大国工匠 at 2,000 documents: 322 KB of HTML
 * gzipped on one page; 高技能人才 at 500 documents: 3,212 places, 96 KB), so its occurrences are
 * cut into pages of this many places: a place, its sentences with the words around the term, is
 * 100 to 150 bytes of HTML gzipped in today's texts, so a page is about 20 KB with its header.
 * Page 1 at /terms/<id>/, then /terms/<id>/2/ and on (termPageUrl). Today's glossary has at most
 * 37 places a term (中国式现代化), so every term page is whole.
 */
export const TERM_PLACES_PER_PAGE = 120;

/** How many places (units) a term page lists in all. */
export const termPlaces = (page: Pick<TermPage, 'groups'>) => page.groups.reduce((sum, g) => sum + g.units.length, 0);

/** Page `n` of a term's occurrences: its groups cut by places, a document cut by the boundary shown on both pages. */
export function termPageSlice(page: TermPage, n: number, urlOf: (n: number) => string) {
  return groupedPageOf(page.groups, (g) => g.units, TERM_PLACES_PER_PAGE, n, urlOf);
}

// The pages of one term render one after another (and getStaticPaths counts its places first): the
// view of the last term asked for is kept, so its occurrences are worked out once, not once a page.
let lastView: { glossary: GlossaryIndex; id: string; page: TermPage } | undefined;

/** termPage, kept for the next call about the same term of the same glossary. */
export function lastTermPage(model: Parameters<typeof termPage>[0], termId: string): TermPage {
  if (lastView?.glossary !== model.glossary || lastView.id !== termId)
    lastView = { glossary: model.glossary, id: termId, page: termPage(model, termId) };
  return lastView.page;
}

// Who does what by when: the sentences of the corpus that set a deadline or a target figure, with
// the actor responsible. Built on the figures the quantities extractor finds (./extract.ts) and the
// deadlines of ./deadlines.ts, so a figure is read one way on /figures/ and on /targets/.
import { type Actors, type ResolvedTag, type Role, tagActorName } from '../actors/index.ts';
import { itemDate } from '../schema/item-date.ts';
import type { Corpus } from '../corpus.ts';
import { sentenceOrdinal, unitLabel } from '../links/labels.ts';
import { sentencePath, type Unit } from '../links/units.ts';
import { type Deadline, deadlinesIn } from './deadlines.ts';
import type { Quantity } from './extract.ts';

/** An actor responsible for a target, from the actor tags of its measure (machine tags included, and said so). */
export interface TargetActor {
  /** The registry actor; undefined for a body a responsibility note names that the registry lacks. */
  id: string | undefined;
  /** The registry's name, or the body's name as the note prints it. */
  name: string;
  role: Role;
  basis: ResolvedTag['basis'];
  /** Whether the tag names the actor in this very sentence (else it is the measure's lead). */
  inSentence: boolean;
}

/** One sentence that sets a deadline or a target figure. */
export interface TargetRow {
  /** `2024-chanye-gongren#p2-s3`. */
  id: string;
  item: string;
  unitKey: string;
  sentence: string;
  /** The sentence's text, as printed; every offset below is into it. */
  text: string;
  url: string;
  /** The measure or part holding the sentence: 《意见》（十四）提高产业工人经济收入. */
  where: string;
  ordinal: number;
  deadlines: Deadline[];
  /** The figures of the sentence (all of them: in a target sentence each is part of the target). */
  quantities: Quantity[];
  actors: TargetActor[];
  /** The earliest year the sentence sets, for the timeline; null when it sets a figure with no date. */
  year: number | null;
}

/**
 * Words that make a figure a target when no deadline is printed beside it (确保60%以上用于…), and
 * words that make it a report of what was done (已获专利1800余项, 收到留言300多万条).
 */
const TARGET_CUE = /力争|争取|确保|达到|提高到|提升到|增加到|不低于|不少于|不超过|控制在|培养|新增|建成|下达/u;
const REPORTED = /已|以来|截至|累计|同比|比上年|收到|共计/u;

export interface TargetInputs {
  corpus: Pick<Corpus, 'entries'>;
  units: readonly Unit[];
  actors: Pick<Actors, 'unit' | 'actor'>;
  /** The figures of the corpus, as extractQuantities found them. */
  quantities: readonly Quantity[];
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** Every target sentence of the corpus, in corpus order. */
export function extractTargets({ corpus, units, actors, quantities }: TargetInputs): TargetRow[] {
  const bySentence = Map.groupBy(quantities, (q) => `${q.item}#${q.sentence}`);
  // A deadline without its year (年底前) takes the document's; an undated text gives none.
  const years = new Map(corpus.entries.map((e) => [e.id, yearOf(itemDate(e.meta))]));
  const rows: TargetRow[] = [];
  for (const unit of units) {
    for (const s of unit.sentences) {
      const id = `${unit.item}#${s.id}`;
      const deadlines = deadlinesIn(s.text, years.get(unit.item));
      const figures = bySentence.get(id) ?? [];
      const isTarget = deadlines.length > 0 || (figures.length > 0 && TARGET_CUE.test(s.text) && !REPORTED.test(s.text));
      if (!isTarget) continue;
      const dated = deadlines.map((d) => d.year).filter((y): y is number => y !== null);
      rows.push({
        id,
        item: unit.item,
        unitKey: unit.key,
        sentence: s.id,
        text: s.text,
        url: sentencePath(unit, s.id),
        where: unitLabel(unit),
        ordinal: sentenceOrdinal(unit, s.id),
        deadlines,
        quantities: figures,
        actors: responsible(actors, unit, s.id),
        year: dated.length ? Math.min(...dated) : null,
      });
    }
  }
  return rows;
}

/**
 * Who answers for a target: the actors tagged lead or participant in its sentence; failing that,
 * the leads of its measure (a target sentence often names no one: 力争到2035年，培养造就…), then
 * its participants. A news statement is tagged sentence by sentence, so its unit is the sentence.
 */
function responsible(actors: TargetInputs['actors'], unit: Unit, sentence: string): TargetActor[] {
  const tagged = unit.kind === 'news' ? actors.unit(unit.item, sentence) : unit.unit ? actors.unit(unit.item, unit.unit) : undefined;
  const tags = (tagged?.tags ?? []).filter((t) => t.role !== 'beneficiary');
  const here = tags.filter((t) => t.basis !== 'implied' && t.sentence === sentence);
  const chosen = here.length ? here : tags.some((t) => t.role === 'lead') ? tags.filter((t) => t.role === 'lead') : tags;
  const seen = new Set<string>();
  return chosen
    .map((t) => ({ id: t.actor, name: tagActorName(actors, t), role: t.role, basis: t.basis, inSentence: here.includes(t) }))
    .filter((a) => !seen.has(a.id ?? a.name) && !!seen.add(a.id ?? a.name));
}

/** The rows grouped by the year they set, earliest first; rows with no year last, under null. */
export function targetTimeline(rows: readonly TargetRow[]): Array<{ year: number | null; rows: TargetRow[] }> {
  const byYear = Map.groupBy(rows, (r) => r.year);
  return [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b)).map((year) => ({ year, rows: byYear.get(year)! }));
}

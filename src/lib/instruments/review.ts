// Hand files over machine suggestions. A unit a hand file lists is reviewed: its codes are the
// machine suggestions it confirms (by instrument) and the codes it adds; a veto (by instrument
// and sentence, with a reason) takes out one sentence's suggestion, also of a confirmed
// instrument; every suggestion must be confirmed or vetoed, and a unit left with no code says
// why (`none`). A unit no hand file lists
// keeps the machine's suggestions, or the machine's reason for none: a document needs no hand file.
import type { YamlWithLines, YamlPath } from '../content/yaml.ts';
import { locateQuote } from '../actors/scope.ts';
import type { DocumentEntry } from '../corpus.ts';
import type { ContentError } from '../errors.ts';
import type { Code } from './machine.ts';
import type { InstrumentCodeFile, ReviewedUnit } from './schema.ts';
import type { CodableUnit } from './units.ts';

/** What the machine records when no cue word of the codebook occurs in a unit. */
export const NO_CUE_REASON = '未见码本中的线索词';

/** Why a unit has no instrument: a person's reason, or the machine's. */
export interface NoneReason {
  reason: string;
  basis: 'machine' | 'hand';
}

/** A unit's codes as the model resolves them. */
export interface ReviewOutcome {
  codes: Code[];
  none?: NoneReason | undefined;
  reviewed: boolean;
}

export interface LoadedCodeFile extends YamlWithLines<InstrumentCodeFile> {
  /** The document the file reviews: its file name without .yaml. */
  item: string;
}

/** The machine's outcome for a unit nobody reviewed. */
export function machineOutcome(suggestions: Code[]): ReviewOutcome {
  return suggestions.length
    ? { codes: suggestions, reviewed: false }
    : { codes: [], none: { reason: NO_CUE_REASON, basis: 'machine' }, reviewed: false };
}

/**
 * One reviewed unit: the confirmed suggestions and the added codes (basis hand), or the reason for
 * none; every problem is reported at its line through `report`.
 */
export function reviewUnit(
  unit: CodableUnit,
  review: ReviewedUnit,
  suggestions: readonly Code[],
  known: ReadonlySet<string>,
  report: (path: YamlPath, problem: string) => void,
): ReviewOutcome {
  const suggested = new Set(suggestions.map((c) => c.instrument));
  const confirmed = new Set<string>();
  review.confirm.forEach((id, i) => {
    if (!known.has(id)) report(['confirm', i], `confirm ${i + 1}: unknown instrument "${id}"`);
    else if (!suggested.has(id))
      report(['confirm', i], `confirm ${i + 1} (${id}): the machine suggests no "${id}" here to confirm; add it under codes`);
    else confirmed.add(id);
  });
  // A veto names one sentence: it overrides a confirm of the same instrument there only.
  const vetoed = new Set<string>();
  const key = (instrument: string, sentence: string) => `${instrument}\u0000${sentence}`;
  review.veto.forEach((v, i) => {
    const name = `veto ${i + 1} (${v.instrument}, ${v.sentence})`;
    if (!known.has(v.instrument)) report(['veto', i, 'instrument'], `${name}: unknown instrument "${v.instrument}"`);
    else if (!suggestions.some((c) => c.instrument === v.instrument && c.sentence === v.sentence))
      report(['veto', i], `${name}: the machine suggests no "${v.instrument}" in ${v.sentence} to veto`);
    vetoed.add(key(v.instrument, v.sentence));
  });
  const kept = suggestions.filter((c) => confirmed.has(c.instrument) && !vetoed.has(key(c.instrument, c.sentence)));
  review.confirm.forEach((id, i) => {
    if (confirmed.has(id) && !kept.some((c) => c.instrument === id))
      report(['confirm', i], `confirm ${i + 1} (${id}): every suggestion of "${id}" here is vetoed, so nothing is left to confirm`);
  });
  for (const c of suggestions)
    if (!confirmed.has(c.instrument) && !vetoed.has(key(c.instrument, c.sentence)))
      report(
        [],
        `the machine suggests "${c.instrument}" in ${c.sentence} ("${c.evidence[0]!.quote}"), which is neither confirmed nor vetoed in this unit`,
      );
  const codes: Code[] = kept.map((c) => ({ ...c, evidence: [...c.evidence], basis: 'hand' }));
  let broken = 0;
  review.codes.forEach((add, i) => {
    const name = `code ${i + 1} (${add.instrument})`;
    const fail = (path: YamlPath, problem: string) => (broken++, report(path, problem));
    if (!known.has(add.instrument)) return fail(['codes', i, 'instrument'], `${name}: unknown instrument "${add.instrument}"`);
    const sentence = unit.sentences.find((s) => s.id === add.sentence);
    if (!sentence) return fail(['codes', i, 'sentence'], `${name}: sentence ${add.sentence} is not in ${unit.id}`);
    const at = locateQuote(sentence.text, add.quote);
    if ('problem' in at) return fail(['codes', i, 'quote'], `${name}: quote "${add.quote}" ${at.problem} sentence ${add.sentence}`);
    const evidence = { quote: add.quote, ...at };
    const same = codes.find((c) => c.instrument === add.instrument && c.sentence === add.sentence);
    if (same) same.evidence.push(evidence);
    else codes.push({ instrument: add.instrument, sentence: add.sentence, evidence: [evidence], basis: 'hand' });
  });
  if (review.none !== undefined && codes.length > 0)
    report(['none'], `none is given, but the unit keeps ${codes.length} code(s): drop none or veto them`);
  // A code written but broken is already reported: the unit is not also "left empty".
  if (review.none === undefined && codes.length === 0 && broken === 0)
    report([], 'no code is left in this reviewed unit: say why with none: <reason>');
  const order = new Map(unit.sentences.map((s, i) => [s.id, i]));
  codes.sort((a, b) => order.get(a.sentence)! - order.get(b.sentence)!);
  return {
    codes,
    none: review.none !== undefined && codes.length === 0 ? { reason: review.none, basis: 'hand' } : undefined,
    reviewed: true,
  };
}

/** A hand file's own problems before its units: its name must be a document of the corpus. */
export function fileProblem(file: LoadedCodeFile, doc: DocumentEntry | undefined, isNews: boolean): ContentError | undefined {
  if (isNews) return file.error([], `"${file.item}" is a news item: instruments are coded in documents only`);
  if (!doc) return file.error([], `no document "${file.item}" in the corpus: the file name must be a document id`);
  return undefined;
}

// The policy instruments of the corpus: the codebook, and every codable unit of every document
// (measures, articles, parts' own text, the closing) with its codes or its reason for none. Built
// once per build by the site model; pages, matrices and the search filters read this.
import { withLines, type YamlFile } from '../content/yaml.ts';
import { ErrorCollector } from '../content/collect.ts';
import type { Corpus, DocumentEntry } from '../corpus.ts';
import { unitKey } from '../links/units.ts';
import type { Part } from '../schema/tree.ts';
import { type CodedInstrument, checkCodebook, instrumentsOf } from './codebook.ts';
import { type Code, type CueMatcher, cueMatcher, sentenceCodes } from './machine.ts';
import { type LoadedCodeFile, type NoneReason, fileProblem, machineOutcome, reviewUnit } from './review.ts';
import type { Codebook, InstrumentCodeFile } from './schema.ts';
import { type CodableUnit, codableUnits } from './units.ts';

/** A code with the link to its sentence. */
export interface PlacedCode extends Code {
  /** The sentence on the unit's page: the measure page for a measure, the document page otherwise. */
  href: string;
}

/** One codable unit of a document with what it is coded as. */
export interface CodedUnit {
  item: string;
  id: string;
  kind: CodableUnit['kind'];
  label: string;
  /** The unit in a matrix cell: 14 for （十四）, 正文 for a part's own text, 结语 for the closing. */
  short: string;
  part?: Part | undefined;
  /** The unit's own place: its measure page, or the document page at the part or closing. */
  href: string;
  codes: PlacedCode[];
  /** Set exactly when `codes` is empty. */
  none?: NoneReason | undefined;
  /** A hand file lists the unit. */
  reviewed: boolean;
}

export interface Instruments {
  codebook: Codebook;
  /** Every instrument in codebook order, with its type. */
  list: CodedInstrument[];
  instrument: (id: string) => CodedInstrument;
  /** Every codable unit of every document, in corpus and reading order. */
  units: CodedUnit[];
  unitsOf: (doc: string) => CodedUnit[];
  unit: (doc: string, id: string) => CodedUnit | undefined;
}

/** The hand files of one content directory as the content layer stores them. */
export interface InstrumentFiles {
  instruments?: YamlFile<Codebook> | undefined;
  instrumentCodes: Array<YamlFile<InstrumentCodeFile> & { item: string }>;
}

/**
 * Checks the codebook, suggests codes for every codable unit by machine, lets the hand files
 * review them, and resolves the lot; throws every problem at its line. Without a codebook the
 * corpus has no codes (and a hand file then has nothing to review: an error). `names` are the actor
 * registry's aliases, words of the cue segmenter as they are of the actor tags'.
 */
export function buildInstruments(files: InstrumentFiles, corpus: Corpus, names: readonly string[] = []): Instruments {
  const problems = new ErrorCollector();
  if (!files.instruments) {
    for (const f of files.instrumentCodes)
      problems.errors.push(withLines(f).error([], 'there is no codebook (instruments.yaml) for this file to review'));
    problems.throwIfAny();
    return resolved({ source: '', types: [] }, []);
  }
  const book = withLines(files.instruments);
  problems.errors.push(...checkCodebook(book));
  problems.throwIfAny();
  const matcher = cueMatcher(book.data, names);
  const known = new Set(instrumentsOf(book.data).map((i) => i.id));
  const hand = new Map<string, LoadedCodeFile>();
  for (const f of files.instrumentCodes) {
    const file: LoadedCodeFile = { ...withLines(f), item: f.item };
    const entry = corpus.byId(f.item);
    const problem = fileProblem(file, entry?.kind === 'document' ? entry : undefined, entry?.kind === 'news');
    if (problem) problems.errors.push(problem);
    else hand.set(f.item, file);
  }
  const units = corpus.documents.flatMap((doc) => codeDocument(doc, hand.get(doc.id), matcher, known, problems));
  problems.throwIfAny();
  return resolved(book.data, units);
}

function codeDocument(
  doc: DocumentEntry,
  file: LoadedCodeFile | undefined,
  matcher: CueMatcher,
  known: ReadonlySet<string>,
  problems: ErrorCollector,
): CodedUnit[] {
  const units = codableUnits(doc);
  const reviews = file?.data.units ?? {};
  const ids = new Set(units.map((u) => u.id));
  for (const id of Object.keys(reviews))
    if (!ids.has(id))
      problems.errors.push(
        file!.error(
          ['units', id],
          `unit ${id}: no unit with text of its own (measure, article, part text, preamble, closing…) "${id}" in ${doc.id}`,
        ),
      );
  return units.map((unit): CodedUnit => {
    const suggestions = unit.sentences.flatMap((s) => sentenceCodes(s, matcher));
    const review = Object.hasOwn(reviews, unit.id) ? reviews[unit.id] : undefined;
    const outcome = review
      ? reviewUnit(unit, review, suggestions, known, (path, problem) =>
          problems.errors.push(file!.error(['units', unit.id, ...path], `unit ${unit.id}: ${problem}`)),
        )
      : machineOutcome(suggestions);
    const { url: href, page } = doc.units.byId.get(unit.id)!;
    return {
      item: doc.id,
      id: unit.id,
      kind: unit.kind,
      label: unit.label,
      short: unit.short,
      part: unit.part,
      href,
      codes: outcome.codes.map((c) => ({ ...c, href: `${page}#${c.sentence}` })),
      none: outcome.none,
      reviewed: outcome.reviewed,
    };
  });
}

function resolved(codebook: Codebook, units: CodedUnit[]): Instruments {
  const list = instrumentsOf(codebook);
  const byId = new Map(list.map((i) => [i.id, i]));
  const byItem = Map.groupBy(units, (u) => u.item);
  const index = new Map(units.map((u) => [unitKey(u.item, u.id), u]));
  return {
    codebook,
    list,
    instrument: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown instrument "${id}"`);
      return found;
    },
    units,
    unitsOf: (doc) => byItem.get(doc) ?? [],
    unit: (doc, id) => index.get(unitKey(doc, id)),
  };
}

// What pages show of the instruments: a unit's chips (one per instrument, with the words that
// justify it and whether a person or the machine made it), the document filter's options, the
// bar chart of a document or the corpus, and the coverage figures.
import { barChartSvg } from '../quantities/svg.ts';
import type { CodedInstrument } from './codebook.ts';
import type { CodeBasis } from './schema.ts';
import type { CodedUnit, Instruments } from './model.ts';

/** What a reader is told wherever a machine code shows; the machine actor tags say the same. */
export { MACHINE_LABEL } from '../actors/schema.ts';

/** One instrument on a unit: every sentence coded with it there, and the quoted words. */
export interface InstrumentChip {
  instrument: CodedInstrument;
  /** machine when no person has reviewed the unit (labelled 机器标注，未经审核). */
  basis: CodeBasis;
  /** The distinct words quoted as evidence, in text order. */
  evidence: string[];
  /** The first coded sentence (its permalink). */
  href: string;
  sentences: number;
}

/** A unit's chips in codebook order. */
export function instrumentChips(ins: Instruments, unit: CodedUnit): InstrumentChip[] {
  const order = new Map(ins.list.map((i, n) => [i.id, n]));
  const chips = new Map<string, InstrumentChip>();
  for (const code of unit.codes) {
    const chip = chips.get(code.instrument);
    const words = code.evidence.map((e) => e.quote);
    if (chip) {
      chip.sentences++;
      for (const w of words) if (!chip.evidence.includes(w)) chip.evidence.push(w);
    } else
      chips.set(code.instrument, {
        instrument: ins.instrument(code.instrument),
        basis: code.basis,
        evidence: [...new Set(words)],
        href: code.href,
        sentences: 1,
      });
  }
  return [...chips.values()].sort((a, b) => order.get(a.instrument.id)! - order.get(b.instrument.id)!);
}

/** The document filter: the instruments coded in a document's measures, by type, with how many measures each. */
export function documentInstrumentOptions(
  ins: Instruments,
  doc: string,
): Array<{ label: string; options: Array<{ instrument: CodedInstrument; measures: number }> }> {
  const measures = new Map<string, number>();
  for (const u of ins.unitsOf(doc))
    if (u.kind === 'measure') for (const id of new Set(u.codes.map((c) => c.instrument))) measures.set(id, (measures.get(id) ?? 0) + 1);
  return ins.codebook.types
    .map((t) => ({
      label: t.name,
      options: ins.list
        .filter((i) => i.type.id === t.id && measures.has(i.id))
        .map((instrument) => ({ instrument, measures: measures.get(instrument.id)! })),
    }))
    .filter((g) => g.options.length > 0);
}

/**
 * Coded sentences per instrument of the given units, as a build-time SVG bar chart; empty without a
 * codebook. `width` is the drawing's width in its own pixels: a page scales the chart down to its
 * column, so a narrow drawing keeps its labels legible on a phone.
 */
export function instrumentChartSvg(ins: Instruments, units: readonly CodedUnit[], id: string, title: string, width?: number): string {
  if (ins.list.length === 0) return '';
  const counts = new Map<string, number>();
  for (const u of units) for (const c of u.codes) counts.set(c.instrument, (counts.get(c.instrument) ?? 0) + 1);
  const bars = ins.list.map((i) => ({ label: `${i.type.name}·${i.name}`, value: counts.get(i.id) ?? 0 }));
  return barChartSvg({
    id,
    title,
    ...(width === undefined ? {} : { width }),
    // The figure alone beside a bar (the title says what is counted), so the drawing stays narrow; the description says 句.
    bars: bars.map((b) => ({ ...b, valueText: String(b.value) })),
    desc: bars.map((b) => `${b.label}：${b.value}句`).join('；'),
  });
}

/** How many measures (and articles, points) of a document have a code, and how many a recorded reason for none. */
export interface Coverage {
  doc: string;
  measures: number;
  coded: number;
  /** Measures without a code, each with its reason. */
  none: Array<{ unit: CodedUnit; reason: string; basis: CodeBasis }>;
  machineCodes: number;
  handCodes: number;
}

export function coverageOf(ins: Instruments, doc: string): Coverage {
  const measures = ins.unitsOf(doc).filter((u) => u.kind === 'measure');
  const codes = measures.flatMap((u) => u.codes);
  return {
    doc,
    measures: measures.length,
    coded: measures.filter((u) => u.codes.length > 0).length,
    none: measures.flatMap((unit) => (unit.none ? [{ unit, reason: unit.none.reason, basis: unit.none.basis }] : [])),
    machineCodes: codes.filter((c) => c.basis === 'machine').length,
    handCodes: codes.filter((c) => c.basis === 'hand').length,
  };
}

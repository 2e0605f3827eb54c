// Content test: the policy instruments of the published corpus (issue 15: "every measure of every
// document has at least one instrument suggestion or a recorded reason for none"). It prints the
// coverage per document, holds every measure to a code or a reason, at least 95% of the
// corpus's measures to a code, and every quote to the words of its sentence at its offsets;
// the machine's own reason for none ("no cue word") stays rare, and no reviewed unit is left
// with the machine's reason.
import { describe, expect, it } from 'vitest';
import { NO_CUE_REASON } from '../../src/lib/instruments/review.ts';
import { coverageOf } from '../../src/lib/instruments/views.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const { corpus, instruments } = siteModel(PROJECT_CONTENT);

describe('policy-instrument coverage of the corpus', () => {
  const report = corpus.documents.map((d) => coverageOf(instruments, d.id));

  it('reports, per document, the measures with a code and those with a reason for none', () => {
    const lines = report.map(
      (c) => `${c.doc}: ${c.coded}/${c.measures} measures coded; ${c.none.length} with a reason for none (${c.none.map((n) => `${n.unit.id} ${n.basis}`).join(', ') || '—'}); ${c.machineCodes} machine, ${c.handCodes} hand codes`,
    );
    console.log(`policy instruments:\n  ${lines.join('\n  ')}`);
    expect(report.map((c) => c.doc)).toEqual(corpus.documents.map((d) => d.id));
  });

  it.each(corpus.documents.map((d) => d.id))('%s: every measure has a code or a recorded reason for none', (id) => {
    const measures = instruments.unitsOf(id).filter((u) => u.kind === 'measure');
    expect(measures.map((u) => u.id)).toEqual(corpus.documents.find((d) => d.id === id)!.measures.map((m) => m.id));
    for (const u of measures) expect(u.codes.length > 0 !== Boolean(u.none), `${id} ${u.id}`).toBe(true);
  });

  // A person reviewed the documents with a file in content/instrument-codes/; the collection's
  // other documents carry the machine's codes alone, and their pages say so with the share.
  const reviewedDocs = new Set(instruments.units.filter((u) => u.reviewed).map((u) => u.item));
  const reviewed = report.filter((c) => reviewedDocs.has(c.doc));

  it('codes at least 95% of the reviewed documents’ measures (a reason for none is the exception)', () => {
    expect([...reviewedDocs].sort()).toEqual([
      '2022-gaojineng-rencai',
      '2025-lixing-jieyue-tiaoli',
      '2025-shiwuwu-jianyi',
      '2025-shiwuwu-jianyi-shuoming',
    ]);
    const coded = reviewed.reduce((n, c) => n + c.coded, 0);
    const measures = reviewed.reduce((n, c) => n + c.measures, 0);
    expect(coded / measures, `${coded} of ${measures}`).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves the machine’s “no cue word” to no measure of a reviewed document: each one left uncoded has a person’s reason', () => {
    const machineNone = instruments.units.filter((u) => reviewedDocs.has(u.item) && u.kind === 'measure' && u.none?.reason === NO_CUE_REASON);
    expect(machineNone.map((u) => `${u.item} ${u.id}`)).toEqual([]);
  });

  it('quotes words that are inside their sentence, at their offsets', () => {
    const text = new Map(corpus.documents.flatMap((d) => d.sentences.map((s) => [`${d.id}#${s.id}`, s.text])));
    let quotes = 0;
    for (const u of instruments.units)
      for (const c of u.codes)
        for (const e of c.evidence) {
          quotes++;
          expect(text.get(`${u.item}#${c.sentence}`)?.slice(e.start, e.end), `${u.item} ${c.sentence}`).toBe(e.quote);
        }
    expect(quotes).toBeGreaterThan(corpus.documents.reduce((n, d) => n + d.measures.length, 0));
  });

  it('keeps the hand reviews’ vetoes: no 形象工程 or 面子工程 is coded as a demonstration project', () => {
    const demos = instruments.units.flatMap((u) => u.codes.filter((c) => c.instrument === 'demonstration').map((c) => `${u.item} ${c.sentence}`));
    for (const where of ['2025-lixing-jieyue-tiaoli art7-s1', '2025-lixing-jieyue-tiaoli art49-s1', '2025-lixing-jieyue-tiaoli art57-s2']) expect(demos).not.toContain(where);
    expect(demos.length).toBeGreaterThan(10);
  });
});

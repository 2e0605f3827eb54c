// Content test: the published actor data (content/actors.yaml, content/actor-tags/) checks out
// against the published texts. Pins that all 46 measures of the hand-tagged opinions (27 of the
// 2024 opinion, 19 of the 2022 one) are tagged with a lead or participant, that every 国家发展改革委将… sentence of the
// NDRC interview is led by the NDRC and the transport report's s5 by the MOT, that more than 150
// explicit quotes sit at their offsets, that each of the 35 or more registered actors is used, and
// that the CSV export and the part matrix count every tag. The checks themselves are tested on
// tests/fixtures/actors (src/lib/actors/*.test.ts).
import { describe, expect, it } from 'vitest';
import { issuedBy } from '../../src/lib/view/document-filters.ts';
import { actorPartMatrix } from '../../src/lib/actors/index.ts';
import { measureActorsCsv } from '../../src/lib/export/actors.ts';

import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

// Building the model runs every check and throws ContentErrors listing each problem.
const { corpus, actors } = siteModel(PROJECT_CONTENT);

describe('the real actor data', () => {
  it('passes every check', () => {
    expect(actors.units.length).toBeGreaterThan(0);
  });

  it('tags all 46 measures, each with a lead or participant', () => {
    const expected = { '2024-chanye-gongren': 27, '2022-gaojineng-rencai': 19 };
    for (const doc of corpus.documents.filter((d) => d.id in expected)) {
      expect(doc.measures).toHaveLength(expected[doc.id as keyof typeof expected]);
      for (const m of doc.measures) {
        const unit = actors.unit(doc.id, m.id);
        expect(unit, `${doc.id} ${m.id}`).toBeDefined();
        expect(unit!.tags.some((t) => t.role === 'lead' || t.role === 'participant'), `${doc.id} ${m.id}`).toBe(true);
      }
    }
    expect(actors.units.filter((u) => u.itemKind === 'document' && u.item in expected)).toHaveLength(46);
  });

  it('tags the commitments of the news items', () => {
    const ndrc = actors.units.filter((u) => u.item === '2024-ndrc-q4-economy');
    const byNdrc = ndrc.filter((u) => u.tags.some((t) => t.actor === 'ndrc' && t.role === 'lead'));
    // Every 国家发展改革委将… sentence is a unit led by the NDRC.
    const willSentences = corpus.byId('2024-ndrc-q4-economy')!.sentences.filter((s) => /国家发展改革委(将|正在)/.test(s.text));
    expect(willSentences.length).toBeGreaterThanOrEqual(7);
    for (const s of willSentences) expect(byNdrc.map((u) => u.id)).toContain(s.id);
    expect(actors.unit('2024-transport-power-patents', 's5')!.tags.map((t) => [t.actor, t.role])).toEqual([['mot', 'lead']]);
  });

  it('quotes evidence that sits at its offsets in the cited sentence', () => {
    const text = new Map(corpus.entries.flatMap((e) => e.sentences.map((s) => [`${e.id}/${s.id}`, s.text])));
    let explicit = 0;
    for (const u of actors.units) {
      for (const t of u.tags) {
        if (t.basis !== 'explicit') continue;
        explicit++;
        expect(text.get(`${u.item}/${t.sentence}`)!.slice(t.start, t.end)).toBe(t.quote);
      }
    }
    expect(explicit).toBeGreaterThan(150);
  });

  it('gives every registered actor something on its page, so no actor page is empty: a tag, a document it issued, or the narrower bodies under it', () => {
    const used = new Set(actors.units.flatMap((u) => u.tags.map((t) => t.actor)));
    const parents = new Set(actors.registry.flatMap((a) => (a.parent ? [a.parent] : [])));
    const empty = actors.registry.filter((a) => !used.has(a.id) && !parents.has(a.id) && issuedBy(a, corpus.documents).length === 0);
    expect(empty.map((a) => a.id)).toEqual([]);
    // The collection's issuers are registered (绍兴市教育局办公室 issues notices and is tagged nowhere).
    expect(issuedBy(actors.actor('shaoxing-education-bureau-office'), corpus.documents).length).toBeGreaterThan(0);
    expect(actors.registry.length).toBeGreaterThanOrEqual(150);
  });

  it('exports one CSV row per measure tag and fills every matrix cell from those tags', () => {
    const measureTags = actors.units.filter((u) => u.measure).reduce((n, u) => n + u.tags.length, 0);
    expect(measureActorsCsv(actors).trimEnd().split('\r\n')).toHaveLength(1 + measureTags);
    for (const doc of corpus.documents) {
      const matrix = actorPartMatrix(actors, doc);
      const cells = matrix.rows.flatMap((r) => r.cells.flatMap((c) => [...c.measures.lead, ...c.measures.participant, ...c.measures.beneficiary]));
      const pairs = actors.units.filter((u) => u.item === doc.id).reduce((n, u) => n + new Set(u.tags.map((t) => `${t.actor}/${t.role}`)).size, 0);
      expect(cells, doc.id).toHaveLength(pairs);
    }
  });
});

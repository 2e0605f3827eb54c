// Content test: the actors of the 2025 proposal (建议) and regulation (条例), which no person tags
// measure by measure. At least 80% of their measures and articles carry a tag (a machine tag from
// the registry's aliases, or a hand tag of content/actor-tags/<item>.yaml), and every quote of
// those tags is the words of its sentence at the place the tag says.
import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const { corpus, actors } = siteModel(PROJECT_CONTENT);
const DOCUMENTS = ['2025-shiwuwu-jianyi', '2025-lixing-jieyue-tiaoli'];

describe.each(DOCUMENTS)('the actor tags of %s', (id) => {
  const doc = corpus.byId(id);
  if (doc?.kind !== 'document') throw new Error(`${id} is not a document of the corpus`);
  const units = doc.measures.map((m) => ({ measure: m, unit: actors.unit(id, m.id) }));

  it('sit on at least 80% of its measures or articles', () => {
    const tagged = units.filter(({ unit }) => (unit?.tags.length ?? 0) > 0);
    const share = tagged.length / doc.measures.length;
    const untagged = units.filter(({ unit }) => !unit?.tags.length).map(({ measure }) => measure.id);
    expect(share, `tagged ${tagged.length} of ${doc.measures.length}; untagged: ${untagged.join(' ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('are mostly the machine’s: a person only reviews them', () => {
    const machine = units.filter(({ unit }) => unit?.tags.some((t) => t.basis === 'machine'));
    expect(machine.length / doc.measures.length).toBeGreaterThanOrEqual(0.5);
  });

  it('quote words that are inside the sentence they cite, in the measure they tag', () => {
    let quotes = 0;
    for (const { measure, unit } of units) {
      for (const t of unit?.tags ?? []) {
        if (t.basis === 'implied') continue;
        quotes++;
        const sentence = measure.sentences.find((s) => s.id === t.sentence);
        expect(sentence, `${id} ${measure.id}: ${t.actor} cites ${t.sentence}`).toBeDefined();
        expect(sentence!.text.includes(t.quote), `${id} ${t.sentence}: "${t.quote}"`).toBe(true);
        if ('start' in t && typeof t.start === 'number') expect(sentence!.text.slice(t.start, t.end)).toBe(t.quote);
      }
    }
    expect(quotes).toBeGreaterThan(doc.measures.length / 2);
  });
});

import type { Corpus } from '../corpus.ts';
import { corpusUnits, sentencePath, unitKey, type Unit } from '../links/units.ts';
import { HEADED_KINDS } from '../units/titles.ts';

/**
 * A run of text that terms are looked for in: a sentence, or a heading (a part's heading, a news
 * subheading), which holds words the sentences may not (全过程人民民主 is only in a heading).
 */
export interface Segment {
  item: string;
  /** Sentence id (m14-s3, s21) or heading id (p3, h4). */
  id: string;
  kind: 'sentence' | 'heading';
  text: string;
  /** Where "first mention" is counted: the sentence's unit key, or the heading's own key. */
  scope: string;
  /** The unit the sentence belongs to; null for headings. */
  unit: Unit | null;
  /** Page path with the fragment that shows the segment. */
  url: string;
}

/** Every segment of the corpus in reading order. */
export function corpusSegments(corpus: Pick<Corpus, 'entries'>, units: readonly Unit[] = corpusUnits(corpus)): Segment[] {
  const byItem = Map.groupBy(units, (u) => u.item);
  const out: Segment[] = [];
  const sentencesOf = (u: Unit) =>
    u.sentences.map((s): Segment => ({
      item: u.item,
      id: s.id,
      kind: 'sentence',
      text: s.text,
      scope: u.key,
      unit: u,
      url: sentencePath(u, s.id),
    }));
  for (const entry of corpus.entries) {
    const itemUnits = byItem.get(entry.id) ?? [];
    const heading = (id: string, text: string): Segment => ({
      item: entry.id,
      id,
      kind: 'heading',
      text,
      scope: unitKey(entry.id, id),
      unit: null,
      url: `${entry.url}#${id}`,
    });
    if (entry.kind === 'document') {
      // The document's unit list in order: a division's (or an attachment's, a box's) heading, then
      // the unit's own sentences.
      const linked = new Map(itemUnits.map((u) => [u.unit, u]));
      for (const u of entry.units.list) {
        // A heading printed over several lines (an issued document's title) is no run of the text.
        if (u.heading && u.headingSpan && HEADED_KINDS.has(u.kind)) out.push(heading(u.id, u.heading));
        const unit = linked.get(u.id);
        if (unit) out.push(...sentencesOf(unit));
      }
    } else {
      const unit = itemUnits[0]!;
      for (const block of entry.outline.blocks) {
        if (block.type === 'subheading') out.push(heading(block.id, block.text));
        else
          out.push(
            ...block.sentences.map((s): Segment => ({
              item: entry.id,
              id: s.id,
              kind: 'sentence',
              text: s.text,
              scope: unit.key,
              unit,
              url: sentencePath(unit, s.id),
            })),
          );
      }
    }
  }
  return out;
}

import { evidenceAnnotations, evidenceMarks, getActors } from '../actors/index.ts';
import type { EvidenceMark } from '../actors/views.ts';
import { getGlossary } from '../glossary/glossary.ts';
import { getApparatus } from '../notes/apparatus.ts';
import { type Annotation, withoutNestedLinks } from './sentence-runs.ts';
import { notesPageHref, termUrl } from '../routes.ts';

/** Everything to mark in one sentence of an item: notes, repairs, actor evidence, term links. */
export function annotationsFor(item: string, sentence: string): Annotation[] {
  return withoutNestedLinks([...termLinks(item, sentence), ...apparatusMarks(item, sentence), ...actorMarks(item, sentence)]);
}

/** The first mention of each glossary term in a measure or news item links to the term page. */
function termLinks(item: string, sentence: string): Annotation[] {
  return getGlossary()
    .mentionsIn(item, sentence)
    .filter((m) => m.first)
    .map((m) => ({ kind: 'term', start: m.start, end: m.end, ref: m.term, href: termUrl(m.term) }));
}

const evidenceByItem = new Map<string, Map<string, EvidenceMark[]>>();

function actorMarks(item: string, sentence: string): Annotation[] {
  const actors = getActors();
  let marks = evidenceByItem.get(item);
  if (!marks) evidenceByItem.set(item, (marks = evidenceMarks(actors, item)));
  return evidenceAnnotations(actors, marks.get(sentence) ?? []);
}

function apparatusMarks(item: string, sentence: string): Annotation[] {
  return getApparatus()
    .marksFor(item, sentence)
    .map((entry): Annotation =>
      entry.type === 'note'
        ? { kind: 'note', start: entry.start, end: entry.end, ref: entry.note.id, href: notesPageHref(entry.anchor), label: `编者注：${entry.note.reason}` }
        : {
            kind: 'repair',
            start: Math.max(0, entry.at - 1),
            end: entry.at + 1,
            ref: entry.repair.id,
            href: notesPageHref(entry.anchor),
            label: `编者修补：原文在“${entry.repair.before}”与“${entry.repair.after}”之间因分栏断开`,
          },
    );
}

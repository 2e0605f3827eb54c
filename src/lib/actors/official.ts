// Official actor tags: the division of labour a document prints in brackets after a measure
// （人力资源社会保障部、财政部等按职责分工负责。列第一位者为牵头单位，下同）, which the parser reads onto
// the note's sentence (../parse/responsibility.ts). Each body the note names becomes a tag of the
// unit with a page (measure, article, point) that holds it, basis `official`: the note's lead as
// `lead`, every other body as `participant` (a note that only guides or joins, …指导, names no lead).
// A note that says it holds for what follows (下同, 以下均…, 不再列出) covers the later units that
// print no note of their own; the parser has already read its convention (列第一位者为牵头单位) into
// the leads of the later notes, so each note's own lead is the one taken.
// A body resolves to a registry actor only by an exact alias: one the registry does not know keeps
// its printed name and no actor, never a guess, and the build prints a notice naming it.
import type { DocumentEntry } from '../corpus.ts';
import { ContentError } from '../errors.ts';
import type { SentenceNode } from '../tree/nodes.ts';
import { type DocUnit, PAGE_KINDS } from '../units/units.ts';
import type { Role } from './schema.ts';

/** One body of a responsibility note, as a tag of a unit. */
export interface OfficialTag {
  /** The registry actor whose alias the printed name is; undefined when the registry does not list it. */
  actor: string | undefined;
  /** The body as the note prints it (等 dropped). */
  name: string;
  role: Extract<Role, 'lead' | 'participant'>;
  basis: 'official';
  /** The printed name, at [start, end) of the note's sentence (a name may recur in a note: the place says which). */
  quote: string;
  /** The note's sentence. */
  sentence: string;
  start: number;
  end: number;
  /** For a note carried over (下同) from an earlier place: the unit that prints it. */
  carriedFrom?: string | undefined;
}

/** Unit id → its official tags, for one document; units with none are absent. */
export type OfficialTags = Map<string, OfficialTag[]>;

type Responsibility = NonNullable<SentenceNode['responsibility']>;

/** A responsibility note where the document prints it. */
export interface Note {
  sentence: SentenceNode & { responsibility: Responsibility };
  /** The innermost unit holding the sentence (a measure, its sub-item, a box, a part's own text…). */
  holder: DocUnit;
  /** The unit with a page around it, whose division of labour the note is; undefined outside any (a part's own text). */
  page: DocUnit | undefined;
}

const isNote = (s: SentenceNode): s is Note['sentence'] => s.responsibility !== undefined;

/** The document's responsibility notes in reading order, each with the unit with a page it belongs to. */
export function documentNotes(doc: DocumentEntry): Note[] {
  const pageOf = (u: DocUnit | undefined): DocUnit | undefined =>
    u === undefined || PAGE_KINDS.has(u.kind) ? u : pageOf(u.parent === null ? undefined : doc.units.byId.get(u.parent));
  return doc.units.list
    .flatMap((holder) => holder.sentences.filter(isNote).map((sentence) => ({ sentence, holder, page: pageOf(holder) })))
    .sort((a, b) => a.sentence.span[0] - b.sentence.span[0]);
}

/**
 * The official tags of every unit with a page of one document: its own notes' bodies, or, when it
 * prints none, those of the last note before it that carries over. `actorOf` resolves a printed
 * name (an exact alias) to a registry id. `misread` are note sentences a hand file says are no
 * division of labour at all: they are left out as if never read, so they neither tag their unit
 * nor carry over (an earlier carried note then covers what follows).
 */
export function officialTags(
  doc: DocumentEntry,
  actorOf: (name: string) => string | undefined,
  misread: ReadonlySet<string> = new Set(),
): OfficialTags {
  const notes = documentNotes(doc).filter((n) => !misread.has(n.sentence.id));
  const out: OfficialTags = new Map();
  let carried: Note | undefined;
  let next = 0;
  for (const unit of doc.units.list) {
    if (!PAGE_KINDS.has(unit.kind)) continue;
    const start = unit.node.position.start.offset ?? 0;
    for (; next < notes.length && notes[next]!.sentence.span[0] < start; next++) {
      if (notes[next]!.sentence.responsibility.carriesOver) carried = notes[next];
    }
    const own = notes.filter((n) => n.page === unit);
    const tags = own.length
      ? own.flatMap((n) => tagsOf(doc, n, actorOf))
      : carried
        ? tagsOf(doc, carried, actorOf, carried.page?.id ?? carried.holder.id)
        : [];
    if (tags.length) out.set(unit.id, tags);
  }
  return out;
}

/** One tag per body of a note, in printed order, each at its first place after the body before it. */
function tagsOf(doc: DocumentEntry, note: Note, actorOf: (name: string) => string | undefined, carriedFrom?: string): OfficialTag[] {
  const { id, text, responsibility } = note.sentence;
  let from = 0;
  return responsibility.bodies.map((name): OfficialTag => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${doc.id} ${id}: the note's body "${name}" is not in its sentence`);
    from = start + name.length;
    return {
      actor: actorOf(name),
      name,
      role: name === responsibility.lead ? 'lead' : 'participant',
      basis: 'official',
      quote: name,
      sentence: id,
      start,
      end: from,
      ...(carriedFrom ? { carriedFrom } : {}),
    };
  });
}

/**
 * What a person should add to the registry, not a failure (a document whose bodies nobody has
 * registered yet must build): the bodies the document's notes name that no alias matches, each
 * with the line of the first note naming it, at that line; undefined when every body is known.
 */
export function unregisteredNotice(doc: DocumentEntry, tags: OfficialTags, registryFile: string): ContentError | undefined {
  const lines = new Map(documentNotes(doc).map((n) => [n.sentence.id, n.sentence.line]));
  const first = new Map<string, number>();
  for (const list of tags.values()) {
    for (const t of list) {
      const line = lines.get(t.sentence)!;
      if (t.actor === undefined && !(first.get(t.name)! <= line)) first.set(t.name, line);
    }
  }
  if (first.size === 0) return undefined;
  const bodies = [...first].sort((a, b) => a[1] - b[1]);
  const listed = bodies.map(([name, line]) => `${name} (line ${line})`).join(', ');
  return new ContentError(
    doc.sourceFile,
    bodies[0]![1],
    `${doc.id}: responsibility notes name ${bodies.length} ${bodies.length === 1 ? 'body' : 'bodies'} the actor registry (${registryFile}) does not list: ${listed}; they show by their printed names, with no actor page, until each is added as an actor's alias`,
  );
}

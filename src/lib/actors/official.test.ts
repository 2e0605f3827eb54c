import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorFixture, OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import { siteInputs } from '../../../tests/support/site.ts';
import { buildCorpus, type DocumentEntry } from '../corpus.ts';
import { ActorMatcher } from './match.ts';
import { type OfficialTags, documentNotes, officialTags, unregisteredNotice } from './official.ts';

let fx: ActorFixture | undefined;
afterEach(() => fx?.dispose());

/** The fixture's opinion, its source edited by `edits` ([from, to] pairs), and the registry's exact-alias lookup. */
function fixtureDoc(...edits: Array<[string, string]>): { doc: DocumentEntry; actorOf: (name: string) => string | undefined } {
  fx = new ActorFixture(OFFICIAL_FIXTURE);
  for (const [from, to] of edits) fx.edit('sources/fengong.txt', from, to);
  const { items, files } = siteInputs(fx.content);
  const matcher = ActorMatcher.fromActors(files.actors!.data);
  return { doc: buildCorpus(items).documents[0]!, actorOf: (name) => matcher.actorOf(name) };
}

/** Unit → [body as printed, actor or '-', role, note sentence, carried from or ''], for comparing at a glance. */
const table = (tags: OfficialTags) =>
  Object.fromEntries(
    [...tags].map(([id, list]) => [id, list.map((t) => [t.name, t.actor ?? '-', t.role, t.sentence, t.carriedFrom ?? ''])]),
  );

describe('official tags from responsibility notes', () => {
  it('tag each body of a measure’s note, the lead as lead and the others as participants, a 指导 note with no lead', () => {
    const { doc, actorOf } = fixtureDoc();
    const tags = officialTags(doc, actorOf);
    expect(table(tags)).toEqual({
      m2: [
        ['人力资源社会保障部', '-', 'lead', 'm2-s3', ''],
        ['财政部', 'mof', 'participant', 'm2-s3', ''],
      ],
      m3: [
        ['国家发展改革委', 'ndrc', 'lead', 'm3-s4', ''],
        ['财政部', 'mof', 'participant', 'm3-s4', ''],
      ],
      // No note of its own: the note of (二) says 下同.
      m4: [
        ['人力资源社会保障部', '-', 'lead', 'm2-s3', 'm2'],
        ['财政部', 'mof', 'participant', 'm2-s3', 'm2'],
      ],
      m5: [['国家发展改革委', 'ndrc', 'participant', 'm5-s3', '']],
      m6: [
        ['人力资源社会保障部', '-', 'lead', 'm2-s3', 'm2'],
        ['财政部', 'mof', 'participant', 'm2-s3', 'm2'],
      ],
    });
  });

  it('quote each body at its place in the note, also where a name recurs in it', () => {
    const note = '（国家发展改革委指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）';
    const { doc, actorOf } = fixtureDoc(['（国家发展改革委指导）', note]);
    const text = doc.sentences.find((s) => s.id === 'm5-s3')!.text;
    expect(text).toBe(note);
    const tags = officialTags(doc, actorOf);
    for (const list of tags.values()) {
      for (const t of list) {
        const sentence = doc.sentences.find((s) => s.id === t.sentence)!;
        expect(sentence.text.slice(t.start, t.end)).toBe(t.name);
        expect(t.quote).toBe(t.name);
      }
    }
    expect(tags.get('m5')!.map((t) => [t.name, t.role, t.start])).toEqual([
      ['国家发展改革委', 'participant', 1],
      ['试点城市政府', 'lead', 11],
    ]);
    // The later note that carries over replaces the earlier one for what follows.
    expect(table(tags)['m6']).toEqual([
      ['国家发展改革委', 'ndrc', 'participant', 'm5-s3', 'm5'],
      ['试点城市政府', '-', 'lead', 'm5-s3', 'm5'],
    ]);
  });

  it('leave out a note the hand file says is misread, so an earlier carried note covers what follows', () => {
    const note = '（国家发展改革委指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）';
    const { doc, actorOf } = fixtureDoc(['（国家发展改革委指导）', note]);
    const tags = officialTags(doc, actorOf, new Set(['m5-s3']));
    // (五) now prints no note: it and (六) fall under the note of (二).
    expect(table(tags)['m5']).toEqual(table(tags)['m4']);
    expect(table(tags)['m6']![0]).toEqual(['人力资源社会保障部', '-', 'lead', 'm2-s3', 'm2']);
  });

  it('carry nothing into the measures before the first note that carries over', () => {
    const { doc, actorOf } = fixtureDoc();
    expect(officialTags(doc, actorOf).has('m1')).toBe(false);
  });
});

describe('notes on the shape fixture of a scheme', () => {
  const { items } = siteInputs(resolve('tests/fixtures/shapes/scheme'));
  const doc = buildCorpus(items).documents[0]!;

  it('find every note with the unit with a page it belongs to, a sub-item’s with its measure, a part’s text with none', () => {
    expect(documentNotes(doc).map((n) => [n.sentence.id, n.holder.id, n.page?.id ?? null])).toEqual([
      ['p2-m1-s3', 'p2-m1', 'p2-m1'],
      ['p2-m2-s4', 'p2-m2-i1', 'p2-m2'],
      ['p2-m3-s3', 'p2-m3', 'p2-m3'],
      ['p2-m3-s7', 'p2-m3-i3', 'p2-m3'],
      ['p2-m3-s10', 'p2-m3-i4', 'p2-m3'],
      ['p3-m1-s3', 'p3-m1', 'p3-m1'],
    ]);
  });

  it('tag a measure with every note inside it, and carry the 下同 note to a later measure with none', () => {
    const tags = officialTags(doc, () => undefined);
    expect([...tags.keys()]).toEqual(['p2-m1', 'p2-m2', 'p2-m3', 'p3-m1', 'p3-m2']);
    // Three notes in (三): a 指导 note (no lead), a co-led note (the first named leads), a 指导 + 负责落实 note.
    expect(tags.get('p2-m3')!.map((t) => [t.name, t.role, t.sentence])).toEqual([
      ['某某局', 'participant', 'p2-m3-s3'],
      ['某某部', 'lead', 'p2-m3-s7'],
      ['某某委', 'participant', 'p2-m3-s7'],
      ['某某部', 'participant', 'p2-m3-s10'],
      ['各试点地区', 'lead', 'p2-m3-s10'],
    ]);
    expect(tags.get('p3-m2')!.map((t) => [t.name, t.role, t.carriedFrom])).toEqual([
      ['某某部', 'lead', 'p2-m1'],
      ['某某委', 'participant', 'p2-m1'],
    ]);
  });

  it('name the bodies the registry lacks in one notice, at the line of the first, each with its first line', () => {
    const tags = officialTags(doc, (name) => (name === '某某部' ? 'mou-bu' : undefined));
    const notice = unregisteredNotice(doc, tags, 'content/actors.yaml')!;
    expect(notice.file).toBe(doc.sourceFile);
    expect(notice.line).toBe(8);
    expect(notice.problem).toBe(
      "2025-mou-fuwu-fangan: responsibility notes name 4 bodies the actor registry (content/actors.yaml) does not list: 某某委 (line 8), 某某局 (line 10), 各试点地区 (line 16), 某某总局 (line 18); they show by their printed names, with no actor page, until each is added as an actor's alias",
    );
    expect(
      unregisteredNotice(
        doc,
        officialTags(doc, () => 'known'),
        'content/actors.yaml',
      ),
    ).toBeUndefined();
  });
});

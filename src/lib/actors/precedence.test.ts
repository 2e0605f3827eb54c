import { afterEach, describe, expect, it } from 'vitest';
import { ActorFixture, OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import type { ContentError } from '../errors.ts';
import type { MachineTag } from './machine.ts';
import type { Actors } from './model.ts';
import type { OfficialTag } from './official.ts';
import { besideOfficial, withoutVetoed } from './precedence.ts';

const HAND = 'actor-tags/fengong.yaml';

let fx: ActorFixture | undefined;
afterEach(() => fx?.dispose());
const fixture = () => (fx = new ActorFixture(OFFICIAL_FIXTURE));

/** Unit → [actor or printed name, role, basis], every unit of the fixture's opinion. */
const tagTable = (actors: Actors) =>
  Object.fromEntries(
    actors
      .unitsOf('fengong')
      .map((u) => [u.id, u.tags.map((t) => [t.actor ?? (t.basis === 'official' ? t.name : '?'), t.role, t.basis].join(' '))]),
  );

const official = (actor: string | undefined, role: OfficialTag['role']): OfficialTag => ({
  actor,
  name: actor ?? '某某部',
  role,
  basis: 'official',
  quote: actor ?? '某某部',
  sentence: 'm1-s3',
  start: 1,
  end: 4,
});
const machine = (actor: string, role: MachineTag['role']): MachineTag => ({
  actor,
  role,
  basis: 'machine',
  quote: actor,
  sentence: 'm1-s2',
});

describe('besideOfficial', () => {
  it('keeps every machine tag where the unit has no official one', () => {
    const tags = [machine('unions', 'lead'), machine('enterprises', 'beneficiary')];
    expect(besideOfficial([], tags)).toEqual(tags);
  });

  it('drops the machine tags of an actor the note names, in any role, and a machine lead against the note’s lead', () => {
    const kept = besideOfficial(
      [official('ndrc', 'lead'), official('mof', 'participant')],
      [machine('mof', 'lead'), machine('ndrc', 'beneficiary'), machine('unions', 'lead'), machine('enterprises', 'participant')],
    );
    expect(kept.map((t) => `${t.actor} ${t.role}`)).toEqual(['enterprises participant']);
  });

  it('drops a machine lead also when the note’s lead is a body the registry lacks', () => {
    expect(besideOfficial([official(undefined, 'lead')], [machine('unions', 'lead')])).toEqual([]);
  });

  it('keeps a machine lead where the note names no lead (…指导)', () => {
    expect(besideOfficial([official('ndrc', 'participant')], [machine('unions', 'lead')])).toEqual([machine('unions', 'lead')]);
  });
});

describe('withoutVetoed', () => {
  const tags = [official('ndrc', 'lead'), official('mof', 'participant')];
  it('drops the whole note or the one body a veto names, and only in that note', () => {
    expect(withoutVetoed(tags, [{ sentence: 'm1-s3', reason: '误读' }])).toEqual([]);
    expect(withoutVetoed(tags, [{ sentence: 'm1-s3', body: 'mof', reason: '不在此列' }]).map((t) => t.actor)).toEqual(['ndrc']);
    expect(withoutVetoed(tags, [{ sentence: 'm2-s3', reason: '另一句' }])).toEqual(tags);
  });
});

describe('official, machine and hand tags on the fixture', () => {
  it('puts the official tags first, keeps the machine’s that do not repeat or contradict them, and the hand review’s', () => {
    expect(tagTable(fixture().load())).toEqual({
      // The machine's 财政部要… (a lead) is the note's participant: the official tag stands.
      m2: ['人力资源社会保障部 lead official', 'mof participant official'],
      // 工会要… read as a lead contradicts the note's lead: dropped; 职工, 企业 stay, machine-made.
      m3: ['ndrc lead official', 'mof participant official', 'workers beneficiary machine', 'enterprises participant machine'],
      // The note of (二) carried over (下同): 地方政府要… is no lead here.
      m4: ['人力资源社会保障部 lead official', 'mof participant official'],
      // A 指导 note names no lead: the machine's lead stands beside it.
      m5: ['ndrc participant official', 'unions lead machine'],
      // The hand review vetoes the carried note here and tags 地方政府.
      m6: ['governments lead explicit'],
    });
  });

  it('lets a hand review veto one body of a note', () => {
    const f = fixture().write(
      HAND,
      'units:\n  m4:\n    vetoOfficial:\n      - { sentence: m2-s3, body: 财政部, reason: 本条不涉资金 }\n    untagged:\n      - { actor: governments, sentence: m4-s2, quote: 地方政府要抓好落实, reason: 泛指落实 }\n',
    );
    const table = tagTable(f.load());
    expect(table['m4']).toEqual(['人力资源社会保障部 lead official']);
    // The veto holds in its own unit: (六) still falls under the note of (二).
    expect(table['m6']).toEqual(['人力资源社会保障部 lead official', 'mof participant official']);
  });

  it('reads a note vetoed whole where it is printed as misread: it tags nothing and carries over nowhere', () => {
    const f = fixture().write(
      HAND,
      'units:\n  m2:\n    vetoOfficial:\n      - { sentence: m2-s3, reason: 括注误读 }\n    tags:\n      - { actor: mof, role: lead, basis: explicit, sentence: m2-s2, quote: 财政部要加大资金支持 }\n',
    );
    const table = tagTable(f.load());
    expect(table['m2']).toEqual(['mof lead explicit']);
    // (四) and (六) have no note to fall under: the machine's reading is back.
    expect(table['m4']).toEqual(['governments lead machine']);
    expect(table['m6']).toEqual(['governments lead machine']);
  });

  it('counts the official tags as the responsible actors of a review, and decides the note’s words by the note', () => {
    // A review of (二) that tags no one by hand: the note says who is responsible.
    const f = fixture().write(
      HAND,
      'units:\n  m2:\n    untagged:\n      - { actor: mof, sentence: m2-s2, quote: 财政部要加大资金支持, reason: 见括注 }\n',
    );
    expect(f.errors()).toEqual([]);
    expect(tagTable(f.load())['m2']).toEqual(['人力资源社会保障部 lead official', 'mof participant official']);
  });
});

describe('checks of a hand file’s vetoes', () => {
  const messages = (errors: ContentError[]) => errors.map((e) => `${e.line}: ${e.problem}`);

  it('rejects a veto of a sentence that is no note covering the unit, at its line, naming the notes that do', () => {
    const f = fixture().edit(HAND, 'sentence: m2-s3, reason', 'sentence: m3-s4, reason');
    expect(messages(f.errors())).toEqual([
      `${f.lineOf(HAND, 'm3-s4')}: unit m6: vetoOfficial 1 (m3-s4): sentence m3-s4 is no responsibility note of unit m6 (its notes are m2-s3)`,
    ]);
    const g = fixture().edit(HAND, 'sentence: m2-s3, reason', 'sentence: m6-s2, reason');
    expect(messages(g.errors())[0]).toContain('sentence m6-s2 is no responsibility note of unit m6');
  });

  it('rejects a veto of a body the note does not name, listing the bodies it does', () => {
    const f = fixture().edit(HAND, 'sentence: m2-s3, reason', 'sentence: m2-s3, body: 人力资源社会保障部门, reason');
    expect(messages(f.errors())).toEqual([
      `${f.lineOf(HAND, 'm2-s3')}: unit m6: vetoOfficial 1 (m2-s3, 人力资源社会保障部门): the note names no body "人力资源社会保障部门" (it names 人力资源社会保障部、财政部)`,
    ]);
  });
});

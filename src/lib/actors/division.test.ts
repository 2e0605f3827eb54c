import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorFixture, OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import type { DocumentEntry } from '../corpus.ts';
import { renderRuns } from '../view/render-sentence.ts';
import { sentenceRuns } from '../view/sentence-runs.ts';
import { officialDivision, officialVetoes } from './division.ts';
import type { Actors } from './model.ts';
import { chipRoleLabel, evidenceAnnotations, evidenceMarks, measureActorIds, unitChips } from './views.ts';

let fx: ActorFixture;
let actors: Actors;
let doc: DocumentEntry;
beforeAll(() => {
  fx = new ActorFixture(OFFICIAL_FIXTURE);
  actors = fx.load();
  doc = fx.corpus().documents[0]!;
});
afterAll(() => fx.dispose());

const division = (id: string) => officialDivision(actors.unit('fengong', id)!, doc);

describe('the official division of a measure', () => {
  it('is labelled as the document’s own, with 牵头 for the lead and 参与 for the others', () => {
    expect(division('m3')).toEqual([
      {
        sentence: 'm3-s4',
        href: '/documents/fengong/m3/#m3-s4',
        groups: [
          { role: 'lead', label: '牵头', bodies: [{ name: '国家发展改革委', href: '/actors/ndrc/', actor: 'ndrc' }] },
          { role: 'participant', label: '参与', bodies: [{ name: '财政部', href: '/actors/mof/', actor: 'mof' }] },
        ],
        carriedFrom: null,
      },
    ]);
  });

  it('shows a body the registry lacks by its printed name, with no link', () => {
    expect(division('m2')[0]!.groups[0]!.bodies).toEqual([{ name: '人力资源社会保障部', href: null, actor: null }]);
  });

  it('says where a carried note is printed, and links to it there', () => {
    const [note] = division('m4');
    expect(note).toMatchObject({ sentence: 'm2-s3', href: '/documents/fengong/m2/#m2-s3', carriedFrom: '（二）完善就业服务' });
  });

  it('has no lead group for a note naming no lead', () => {
    expect(division('m5')[0]!.groups.map((g) => g.label)).toEqual(['参与']);
  });

  it('tells what a review set aside, and why, linked to the note where it is printed', () => {
    expect(division('m6')).toEqual([]);
    expect(officialVetoes(actors.unit('fengong', 'm6')!, doc)).toEqual([
      { sentence: 'm2-s3', href: '/documents/fengong/m2/#m2-s3', body: null, reason: '保障措施由地方政府负责，不在前文分工之内' },
    ]);
    expect(officialVetoes(actors.unit('fengong', 'm4')!, doc)).toEqual([]);
  });
});

describe('chips and marks beside the official division', () => {
  it('give official chips the official basis, keep machine chips labelled, and leave unregistered bodies to the division', () => {
    const chips = unitChips(actors, actors.unit('fengong', 'm3')!);
    expect(chips.map((c) => [c.actor.id, chipRoleLabel(c)])).toEqual([
      ['ndrc', '牵头·文件所列分工'],
      ['mof', '参与·文件所列分工'],
      ['enterprises', '参与·机器标注，未经审核'],
      ['workers', '受益或对象·机器标注，未经审核'],
    ]);
    expect(unitChips(actors, actors.unit('fengong', 'm2')!).map((c) => c.actor.id)).toEqual(['mof']);
  });

  it('filter by registry actors only', () => {
    expect(measureActorIds(actors, 'fengong').get('m4')).toEqual(['mof']);
  });

  it('mark each body in the note once (not again for the measures it is carried to); an unregistered one links nowhere', () => {
    const marks = evidenceMarks(actors, 'fengong');
    expect(marks.get('m2-s3')!.map((m) => [m.name, m.actor ?? null, m.basis])).toEqual([
      ['人力资源社会保障部', null, 'official'],
      ['财政部', 'mof', 'official'],
    ]);
    const annotations = evidenceAnnotations(actors, marks.get('m2-s3')!);
    expect(annotations).toEqual([
      { kind: 'actor', start: 1, end: 10, ref: '', label: '人力资源社会保障部（牵头，文件所列分工）' },
      { kind: 'actor', start: 11, end: 14, ref: 'mof', href: '/actors/mof/', label: '财政部（参与，文件所列分工）' },
    ]);
    const text = doc.sentences.find((s) => s.id === 'm2-s3')!.text;
    expect(renderRuns(sentenceRuns(text, annotations))).toBe(
      '（<mark class="ev" data-actors="">人力资源社会保障部</mark>、<mark class="ev" data-actors="mof">财政部</mark>等按职责分工负责。列第一位者为牵头单位，下同）',
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorFixture, OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import type { Actors } from '../actors/model.ts';
import { MEASURE_ACTORS_COLUMNS, actorsJson, measureActorsCsv } from './actors.ts';
import { csvField, parseCsv } from './csv.ts';

let fx: ActorFixture;
let actors: Actors;
beforeAll(() => {
  fx = new ActorFixture();
  actors = fx.load();
});
afterAll(() => fx.dispose());

describe('csvField', () => {
  it('quotes only fields holding a comma, quote, CR or LF, and doubles quotes', () => {
    expect(csvField('plain，中文逗号')).toBe('plain，中文逗号');
    expect(csvField(27)).toBe('27');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('measure-actors.csv', () => {
  const csv = () => measureActorsCsv(actors);

  it('has a header row and one CRLF-terminated row per tag on a measure', () => {
    const rows = parseCsv(csv());
    expect(rows[0]).toEqual([...MEASURE_ACTORS_COLUMNS]);
    const measureTags = actors.units.filter((u) => u.measure).reduce((n, u) => n + u.tags.length, 0);
    expect(rows).toHaveLength(1 + measureTags);
    expect(rows.every((r) => r.length === MEASURE_ACTORS_COLUMNS.length)).toBe(true);
    expect(csv().endsWith('\r\n')).toBe(true);
  });

  it('writes explicit tags with their quote and sentence, implied ones with their rationale', () => {
    const rows = parseCsv(csv());
    expect(rows[2]).toEqual([
      'tiny-doc',
      'm1',
      '1',
      'central-soes',
      '中央企业',
      'participant',
      'explicit',
      '中央企业要发挥带动作用',
      'm1-s3',
    ]);
    expect(rows[5]).toEqual([
      'tiny-doc',
      'm2',
      '2',
      'enterprises',
      '企业',
      'beneficiary',
      'implied',
      'a rationale with a comma, a "quote"\nand a second line',
      '',
    ]);
    expect(csv()).toContain('"a rationale with a comma, a ""quote""\nand a second line",\r\n');
  });

  it('leaves news statements to the JSON', () => {
    expect(parseCsv(csv()).some((r) => r[0] === 'tiny-news')).toBe(false);
  });
});

describe('actors.json', () => {
  it('holds the registry and every unit, and survives a JSON round trip', () => {
    const json = JSON.parse(JSON.stringify(actorsJson(actors)));
    expect(json.actors).toHaveLength(actors.registry.length);
    expect(json.actors.find((a: { id: string }) => a.id === 'hrss')).toEqual({
      id: 'hrss',
      name: '人力资源社会保障部门',
      aliases: [],
      kind: 'ministry',
      parent: null,
      description: '只作推断。',
    });
    expect(json.units.map((u: { item: string; unit: string }) => `${u.item}/${u.unit}`)).toEqual([
      'tiny-doc/m1',
      'tiny-doc/m2',
      'tiny-doc/m3',
      'tiny-news/s2',
    ]);
    expect(json.units[0]).toMatchObject({ itemKind: 'document', measureNumber: 1, part: 'p1', url: '/documents/tiny-doc/m1/' });
    expect(json.units[3].tags[0]).toEqual({
      actor: 'ndrc',
      role: 'lead',
      basis: 'explicit',
      quote: '国家发展改革委将加快推进改革',
      sentence: 's2',
      start: 0,
      end: 14,
      url: '/news/tiny-news/#s2',
    });
  });
});

describe('official tags in actors.json and measure-actors.csv', () => {
  let notes: ActorFixture;
  let official: Actors;
  beforeAll(() => {
    notes = new ActorFixture(OFFICIAL_FIXTURE);
    official = notes.load();
  });
  afterAll(() => notes.dispose());

  it('export basis official, a body the registry lacks with actor null and its printed name, a carried note with where it is printed', () => {
    const json = JSON.parse(JSON.stringify(actorsJson(official)));
    const unit = (id: string) => json.units.find((u: { unit: string }) => u.unit === id);
    expect(unit('m2').tags).toEqual([
      {
        actor: null,
        name: '人力资源社会保障部',
        role: 'lead',
        basis: 'official',
        quote: '人力资源社会保障部',
        sentence: 'm2-s3',
        start: 1,
        end: 10,
        url: '/documents/fengong/m2/#m2-s3',
      },
      {
        actor: 'mof',
        name: '财政部',
        role: 'participant',
        basis: 'official',
        quote: '财政部',
        sentence: 'm2-s3',
        start: 11,
        end: 14,
        url: '/documents/fengong/m2/#m2-s3',
      },
    ]);
    expect(unit('m4').tags[0]).toMatchObject({
      actor: null,
      basis: 'official',
      sentence: 'm2-s3',
      carriedFrom: 'm2',
      url: '/documents/fengong/m2/#m2-s3',
    });
    // A review's veto of the official division is exported with its reason.
    expect(unit('m6').vetoOfficial).toEqual([{ sentence: 'm2-s3', reason: '保障措施由地方政府负责，不在前文分工之内' }]);
    // The machine's tags that stand beside the note keep their basis.
    expect(unit('m3').tags.map((t: { basis: string }) => t.basis)).toEqual(['official', 'official', 'machine', 'machine']);
  });

  it('write an unregistered body with no actor id and its printed name', () => {
    const rows = parseCsv(measureActorsCsv(official)).filter((r) => r[1] === 'm4');
    expect(rows).toEqual([
      ['fengong', 'm4', '4', '', '人力资源社会保障部', 'lead', 'official', '人力资源社会保障部', 'm2-s3'],
      ['fengong', 'm4', '4', 'mof', '财政部', 'participant', 'official', '财政部', 'm2-s3'],
    ]);
  });
});

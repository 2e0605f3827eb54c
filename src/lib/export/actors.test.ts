import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorFixture } from '../../../tests/fixtures/actors/fixture.ts';
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

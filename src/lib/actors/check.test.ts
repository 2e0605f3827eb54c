import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorFixture } from '../../../tests/fixtures/actors/fixture.ts';
import type { ContentError } from '../errors.ts';

const DOC = 'actor-tags/tiny-doc.yaml';
const NEWS = 'actor-tags/tiny-news.yaml';
const REGISTRY = 'actors.yaml';

let fx: ActorFixture;
const fixture = () => (fx = new ActorFixture());
afterEach(() => fx?.dispose());

/** The one error reported, checked for file, line, unit and problem. */
function onlyError(f: ActorFixture, file: string, line: number, ...words: string[]) {
  const errors = f.errors();
  expect(errors.map((e) => e.message)).toHaveLength(1);
  return checkError(errors[0]!, file, line, words);
}

/** The error that contains the first of `words` (others may follow from the same slip). */
function someError(f: ActorFixture, file: string, line: number, ...words: string[]) {
  const error = f.errors().find((e) => e.message.includes(words[0]!));
  expect(error, `no error mentions ${words[0]}`).toBeDefined();
  return checkError(error!, file, line, words);
}

function checkError(error: ContentError, file: string, line: number, words: string[]) {
  expect(error!.file).toBe(`content/${file}`);
  expect(error!.line).toBe(line);
  expect(error!.message.startsWith(`content/${file}:${line}: `)).toBe(true);
  for (const w of words) expect(error!.message).toContain(w);
  return error!;
}

describe('actor checks: the fixture', () => {
  it('loads cleanly as written', () => {
    expect(fixture().errors()).toEqual([]);
  });
});

describe('actor checks: tags', () => {
  it('rejects an unknown actor id, naming file, line and unit', () => {
    const f = fixture().edit(DOC, 'actor: governments', 'actor: goverments');
    someError(f, DOC, f.lineOf(DOC, 'goverments'), 'unknown actor id "goverments"', 'unit m2');
    // The actor it meant is now mentioned and untagged: that is reported too, on the unit's line.
    someError(f, DOC, f.lineOf(DOC, 'm2:'), 'names actor "governments"', 'unit m2');
  });

  it('rejects a unit id that is not a measure of the document', () => {
    const f = fixture().edit(DOC, '  m3:', '  m9:');
    const errors = f.errors().map((e) => e.message);
    expect(errors).toEqual([`content/${DOC}:${f.lineOf(DOC, 'm9:')}: unit m9: no measure "m9" in tiny-doc`]);
  });

  it('rejects a unit id that is not a sentence of the news item', () => {
    const f = fixture().edit(NEWS, '  s2:', '  s7:');
    onlyError(f, NEWS, f.lineOf(NEWS, 's7:'), 'unit s7', 'no sentence "s7" in tiny-news');
  });

  it('rejects a cited sentence that does not exist or lies outside the measure', () => {
    const f = fixture().edit(DOC, 'sentence: m1-s3', 'sentence: m2-s2');
    onlyError(f, DOC, f.lineOf(DOC, 'sentence: m2-s2, quote: 中央企业'), 'unit m1', 'sentence m2-s2 is not in measure m1');
    const g = fixture().edit(DOC, 'sentence: m1-s3', 'sentence: m1-s9');
    onlyError(g, DOC, g.lineOf(DOC, 'm1-s9'), 'unit m1', 'sentence m1-s9 is not in measure m1');
  });

  it('rejects a news tag citing a sentence other than its own unit', () => {
    const f = fixture().edit(NEWS, 'sentence: s2', 'sentence: s1');
    onlyError(f, NEWS, f.lineOf(NEWS, 'sentence: s1'), 'unit s2', 'sentence s1 is not in this news unit');
  });

  it('rejects quoted evidence that is not in the cited sentence', () => {
    const f = fixture().edit(DOC, 'quote: 政府给予支持', 'quote: 政府给予大力支持');
    onlyError(f, DOC, f.lineOf(DOC, '政府给予大力支持'), 'unit m2', 'quote "政府给予大力支持" is not in sentence m2-s2');
  });

  it('rejects a quote that occurs twice in its sentence, since it would mark an ambiguous place', () => {
    const f = fixture()
      .edit('sources/tiny.txt', '鼓励企业开展培训，政府给予支持。', '鼓励企业开展培训，政府给予支持，政府给予支持。')
      .edit(DOC, 'sentence: m2-s2, quote: 政府给予支持', 'sentence: m2-s2, quote: 政府给予支持');
    onlyError(f, DOC, f.lineOf(DOC, 'quote: 政府给予支持'), 'unit m2', 'occurs more than once in sentence m2-s2');
  });

  it('rejects an explicit quote that does not name the tagged actor', () => {
    // 中央企业 is a mention of central SOEs, not of enterprises: the longest alias wins.
    const f = fixture().edit(DOC, 'actor: central-soes, role: participant', 'actor: enterprises, role: participant');
    someError(f, DOC, f.lineOf(DOC, 'actor: enterprises, role: participant'), 'does not name the actor', 'unit m1', '"enterprises"');
  });

  it('rejects the same tag twice in a unit', () => {
    const line = '      - { actor: unions, role: lead, basis: explicit, sentence: m1-s2, quote: 各级工会要牵头抓总 }\n';
    const f = fixture().edit(DOC, line, line + line.replace('{ actor', '{  actor'));
    const errors = f.errors();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('unit m1: tag 2 (unions, lead): the same tag appears twice');
    expect(errors[0]!.line).toBe(f.lineOf(DOC, '{  actor: unions'));
  });

  it('rejects a measure with no lead or participant tag', () => {
    const f = fixture().edit(DOC, 'actor: hrss, role: lead', 'actor: hrss, role: beneficiary');
    onlyError(f, DOC, f.lineOf(DOC, 'm3:'), 'unit m3', 'no lead or participant tag');
  });

  it('accepts a measure that has no unit: it keeps its machine tags (../review.ts)', () => {
    const text = fixture().read(DOC);
    const f = fx.write(DOC, text.slice(0, text.indexOf('  m3:')));
    expect(f.errors()).toEqual([]);
  });

  it('rejects a news statement with no lead or participant tag', () => {
    const f = fixture().edit(NEWS, 'role: lead', 'role: beneficiary');
    onlyError(f, NEWS, f.lineOf(NEWS, 's2:'), 'unit s2', 'no lead or participant tag');
  });
});

describe('actor checks: explicit mentions must be tagged or left untagged on purpose', () => {
  const govTag = '      - { actor: governments, role: participant, basis: explicit, sentence: m2-s2, quote: 政府给予支持 }\n';

  it('rejects a mention whose actor has neither a tag nor an untagged decision in the unit', () => {
    const f = fixture().edit(DOC, govTag, '');
    onlyError(f, DOC, f.lineOf(DOC, 'm2:'), 'unit m2', '"政府" in m2-s2 names actor "governments"', 'no tag and no untagged decision');
  });

  it('accepts the mention once a decision to leave it untagged is recorded', () => {
    const f = fixture()
      .edit(DOC, govTag, '')
      .edit(
        DOC,
        '  m3:',
        ['    untagged:', '      - { actor: governments, sentence: m2-s2, quote: 政府给予支持, reason: 只是陪衬 }', '  m3:'].join('\n'),
      );
    expect(f.errors()).toEqual([]);
  });

  it('checks the untagged decision like a tag: its quote must be in its sentence and name the actor', () => {
    const untagged = (quote: string) =>
      ['    untagged:', `      - { actor: governments, sentence: m2-s2, quote: ${quote}, reason: 只是陪衬 }`, '  m3:'].join('\n');
    const f = fixture().edit(DOC, govTag, '').edit(DOC, '  m3:', untagged('政府不给支持'));
    onlyError(f, DOC, f.lineOf(DOC, '政府不给支持'), 'unit m2', 'untagged 1 (governments)', 'is not in sentence m2-s2');
    const g = fixture().edit(DOC, govTag, '').edit(DOC, '  m3:', untagged('开展培训'));
    onlyError(g, DOC, g.lineOf(DOC, 'quote: 开展培训'), 'unit m2', 'does not name the actor');
  });

  it('rejects an untagged decision for an actor that is tagged in the same unit', () => {
    const f = fixture().edit(
      DOC,
      '  m3:',
      ['    untagged:', '      - { actor: governments, sentence: m2-s2, quote: 政府给予支持, reason: 自相矛盾 }', '  m3:'].join('\n'),
    );
    onlyError(f, DOC, f.lineOf(DOC, '自相矛盾'), 'unit m2', 'contradictory');
  });

  it('checks mentions only in news sentences that are tagged units', () => {
    // s1 names 有关部门 but is not a unit; tagging it makes its mention count.
    expect(fixture().errors()).toEqual([]);
    const f = fx.edit(NEWS, 'units:\n', 'units:\n  s1:\n    tags:\n      - { actor: ndrc, role: lead, basis: implied, rationale: 测试 }\n');
    onlyError(f, NEWS, f.lineOf(NEWS, 's1:'), 'unit s1', '"有关部门" in s1 names actor "relevant-departments"');
  });
});

describe('actor checks: files and schema', () => {
  it('reports a schema error with file and line', () => {
    const f = fixture().edit(DOC, 'role: participant, basis: explicit, sentence: m2-s2', 'role: helper, basis: explicit, sentence: m2-s2');
    const [error] = f.errors();
    expect(error!.file).toBe(`content/${DOC}`);
    expect(error!.line).toBe(f.lineOf(DOC, 'role: helper'));
    expect(error!.message).toContain('units.m2.tags.1');
  });

  it('requires an item for every tag file, and no tag file for an item', () => {
    const f = fixture();
    const news = f.read(NEWS);
    f.write(NEWS, 'units: {}\n');
    f.write('actor-tags/no-such-item.yaml', news);
    const messages = f.errors().map((e) => e.message);
    expect(messages).toEqual([
      `content/actor-tags/no-such-item.yaml: no item "no-such-item" in the corpus: the file name must be an item id`,
    ]);
    rmSync(`${f.content}/${NEWS}`);
    rmSync(`${f.content}/actor-tags/no-such-item.yaml`);
    expect(f.errors()).toEqual([]);
  });
});

describe('actor checks: registry', () => {
  it('rejects a parent that is not registered', () => {
    const f = fixture().edit(REGISTRY, 'parent: enterprises', 'parent: firms');
    onlyError(f, REGISTRY, f.lineOf(REGISTRY, 'parent: firms'), 'parent "firms" of "soes" is not a registered actor');
  });

  it('rejects a parent cycle', () => {
    const f = fixture().edit(REGISTRY, 'aliases: [企业], kind: enterprise,', 'aliases: [企业], kind: enterprise, parent: central-soes,');
    const errors = f.errors().map((e) => e.message);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toBe(
      `content/${REGISTRY}:${f.lineOf(REGISTRY, 'id: enterprises')}: parent chain of "enterprises" goes round in a cycle: enterprises → central-soes → soes → enterprises`,
    );
  });

  it('rejects an alias used by two actors', () => {
    const f = fixture().edit(REGISTRY, 'aliases: [有关部门]', 'aliases: [有关部门, 政府]');
    onlyError(
      f,
      REGISTRY,
      f.lineOf(REGISTRY, 'id: relevant-departments'),
      'alias "政府" of "relevant-departments" is already an alias of "governments"',
    );
  });

  it('rejects an actor id that the site’s own pages under /actors/ take', () => {
    for (const id of ['in', 'page']) {
      const f = fixture().edit(REGISTRY, 'id: hrss', `id: ${id}`);
      someError(f, REGISTRY, f.lineOf(REGISTRY, `id: ${id}`), `actor id "${id}" is taken by the site's own pages`, 'choose another');
      f.dispose();
    }
  });

  it('rejects a repeated actor id', () => {
    const f = fixture().edit(REGISTRY, 'id: hrss', 'id: ndrc');
    onlyError(f, REGISTRY, f.lineOf(REGISTRY, 'name: 人力资源社会保障部门'), 'actor id "ndrc" is already used by entry 6');
  });
});

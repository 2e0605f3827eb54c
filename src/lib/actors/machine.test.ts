import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteInputs } from '../../../tests/support/site.ts';
import { buildCorpus } from '../corpus.ts';
import { wordBoundaries } from '../text/words.ts';
import { machineTags, rolesIn } from './machine.ts';
import { ActorMatcher } from './match.ts';
import { locateQuote } from './scope.ts';

const REGISTRY = [
  { id: 'unions', aliases: ['工会'] },
  { id: 'enterprises', aliases: ['企业'] },
  { id: 'governments', aliases: ['政府', '地方政府'] },
  { id: 'hrss', aliases: ['人力资源社会保障部门'] },
  { id: 'workers', aliases: ['职工'] },
];
const matcher = ActorMatcher.fromActors(REGISTRY);
const aliases = REGISTRY.flatMap((a) => a.aliases);
const roles = (text: string) =>
  rolesIn(text, matcher.mentions(text), wordBoundaries(aliases)).map(({ mention, role }) => `${mention.alias}:${role}`);

describe('rolesIn', () => {
  it('reads the role off the words around the actor', () => {
    expect(roles('各级工会要加强组织建设')).toEqual(['工会:lead']);
    expect(roles('人力资源社会保障部门会同工会制定办法')).toEqual(['人力资源社会保障部门:lead', '工会:participant']);
    expect(roles('鼓励企业开展培训')).toEqual(['企业:participant']);
    expect(roles('支持企业建立培训中心')).toEqual(['企业:beneficiary']);
    expect(roles('由工会牵头')).toEqual(['工会:lead']);
    expect(roles('工会配合做好工作')).toEqual(['工会:participant']);
  });

  it('gives the actors of one list the role of the first', () => {
    expect(roles('工会、企业要共同推进')).toEqual(['工会:lead', '企业:lead']);
  });

  it('takes an actor used as a modifier for no actor (地方政府专项债券, 政府投资)', () => {
    expect(roles('用好地方政府专项债券')).toEqual([]);
    expect(roles('扩大政府投资规模')).toEqual([]);
    expect(roles('关心企业职工')).toEqual(['职工:beneficiary']);
    expect(roles('企业职工要爱岗敬业')).toEqual(['职工:lead']);
  });
});

describe('machineTags on the synthetic corpus', () => {
  const { items, files } = siteInputs(FIXTURE_CORPUS);
  const corpus = buildCorpus(items);
  const registry = files.actors!.data;
  const fixtureMatcher = ActorMatcher.fromActors(registry);
  const fixtureAliases = registry.flatMap((a) => a.aliases);

  // The share of measures tagged, pinned: (一) and (三) of the 2023 opinion name no registered actor.
  const coverage: Record<string, number> = { '2023-gongjiang-peiyang': 4 / 6, '2024-jineng-tisheng': 9 / 9 };
  for (const doc of corpus.documents) {
    it(`tags ${doc.id} as pinned (at least 80% of the measures that name an actor), every quote once in its sentence`, () => {
      const tags = machineTags(doc, fixtureMatcher, fixtureAliases);
      expect(tags.size / doc.measures.length).toBe(coverage[doc.id]);
      const naming = doc.measures.filter((m) => m.sentences.some((s) => fixtureMatcher.mentions(s.text).length > 0));
      expect(tags.size / naming.length).toBeGreaterThanOrEqual(0.8);
      for (const [id, list] of tags) {
        const measure = doc.measures.find((m) => m.id === id)!;
        for (const t of list) {
          const sentence = measure.sentences.find((s) => s.id === t.sentence);
          expect(sentence, `${id} ${t.sentence}`).toBeDefined();
          expect(locateQuote(sentence!.text, t.quote)).not.toHaveProperty('problem');
          expect(t.basis).toBe('machine');
        }
      }
    });
  }
});

describe('what the machine does not guess', () => {
  it('gives no role to an actor described before it (…的企业), nor to one that owns what follows (职工收入, 政府权威)', () => {
    expect(roles('坚决维护政府权威')).toEqual([]);
    expect(roles('面对困难，以改革为动力的企业迎难而上')).toEqual([]);
    expect(roles('职工收入增长和经济增长同步')).toEqual([]);
    expect(roles('切实维护职工权益')).toEqual([]);
  });
});

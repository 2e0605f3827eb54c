import { afterEach, describe, expect, it } from 'vitest';
import { ActorFixture, OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import { siteInputs } from '../../../tests/support/site.ts';
import { buildCorpus } from '../corpus.ts';
import { leadAgreement } from './lead-agreement.ts';

let fx: ActorFixture | undefined;
afterEach(() => fx?.dispose());

function agreement(...edits: Array<[string, string]>) {
  fx = new ActorFixture(OFFICIAL_FIXTURE);
  for (const [from, to] of edits) fx.edit('sources/fengong.txt', from, to);
  const { items, files } = siteInputs(fx.content);
  return leadAgreement(buildCorpus(items).documents[0]!, files.actors!.data);
}

describe('leadAgreement', () => {
  it('counts the units the notes cover and their leads, and finds none the text does not name', () => {
    // (二) 财政部要… is the machine's lead, the note's is 人力资源社会保障部; (四) and (六) fall under (二).
    expect(agreement()).toEqual({
      doc: 'fengong',
      units: 5,
      carried: 2,
      leads: 4,
      machineLead: 0,
      machineAny: 0,
      addedAliases: 1,
      outside: 0,
    });
  });

  it('counts a lead the machine reads from the text without the note, and one it finds in another role', () => {
    const found = agreement(
      ['工会要组织职工参加培训', '国家发展改革委要组织职工参加培训'],
      // 人力资源社会保障部 is no registry alias: the note's body, as an extra alias, lets the machine find it.
      ['地方政府要抓好落实', '地方政府会同人力资源社会保障部抓好落实'],
    );
    expect(found).toMatchObject({ leads: 4, machineLead: 1, machineAny: 2 });
  });

  it('counts a note in a part’s own text apart: it covers no measure, so it tags and measures nothing', () => {
    const found = agreement(['三、保障措施', '三、保障措施\n各地要加强保障。（财政部负责）']);
    expect(found).toMatchObject({ units: 5, leads: 4, outside: 1 });
  });

  it('never reads the note itself: a lead named only there is not found', () => {
    // Without its note (三) names no one; the note's 国家发展改革委牵头 would be a lead if the machine read it.
    expect(agreement(['工会要组织职工参加培训。鼓励企业开展培训。', '组织职工参加培训。'])).toMatchObject({
      machineLead: 0,
      machineAny: 0,
    });
  });
});
